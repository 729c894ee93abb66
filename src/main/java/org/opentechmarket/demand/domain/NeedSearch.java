package org.opentechmarket.demand.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.opentechmarket.demand.NeedStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public needs catalogue: Chinese full-text search over public needs with facets and highlighting, the same way as the
 * achievement catalogue: every text indexed as smartcn words ({@code chinese}) and as character bigrams ({@code cjk_bigram}),
 * so a query matches either way; simple-query-string syntax is honoured. Contact data is not in the index.
 */
@Component
public class NeedSearch {

	/** Facets in display order (index field = request parameter). */
	public static final List<String> FACETS = List.of("industrySection", "provinceCode", "cooperation", "budgetBand", "trl");

	static final int MAX_OFFSET = 10_000;

	private final EntityManager entityManager;

	public NeedSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * @param statuses the statuses searched: the public ones for the catalogue; administrators may search others (e.g.
	 * expired imported listings)
	 */
	public record Query(String q, Map<String, String> filters, Set<NeedStatus> statuses, int page, int size) {

		public Query {
			page = Math.max(page, 0);
			size = Math.min(Math.max(size, 0), 100);
			filters = filters == null ? Map.of() : filters;
			statuses = statuses == null || statuses.isEmpty() ? NeedStatus.publicStatuses() : EnumSet.copyOf(statuses);
		}

		public static Query of(String q, Map<String, String> filters, int page, int size) {
			return new Query(q, filters, null, page, size);
		}
	}

	public record Hit(Need need, String titleHighlight, String descriptionHighlight) {
	}

	public record FacetValue(String value, long count) {
	}

	public record Result(List<Hit> hits, long total, Map<String, List<FacetValue>> facets) {
	}

	@Transactional(readOnly = true)
	public Result search(Query query) {
		SearchSession session = Search.session(entityManager);
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		AggregationKey<Map<Integer, Long>> trlKey = AggregationKey.of("trl");
		var step = session.search(Need.class)
			.select(f -> f.composite()
				.from(f.entity(), f.highlight("title").single(), f.highlight("description_bigram").single())
				.asArray())
			.where(f -> predicate(f, query))
			.highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).fragmentSize(120)
				.numberOfFragments(1).noMatchSize(0))
			.highlighter("description_bigram", h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
				.fragmentSize(160).numberOfFragments(1).noMatchSize(160));
		for (String facet : FACETS) {
			if (facet.equals("trl")) {
				step = step.aggregation(trlKey, f -> f.terms().field("trl", Integer.class).maxTermCount(9));
			}
			else {
				AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
				keys.put(facet, key);
				step = step.aggregation(key, f -> f.terms().field(facet, String.class, ValueModel.INDEX).maxTermCount(40));
			}
		}
		var sorted = query.q() == null || query.q().isBlank()
				? step.sort(f -> f.field("openedAt").desc().missing().last().then().score())
				: step.sort(f -> f.score());
		long offset = Math.min((long) query.page() * query.size(), MAX_OFFSET);
		SearchResult<Object[]> result = sorted.fetch((int) offset, query.size());
		List<Hit> hits = new ArrayList<>();
		for (Object[] row : result.hits()) {
			hits.add(new Hit((Need) row[0], (String) row[1], (String) row[2]));
		}
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		for (String facet : FACETS) {
			List<FacetValue> values = new ArrayList<>();
			if (facet.equals("trl")) {
				result.aggregation(trlKey).entrySet().stream()
					.sorted(Map.Entry.comparingByKey())
					.forEach(e -> values.add(new FacetValue(String.valueOf(e.getKey()), e.getValue())));
			}
			else {
				result.aggregation(keys.get(facet)).forEach((k, v) -> values.add(new FacetValue(k, v)));
			}
			facets.put(facet, values);
		}
		return new Result(hits, result.total().hitCount(), facets);
	}

	private <SR> BooleanPredicateClausesStep<SR, ?> predicate(TypedSearchPredicateFactory<SR> f, Query query) {
		BooleanPredicateClausesStep<SR, ?> bool = f.bool();
		bool.filter(f.terms().field("status").matchingAny(query.statuses().stream().map(Enum::name).toList(),
				ValueModel.INDEX));
		for (Map.Entry<String, String> filter : query.filters().entrySet()) {
			if (!FACETS.contains(filter.getKey()) || filter.getValue() == null || filter.getValue().isBlank()) {
				continue;
			}
			if (filter.getKey().equals("trl")) {
				try {
					bool.filter(f.match().field("trl").matching(Integer.parseInt(filter.getValue())));
				}
				catch (NumberFormatException e) {
					bool.filter(f.matchNone());
				}
			}
			else {
				bool.filter(f.match().field(filter.getKey()).matching(filter.getValue(), ValueModel.INDEX));
			}
		}
		String text = query.q() == null ? "" : query.q().strip();
		if (!text.isEmpty()) {
			var words = f.simpleQueryString().field("title").boost(3f).field("keywords").boost(2f)
				.fields("description", "ownerName")
				.matching(text).defaultOperator(BooleanOperator.AND);
			var grams = f.simpleQueryString().field("title_bigram").boost(1.5f)
				.fields("description_bigram", "details_bigram", "targets_bigram")
				.matching(text).defaultOperator(BooleanOperator.AND);
			bool.must(f.or(words, grams));
		}
		return bool;
	}
}
