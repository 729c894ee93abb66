package org.opentechmarket.matching.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementProfile;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.broker.AttachmentSubject;
import org.opentechmarket.broker.Brokers;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.MatchExplanation;
import org.opentechmarket.matching.MatchExplanation.PriceFit;
import org.opentechmarket.matching.MatchExplanation.RegionFit;
import org.opentechmarket.matching.MatchExplanation.TrlFit;
import org.opentechmarket.matching.Matcher;
import org.opentechmarket.matching.NeedMatch;
import org.opentechmarket.matching.internal.NeedQueries;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the match pages show, and who may see it. Matches of a public need (open or in talks) are public like the need;
 * those of any other need only for its owner organisation, whoever manages it (a broker or administrator who posted it on
 * the owner's behalf), brokers attached to it and administrators: anyone else is told the need does not exist.
 */
@Service
@Transactional(readOnly = true)
public class MatchViews {

	private final Matcher matcher;
	private final Needs needs;
	private final Achievements achievements;
	private final Brokers brokers;
	private final UserAccounts users;
	private final CodeTables codes;
	private final MatchingProperties properties;
	private final MatchFeedbacks feedbacks;
	private final BrokerRequests requests;

	public MatchViews(Matcher matcher, Needs needs, Achievements achievements, Brokers brokers, UserAccounts users,
			CodeTables codes, MatchingProperties properties, MatchFeedbacks feedbacks, BrokerRequests requests) {
		this.matcher = matcher;
		this.needs = needs;
		this.achievements = achievements;
		this.brokers = brokers;
		this.users = users;
		this.codes = codes;
		this.properties = properties;
		this.feedbacks = feedbacks;
		this.requests = requests;
	}

	/** One ranked achievement for a need, ready for the page (the title and excerpt are escaped HTML with marks). */
	public record AchievementMatchView(int rank, long achievementId, String href, String titleHtml, String holder,
			String excerptHtml, double score, boolean strong, String sharedIndustry, String sharedDiscipline, TrlFit trlFit,
			PriceFit priceFit, RegionFit regionFit, Long ageDays, List<String> matchedTerms, Verdict verdict) {
	}

	/** One ranked need for an achievement. */
	public record NeedMatchView(int rank, long needId, String href, String titleHtml, String owner, String excerptHtml,
			double score, boolean strong, String sharedIndustry, String sharedDiscipline, TrlFit trlFit, PriceFit priceFit,
			RegionFit regionFit, List<String> matchedTerms, Verdict verdict) {
	}

	/** The latest request for a broker about a need. */
	public record BrokerRequestView(long id, BrokerRequest.Status status, Instant createdAt, String takenBy) {
	}

	/**
	 * A need's matches: the strong ones, then (collapsed on the page) a few weaker candidates; for those who manage the
	 * need, the offers when nothing strong was found.
	 */
	public record NeedMatches(NeedSummary need, boolean manage, boolean signedIn, List<AchievementMatchView> strong,
			List<AchievementMatchView> weaker, double threshold, BrokerRequestView brokerRequest, boolean mayRequestBroker,
			String challengeHref) {

		public boolean strongFound() {
			return !strong.isEmpty();
		}
	}

	/** An achievement's likely needs. */
	public record AchievementNeeds(long achievementId, List<NeedMatchView> needs, boolean signedIn, double threshold) {
	}

	// ------------------------------------------------------------------ visibility

	public boolean mayViewMatches(CurrentUser user, NeedSummary need) {
		if (need.status().isPublic()) {
			return true;
		}
		if (user == null) {
			return false;
		}
		return user.isAdmin() || user.belongsTo(need.ownerOrganisationId()) || needs.managedBy(user, need.id())
				|| brokers.brokersOf(AttachmentSubject.NEED, need.id()).stream().anyMatch(b -> b.brokerUserId() == user.id());
	}

	/** The need when this user may see its matches; "not found" otherwise. */
	public NeedSummary visibleNeed(CurrentUser user, long needId) {
		return needs.find(needId)
			.filter(n -> mayViewMatches(user, n))
			.orElseThrow(() -> DomainException.notFound("need.notFound", needId));
	}

	/** Whether the user speaks for the need: asks for a broker, turns it into a challenge. */
	public boolean mayManage(CurrentUser user, NeedSummary need) {
		return user != null && (user.isAdmin() || needs.managedBy(user, need.id()));
	}

	// ------------------------------------------------------------------ need → achievements

	/** The ranked, explained matches of a need the user may see; "not found" otherwise. */
	public NeedMatches forNeed(CurrentUser user, long needId, Locale locale) {
		NeedSummary need = visibleNeed(user, needId);
		List<Match> matches = matcher.match(NeedQueries.of(need), properties.shown());
		Map<Long, Verdict> verdicts = verdicts(user, List.of(needId), needId, null);
		List<AchievementMatchView> strong = new ArrayList<>();
		List<AchievementMatchView> weaker = new ArrayList<>();
		int rank = 0;
		for (Match m : matches) {
			rank++;
			if (!m.strong() && weaker.size() >= properties.weakerShown()) {
				continue;
			}
			AchievementMatchView view = view(rank, m, locale, verdicts.get(m.achievementId()));
			if (view == null) {
				continue;
			}
			(m.strong() ? strong : weaker).add(view);
		}
		boolean manage = mayManage(user, need);
		BrokerRequestView request = manage ? requestOf(need.id()) : null;
		boolean mayRequest = manage && !need.status().isFinal()
				&& (request == null || request.status() == BrokerRequest.Status.CANCELLED);
		return new NeedMatches(need, manage, user != null, strong, weaker, matcher.strongMatchThreshold(), request,
				mayRequest, manage && !need.status().isFinal() ? "/my/challenges/new?need=" + need.id() : null);
	}

	private AchievementMatchView view(int rank, Match m, Locale locale, Verdict verdict) {
		Optional<AchievementProfile> profile = achievements.publishedProfile(m.achievementId());
		if (profile.isEmpty()) {
			return null;
		}
		AchievementProfile p = profile.get();
		MatchExplanation why = m.why();
		String holder = achievements.find(m.achievementId()).map(AchievementSummary::holder).orElse("");
		return new AchievementMatchView(rank, m.achievementId(), "/achievements/" + m.achievementId(),
				Highlights.html(p.title(), why.matchedTerms()), holder,
				Highlights.excerpt(p.abstractText(), why.matchedTerms(), properties.excerptLength()), m.score(), m.strong(),
				industry(why.sharedIndustry(), locale), discipline(why.sharedDiscipline(), locale), why.trlFit(),
				why.priceFit(), why.regionFit(), why.ageDays(), Highlights.readable(why.matchedTerms(), p.title() + "\n" + java.util.Objects.requireNonNullElse(p.abstractText(), "")), verdict);
	}

	private BrokerRequestView requestOf(long needId) {
		return requests.findFirstByNeedIdOrderByCreatedAtDescIdDesc(needId)
			.map(r -> new BrokerRequestView(r.getId(), r.getStatus(), r.getCreatedAt(),
					r.getTakenByUserId() == null ? null
							: users.findUser(r.getTakenByUserId()).map(CurrentUser::displayName).orElse("")))
			.orElse(null);
	}

	// ------------------------------------------------------------------ achievement → needs, similar

	/** The open needs most likely to want a published achievement; "not found" when it is not published. */
	public AchievementNeeds forAchievement(CurrentUser user, long achievementId, Locale locale) {
		publishedOrNotFound(achievementId);
		List<NeedMatch> ranked = matcher.matchNeeds(achievementId, properties.needsShown());
		Map<Long, NeedSummary> summaries = new HashMap<>();
		needs.findAll(ranked.stream().map(NeedMatch::needId).toList()).forEach(n -> summaries.put(n.id(), n));
		Map<Long, Verdict> verdicts = verdicts(user, ranked.stream().map(NeedMatch::needId).toList(), null, achievementId);
		List<NeedMatchView> views = new ArrayList<>();
		int rank = 0;
		for (NeedMatch m : ranked) {
			NeedSummary n = summaries.get(m.needId());
			if (n == null) {
				continue;
			}
			rank++;
			MatchExplanation why = m.why();
			views.add(new NeedMatchView(rank, n.id(), "/needs/" + n.id(), Highlights.html(n.title(), why.matchedTerms()),
					n.ownerName(), Highlights.excerpt(n.description(), why.matchedTerms(), properties.excerptLength()),
					m.score(), m.strong(), industry(why.sharedIndustry(), locale), discipline(why.sharedDiscipline(), locale),
					why.trlFit(), why.priceFit(), why.regionFit(), Highlights.readable(why.matchedTerms(), n.title() + "\n" + java.util.Objects.requireNonNullElse(n.description(), "")),
					verdicts.get(n.id())));
		}
		return new AchievementNeeds(achievementId, views, user != null, matcher.strongMatchThreshold());
	}

	/** Published achievements like this published one ("not found" otherwise). */
	public List<AchievementMatchView> similar(long achievementId, Locale locale) {
		publishedOrNotFound(achievementId);
		List<AchievementMatchView> views = new ArrayList<>();
		int rank = 0;
		for (Match m : matcher.similar(achievementId, properties.similarShown())) {
			AchievementMatchView view = view(++rank, m, locale, null);
			if (view != null) {
				views.add(view);
			}
		}
		return views;
	}

	/** "Not found" unless the achievement is published. */
	public void requirePublished(long achievementId) {
		publishedOrNotFound(achievementId);
	}

	private void publishedOrNotFound(long achievementId) {
		if (achievements.publishedProfile(achievementId).isEmpty()) {
			throw DomainException.notFound("achievement.notFound", achievementId);
		}
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * The user's verdicts on pairs: for one need (achievement id → verdict) or for one achievement (need id → verdict).
	 */
	private Map<Long, Verdict> verdicts(CurrentUser user, List<Long> needIds, Long forNeed, Long forAchievement) {
		Map<Long, Verdict> verdicts = new HashMap<>();
		if (user == null || needIds.isEmpty()) {
			return verdicts;
		}
		for (MatchFeedback f : feedbacks.findByUserIdAndNeedIdIn(user.id(), needIds)) {
			if (forNeed != null) {
				verdicts.put(f.getAchievementId(), f.getVerdict());
			}
			else if (forAchievement != null && f.getAchievementId() == forAchievement) {
				verdicts.put(f.getNeedId(), f.getVerdict());
			}
		}
		return verdicts;
	}

	String industry(String code, Locale locale) {
		return code == null ? null : code + " " + codes.industries().label(code, locale);
	}

	String discipline(String code, Locale locale) {
		return code == null ? null : code + " " + codes.disciplines().label(code, locale);
	}
}
