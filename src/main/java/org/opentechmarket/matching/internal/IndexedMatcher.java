package org.opentechmarket.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opentechmarket.achievement.AchievementProfile;
import org.opentechmarket.achievement.AchievementPublished;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.matching.Match;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.matching.Matcher;
import org.opentechmarket.matching.NeedMatch;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.matching.engine.MatchEngine;
import org.opentechmarket.matching.engine.MatchIndex;
import org.opentechmarket.matching.domain.MatchingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Production matching over published achievements. The index follows publications ({@link AchievementPublished}: the new
 * version in, the one it revises out); results are checked against the registry, so an achievement withdrawn or superseded
 * since it was indexed is never shown and leaves the index on the way.
 */
@Component
class IndexedMatcher implements Matcher {

	private static final Logger log = LoggerFactory.getLogger(IndexedMatcher.class);
	/**
	 * Publications are searchable at once and made durable at most this often (a bulk import publishes thousands in a
	 * row; a commit each would fsync each). Closing the index commits; after a crash, {@code reindex matching} restores it.
	 */
	private static final long COMMIT_INTERVAL_NANOS = 10_000_000_000L;

	private volatile long lastCommit = System.nanoTime();

	private final ObjectProvider<MatchIndex> index;
	private final ObjectProvider<MatchEngine> engine;
	private final Achievements achievements;
	private final Needs needs;
	private final OpenNeedsIndex openNeeds;
	private final MatchingProperties properties;

	IndexedMatcher(ObjectProvider<MatchIndex> index, ObjectProvider<MatchEngine> engine, Achievements achievements,
			Needs needs, OpenNeedsIndex openNeeds, MatchingProperties properties) {
		this.index = index;
		this.engine = engine;
		this.achievements = achievements;
		this.needs = needs;
		this.openNeeds = openNeeds;
		this.properties = properties;
	}

	@Override
	public List<Match> match(NeedQuery need, int n) {
		return published(engine.getObject().match(need, n + 5), n);
	}

	@Override
	public List<Match> strongMatchesAmong(NeedQuery need, Collection<Long> achievementIds, int n) {
		List<String> keys = achievementIds.stream().map(String::valueOf).toList();
		// not checked against the registry match by match (push asks thousands of times per run): the caller names
		// achievements it knows to be published and checks again before it tells anyone
		return engine.getObject().strongMatchesAmong(need, n, keys);
	}

	@Override
	public List<Match> similar(long achievementId, int n) {
		return published(engine.getObject().similar(Long.toString(achievementId), n + 5), n);
	}

	@Override
	public double strongMatchThreshold() {
		return engine.getObject().weights().strongThreshold();
	}

	@Override
	public List<NeedMatch> matchNeeds(long achievementId, int n) {
		if (n <= 0) {
			return List.of();
		}
		Optional<AchievementProfile> profile = achievements.publishedProfile(achievementId);
		if (profile.isEmpty()) {
			return List.of();
		}
		List<Long> candidates = openNeeds.candidates(profile.get(), Math.max(n * 3, properties.reverseCandidates()))
			.stream()
			.map(Match::achievementId)
			.toList();
		Map<Long, NeedSummary> found = needs.findAll(candidates).stream()
			.collect(Collectors.toMap(NeedSummary::id, Function.identity()));
		String key = Long.toString(achievementId);
		List<NeedMatch> ranked = new ArrayList<>();
		for (Long id : candidates) {
			NeedSummary need = found.get(id);
			if (need == null || !need.status().isPublic()) {
				// closed since it was indexed (a missed event): it leaves the index on the way
				openNeeds.delete(id);
				continue;
			}
			engine.getObject().matchOne(NeedQueries.of(need), key)
				.ifPresent(m -> ranked.add(new NeedMatch(need.id(), need.title(), m.score(), m.strong(), m.why())));
		}
		ranked.sort(Comparator.comparingDouble(NeedMatch::score).reversed().thenComparingLong(NeedMatch::needId));
		return List.copyOf(ranked.subList(0, Math.min(n, ranked.size())));
	}

	@Override
	public Optional<Match> explain(NeedQuery need, long achievementId) {
		boolean published = achievements.find(achievementId)
			.map(a -> a.status() == AchievementStatus.PUBLISHED)
			.orElse(false);
		if (!published) {
			return Optional.empty();
		}
		return engine.getObject().matchOne(need, Long.toString(achievementId));
	}

	private List<Match> published(List<Match> matches, int n) {
		List<Match> shown = new java.util.ArrayList<>();
		boolean dropped = false;
		for (Match m : matches) {
			if (shown.size() >= n) {
				break;
			}
			boolean published = achievements.find(m.achievementId())
				.map(a -> a.status() == AchievementStatus.PUBLISHED)
				.orElse(false);
			if (published) {
				shown.add(m);
			}
			else {
				index.getObject().delete(m.key());
				dropped = true;
			}
		}
		if (dropped) {
			index.getObject().refresh();
		}
		return List.copyOf(shown);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AchievementPublished event) {
		try {
			achievements.publishedProfile(event.achievementId()).ifPresent(p -> {
				MatchIndex i = index.getObject();
				if (p.revisionOf() != null) {
					i.delete(Long.toString(p.revisionOf()));
				}
				i.put(AchievementDocuments.of(p));
				if (System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS) {
					lastCommit = System.nanoTime();
					i.commit();
				}
				else {
					i.refresh();
				}
			});
		}
		catch (RuntimeException e) {
			// the registry stays right; the index catches up at the next rebuild
			log.warn("Could not index achievement {} for matching: {}", event.achievementId(), e.getMessage());
		}
	}

	/** Drops and refills the index from the registry's published achievements; returns how many were indexed. */
	long rebuild() {
		MatchIndex i = index.getObject();
		i.deleteAll();
		long after = 0;
		long count = 0;
		while (true) {
			var page = achievements.publishedProfiles(after, 1000);
			if (page.isEmpty()) {
				break;
			}
			page.forEach(p -> i.put(AchievementDocuments.of(p)));
			count += page.size();
			after = page.get(page.size() - 1).id();
		}
		// one segment per search thread after a bulk load: each query then looks up its terms and sets up its scorers once
		// per part, and the parts are searched side by side
		i.compact();
		return count;
	}

	boolean isEmpty() {
		return index.getObject().size() == 0;
	}

	OpenNeedsIndex openNeeds() {
		return openNeeds;
	}
}
