package org.opentechmarket.institution.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.institution.RankingSource;
import org.opentechmarket.institution.RankingTerm;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The yearly rankings: transfer institutions by the published formula, service providers by their clients' ratings. */
@Service
@Transactional(readOnly = true)
public class RankingService {

	/** The first year a ranking can be asked for. */
	static final int FIRST_YEAR = 2000;

	private final InstitutionProfiles profiles;
	private final FeedbackService feedback;
	private final InstitutionProperties properties;
	private final Map<RankingTerm, RankingSource> sources = new EnumMap<>(RankingTerm.class);
	private final Clock clock;

	RankingService(InstitutionProfiles profiles, FeedbackService feedback, InstitutionProperties properties,
			ObjectProvider<RankingSource> sources, Clock clock) {
		this.profiles = profiles;
		this.feedback = feedback;
		this.properties = properties;
		this.clock = clock;
		sources.orderedStream().forEach(source -> {
			if (this.sources.putIfAbsent(source.term(), source) != null) {
				throw new IllegalStateException("Two ranking sources for " + source.term());
			}
		});
	}

	/** One term as the page shows it: its weight and whether any module supplies its values. */
	public record TermInfo(RankingTerm term, BigDecimal weight, boolean hasSource) {
	}

	public record InstitutionRanking(Year year, List<TermInfo> terms, List<RankingFormula.Row> rows) {

		public boolean anyTermWithoutSource() {
			return terms.stream().anyMatch(t -> !t.hasSource());
		}
	}

	public record ProviderRow(int rank, long organisationId, long profileId, String name, long ratings,
			BigDecimal averageRating) {
	}

	public record ProviderRanking(Year year, int minRatings, List<ProviderRow> rows) {
	}

	/** The year asked for, or the current one; refused outside {@value #FIRST_YEAR}..this year. */
	public Year year(Integer requested) {
		Year current = Year.now(clock);
		if (requested == null) {
			return current;
		}
		if (requested < FIRST_YEAR || requested > current.getValue()) {
			throw DomainException.invalid(
					List.of(FieldViolation.of("year", "ranking.year.invalid", FIRST_YEAR, current.getValue())));
		}
		return Year.of(requested);
	}

	public List<TermInfo> terms() {
		List<TermInfo> terms = new ArrayList<>();
		for (RankingTerm term : RankingTerm.values()) {
			terms.add(new TermInfo(term, properties.ranking().weights().of(term), sources.containsKey(term)));
		}
		return terms;
	}

	public InstitutionRanking institutions(Year year) {
		List<RankingFormula.Candidate> candidates = profiles
			.findByKindAndStatusOrderByNameAsc(DirectoryKind.INSTITUTION, ListingStatus.LISTED)
			.stream()
			.map(p -> new RankingFormula.Candidate(p.getOrganisationId(), p.getName()))
			.toList();
		Map<RankingTerm, BigDecimal> weights = new EnumMap<>(RankingTerm.class);
		Map<RankingTerm, Map<Long, BigDecimal>> values = new EnumMap<>(RankingTerm.class);
		for (RankingTerm term : RankingTerm.values()) {
			weights.put(term, properties.ranking().weights().of(term));
			RankingSource source = sources.get(term);
			values.put(term, source == null ? Map.of() : source.valuesFor(year));
		}
		return new InstitutionRanking(year, terms(), RankingFormula.rank(candidates, weights, values));
	}

	public ProviderRanking providers(Year year) {
		int min = properties.ranking().providerMinRatings();
		Map<Long, List<Rating>> approved = feedback.approvedByOrganisation(year.getValue());
		record Entry(InstitutionProfile profile, long count, BigDecimal average) {
		}
		List<Entry> entries = new ArrayList<>();
		for (InstitutionProfile p : profiles.findByKindAndStatusOrderByNameAsc(DirectoryKind.PROVIDER, ListingStatus.LISTED)) {
			List<Rating> own = approved.getOrDefault(p.getOrganisationId(), List.of());
			if (own.size() >= min && !own.isEmpty()) {
				entries.add(new Entry(p, own.size(), FeedbackService.average(own)));
			}
		}
		entries.sort(Comparator.comparing(Entry::average).reversed()
			.thenComparing(Comparator.comparingLong(Entry::count).reversed())
			.thenComparing(e -> e.profile().getName()));
		List<ProviderRow> rows = new ArrayList<>();
		for (Entry e : entries) {
			rows.add(new ProviderRow(rows.size() + 1, e.profile().getOrganisationId(), e.profile().getId(),
					e.profile().getName(), e.count(), e.average()));
		}
		return new ProviderRanking(year, min, rows);
	}
}
