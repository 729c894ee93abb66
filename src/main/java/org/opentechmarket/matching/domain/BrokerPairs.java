package org.opentechmarket.matching.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.broker.Brokers;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.MatchExplanation;
import org.opentechmarket.matching.Matcher;
import org.opentechmarket.matching.internal.NeedQueries;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A broker's pairs worth a call (demands.md §Matching): open needs in the broker's fields and regions × published
 * achievements whose match is strong, best first, each with why. Left out: pairs already in talks (the achievement's holder
 * asked to talk about the need) and pairs the broker or the need's owner marked not useful. The strong pairs come from the
 * coverage the matching job keeps ({@code match_strong_pairs}); the explanation is computed fresh for the pairs shown.
 */
@Service
@Transactional(readOnly = true)
public class BrokerPairs {

	/** Candidate pairs read before the per-pair checks; the page shows {@link MatchingProperties#brokerPairsShown()}. */
	static final int CANDIDATES = 2_000;

	private final NamedParameterJdbcTemplate jdbc;
	private final Brokers brokers;
	private final Needs needs;
	private final Achievements achievements;
	private final Matcher matcher;
	private final MatchFeedbacks feedbacks;
	private final MatchViews views;
	private final CodeTables codes;
	private final MatchingProperties properties;

	public BrokerPairs(NamedParameterJdbcTemplate jdbc, Brokers brokers, Needs needs, Achievements achievements,
			Matcher matcher, MatchFeedbacks feedbacks, MatchViews views, CodeTables codes, MatchingProperties properties) {
		this.jdbc = jdbc;
		this.brokers = brokers;
		this.needs = needs;
		this.achievements = achievements;
		this.matcher = matcher;
		this.feedbacks = feedbacks;
		this.views = views;
		this.codes = codes;
		this.properties = properties;
	}

	/** One pair worth a call, with its explanation (title and excerpt escaped HTML with marks). */
	public record Pair(long needId, String needTitleHtml, String needOwner, long achievementId, String achievementTitleHtml,
			String holder, double score, List<String> matchedTerms, String sharedIndustry, String sharedDiscipline,
			MatchExplanation.TrlFit trlFit, MatchExplanation.PriceFit priceFit, MatchExplanation.RegionFit regionFit) {
	}

	/** @param hasProfile false when the broker has no profile yet (no fields: no pairs) */
	public record Pairs(List<Pair> pairs, boolean hasProfile, double threshold) {
	}

	public Pairs forBroker(CurrentUser broker, Locale locale) {
		if (broker == null || !broker.has(Role.BROKER)) {
			throw DomainException.forbidden("broker.roleRequired");
		}
		Optional<BrokerReach> found = brokers.fieldsOf(broker.id()).map(f -> new BrokerReach(codes, f));
		if (found.isEmpty()) {
			return new Pairs(List.of(), false, matcher.strongMatchThreshold());
		}
		BrokerReach reach = found.get();
		if (reach.sections().isEmpty() && reach.disciplineRoots().isEmpty()) {
			return new Pairs(List.of(), true, matcher.strongMatchThreshold());
		}
		record Row(long needId, long achievementId, double score, String region) {
		}
		List<Row> rows = jdbc.query("""
				select p.need_id, p.achievement_id, p.score, c.region_code from match_strong_pairs p
				join match_coverage c on c.need_id = p.need_id
				where c.industry_section in (:sections) or c.discipline_root in (:roots)
				order by p.score desc, p.need_id, p.achievement_id limit :limit""",
				new MapSqlParameterSource().addValue("sections", orNone(reach.sections()))
					.addValue("roots", orNone(reach.disciplineRoots()))
					.addValue("limit", CANDIDATES),
				(rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getString(4)));
		rows = rows.stream().filter(r -> reach.inRegions(r.region())).toList();
		Set<Long> needIds = new LinkedHashSet<>();
		rows.forEach(r -> needIds.add(r.needId()));
		Map<Long, NeedSummary> summaries = new HashMap<>();
		needs.findAll(needIds).stream().filter(n -> n.status().isPublic()).forEach(n -> summaries.put(n.id(), n));
		Set<String> notUseful = new HashSet<>();
		for (MatchFeedback f : feedbacks.findByNeedIdInAndVerdict(summaries.keySet(), Verdict.NOT_USEFUL)) {
			NeedSummary n = summaries.get(f.getNeedId());
			if (f.getUserId() == broker.id() || n != null && f.getOrganisationId() == n.ownerOrganisationId()) {
				notUseful.add(f.getNeedId() + ":" + f.getAchievementId());
			}
		}
		Map<Long, Set<Long>> talks = new HashMap<>();
		Map<Long, Optional<AchievementSummary>> holders = new HashMap<>();
		List<Pair> pairs = new ArrayList<>();
		for (Row r : rows) {
			if (pairs.size() >= properties.brokerPairsShown()) {
				break;
			}
			NeedSummary need = summaries.get(r.needId());
			if (need == null || notUseful.contains(r.needId() + ":" + r.achievementId())) {
				continue;
			}
			Optional<AchievementSummary> a = holders.computeIfAbsent(r.achievementId(), achievements::find)
				.filter(x -> x.status() == AchievementStatus.PUBLISHED);
			if (a.isEmpty() || talks.computeIfAbsent(need.id(), needs::organisationsInTalks)
				.contains(a.get().holderOrganisationId())) {
				continue;
			}
			Optional<Match> m = matcher.explain(NeedQueries.of(need), r.achievementId());
			if (m.isEmpty() || !m.get().strong()) {
				// the pair changed since the coverage job saw it; the job will catch up
				continue;
			}
			MatchExplanation why = m.get().why();
			pairs.add(new Pair(need.id(), Highlights.html(need.title(), why.matchedTerms()), need.ownerName(),
					r.achievementId(), Highlights.html(a.get().title(), why.matchedTerms()), a.get().holder(),
					m.get().score(), Highlights.readable(why.matchedTerms(), need.title() + "\n" + java.util.Objects.requireNonNullElse(need.description(), "")), views.industry(why.sharedIndustry(), locale),
					views.discipline(why.sharedDiscipline(), locale), why.trlFit(), why.priceFit(), why.regionFit()));
		}
		pairs.sort((x, y) -> Double.compare(y.score(), x.score()));
		return new Pairs(pairs, true, matcher.strongMatchThreshold());
	}

	/** An IN list never empty (SQL has no empty IN): a value no code has. */
	private static Set<String> orNone(Set<String> values) {
		return values.isEmpty() ? Set.of("-") : values;
	}
}
