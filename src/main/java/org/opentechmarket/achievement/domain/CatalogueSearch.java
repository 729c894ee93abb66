package org.opentechmarket.achievement.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.opentechmarket.achievement.AchievementStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public catalogue: Chinese full-text search over published achievements with facets and highlighting. Written against
 * the Hibernate Search DSL only, so it runs unchanged on the embedded Lucene backend or an OpenSearch cluster.
 *
 * <p>Simple-query-string syntax in the query (quotes, +, -, |) is honoured; text that is not valid syntax is searched
 * as plain words.
 *
 * <p>Each text is indexed twice: with the smartcn word segmenter ({@code chinese}) and as overlapping character bigrams
 * ({@code cjk_bigram}). Words give precise matches; bigrams catch terms the segmenter splits differently in query and text
 * (docs/benchmarks.md has the measured recall of each).
 */
@Component
public class CatalogueSearch {

	/** Facets shown in the catalogue, in display order: index field → request parameter. */
	static final int RANKED_QUERY_CHARS = 120;

	public static final List<String> FACETS = List.of("category", "disciplineRoot", "industrySection", "provinceCode", "trl",
			"ipTypes", "priceBand", "holder");

	private final EntityManager entityManager;

	public CatalogueSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * @param q free text, may be empty
	 * @param filters facet field → selected value
	 * @param bigrams whether the character-bigram fields take part (on by default; off only to measure their effect)
	 */
	public record Query(String q, Map<String, String> filters, int page, int size, boolean bigrams, boolean facets,
			boolean anyTerm) {

		public Query {
			page = Math.max(page, 0);
			size = Math.min(Math.max(size, 0), 100);
			filters = filters == null ? Map.of() : filters;
		}

		public Query(String q, Map<String, String> filters, int page, int size, boolean bigrams, boolean facets) {
			this(q, filters, page, size, bigrams, facets, false);
		}

		/** The same query for its facet counts only (no hits loaded): the catalogue page fetches these separately. */
		public Query withoutHits() {
			return new Query(q, filters, 0, 0, bigrams, true, anyTerm);
		}

		/** The same query for its hits only. */
		public Query withoutFacets() {
			return new Query(q, filters, page, size, bigrams, false, anyTerm);
		}

		/** The catalogue's query: every word must match (in words or in bigrams), with facets. */
		public static Query of(String q, Map<String, String> filters, int page, int size) {
			return new Query(q, filters, page, size, true, true, false);
		}

		/**
		 * Ranked retrieval for matching long texts (a need's description): any word may match, the best-scoring come first.
		 */
		public static Query ranked(String q, int size, boolean bigrams) {
			// long free text: query syntax characters are plain text here
			String plain = q == null ? null : q.replaceAll("[+\\-|\"*~()\\\\]", " ");
			// a need's title and the start of its description say what it is about, and keep the query within Lucene's
			// clause limit (1,024) across the searched fields
			if (plain != null && plain.length() > RANKED_QUERY_CHARS) {
				plain = plain.substring(0, RANKED_QUERY_CHARS);
			}
			return new Query(plain, Map.of(), 0, size, bigrams, false, true);
		}
	}

	public record Hit(long id, String titleHighlight, String abstractHighlight) {
	}

	public record FacetValue(String value, long count) {
	}

	/**
	 * @param total the number of matches; exact when {@code totalExact}, otherwise a lower bound (queries without facets stop
	 * counting past {@link #COUNT_THRESHOLD}, which lets Lucene skip documents that cannot reach the first page)
	 */
	public record Result(List<Achievement> items, List<Hit> hits, long total, boolean totalExact,
			Map<String, List<FacetValue>> facets) {
	}

	static final int MAX_OFFSET = 10_000;

	/** Without facets, matches are counted exactly up to this many. */
	public static final int COUNT_THRESHOLD = 10_000;

	@Transactional(readOnly = true)
	public Result search(Query query) {
		SearchSession session = Search.session(entityManager);
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		AggregationKey<Map<Integer, Long>> trlKey = AggregationKey.of("trl");
		var step = session.search(Achievement.class)
			.select(f -> f.composite()
				.from(f.entity(), f.id(Long.class), f.highlight("title").single(), f.highlight("abstract_bigram").single())
				.asArray())
			.where(f -> predicate(f, query))
			.highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).fragmentSize(120)
				.numberOfFragments(1).noMatchSize(0))
			.highlighter("abstract_bigram", h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
				.fragmentSize(160).numberOfFragments(1).noMatchSize(160));
		if (query.facets()) {
			for (String facet : FACETS) {
				if (facet.equals("trl")) {
					step = step.aggregation(trlKey, f -> f.terms().field("trl", Integer.class).maxTermCount(9));
				}
				else {
					AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
					keys.put(facet, key);
					step = step.aggregation(key, f -> f.terms().field(facet, String.class, ValueModel.INDEX).maxTermCount(facet.equals("holder") ? 15 : 40));
				}
			}
		}
		var sorted = query.q() == null || query.q().isBlank()
				? step.sort(f -> f.field("publishedAt").desc().missing().last().then().score())
				: step.sort(f -> f.score());
		if (!query.facets()) {
			sorted = sorted.totalHitCountThreshold(COUNT_THRESHOLD);
		}
		// deep pages cost a full collection each; nobody pages past the first thousands of a ranked list
		long offset = Math.min((long) query.page() * query.size(), MAX_OFFSET);
		SearchResult<Object[]> result = sorted.fetch((int) offset, query.size());
		List<Achievement> items = new ArrayList<>();
		List<Hit> hits = new ArrayList<>();
		for (Object[] row : result.hits()) {
			Achievement a = (Achievement) row[0];
			items.add(a);
			hits.add(new Hit((Long) row[1], (String) row[2], (String) row[3]));
		}
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		if (query.facets()) {
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
		}
		boolean exact = result.total().isHitCountExact();
		return new Result(items, hits, exact ? result.total().hitCount() : result.total().hitCountLowerBound(), exact, facets);
	}

	private <SR> BooleanPredicateClausesStep<SR, ?> predicate(TypedSearchPredicateFactory<SR> f,
			Query query) {
		BooleanPredicateClausesStep<SR, ?> bool = f.bool();
		bool.filter(f.terms().field("status").matchingAny(AchievementStatus.publicStatuses().stream().map(Enum::name).toList(),
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
			BooleanOperator operator = query.anyTerm() ? BooleanOperator.OR : BooleanOperator.AND;
			var words = f.simpleQueryString().field("title").boost(3f).field("keywords").boost(2f)
				.fields("holderName", "applicationFields", "marketField")
				.matching(text).defaultOperator(operator);
			if (query.bigrams()) {
				var grams = f.simpleQueryString().field("title_bigram").boost(1.5f).field("abstract_bigram")
					.matching(text).defaultOperator(operator);
				bool.must(f.or(words, grams));
			}
			else {
				bool.must(words);
			}
		}
		return bool;
	}
}
