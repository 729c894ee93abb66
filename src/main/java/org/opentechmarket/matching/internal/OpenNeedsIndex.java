package org.opentechmarket.matching.internal;

import java.time.Clock;
import java.util.List;

import org.opentechmarket.achievement.AchievementProfile;
import org.opentechmarket.demand.NeedClosed;
import org.opentechmarket.demand.NeedOpened;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.engine.MatchEngine;
import org.opentechmarket.matching.engine.MatchIndex;
import org.opentechmarket.matching.engine.MatchWeights;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The second match index: open (public) needs as documents, queried with an achievement's text and codes through the same
 * {@link MatchEngine} and analyzers as need → achievements. Lives under {@code <data-dir>/matching-needs}, opened on first
 * use; follows {@link NeedOpened} and {@link NeedClosed}, refilled on a server start when empty and by
 * {@code reindex matching}.
 */
@Component
public class OpenNeedsIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OpenNeedsIndex.class);
	private static final long COMMIT_INTERVAL_NANOS = 10_000_000_000L;

	private final PlatformProperties platform;
	private final MatchWeights weights;
	private final CodeTables codes;
	private final Clock clock;
	private final Needs needs;
	private volatile MatchIndex index;
	private volatile MatchEngine engine;
	private volatile long lastCommit = System.nanoTime();

	OpenNeedsIndex(PlatformProperties platform, MatchWeights weights, CodeTables codes, Clock clock, Needs needs) {
		this.platform = platform;
		this.weights = weights;
		this.codes = codes;
		this.clock = clock;
		this.needs = needs;
	}

	private MatchEngine engine() {
		MatchEngine e = engine;
		if (e == null) {
			synchronized (this) {
				if (engine == null) {
					index = MatchIndex.open(platform.dataPath("matching-needs"), weights.k1(), weights.b());
					engine = new MatchEngine(index, weights, codes, clock);
				}
				e = engine;
			}
		}
		return e;
	}

	private MatchIndex index() {
		engine();
		return index;
	}

	/** Open needs sharing text or codes with the achievement, best first by the needs index's own ranking. */
	List<Match> candidates(AchievementProfile achievement, int n) {
		return engine().match(NeedQueries.reverse(achievement), n);
	}

	void put(NeedSummary need) {
		MatchIndex i = index();
		i.put(NeedQueries.document(need));
		refreshOrCommit(i);
	}

	void delete(long needId) {
		MatchIndex i = index();
		i.delete(Long.toString(needId));
		refreshOrCommit(i);
	}

	private void refreshOrCommit(MatchIndex i) {
		if (System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS) {
			lastCommit = System.nanoTime();
			i.commit();
		}
		else {
			i.refresh();
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(NeedOpened event) {
		try {
			needs.find(event.needId()).filter(n -> n.status().isPublic()).ifPresent(this::put);
		}
		catch (RuntimeException e) {
			log.warn("Could not index need {} for matching: {}", event.needId(), e.getMessage());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(NeedClosed event) {
		try {
			delete(event.needId());
		}
		catch (RuntimeException e) {
			log.warn("Could not remove need {} from the matching index: {}", event.needId(), e.getMessage());
		}
	}

	/** Drops and refills the index from the registry's open needs; returns how many were indexed. */
	long rebuild() {
		MatchIndex i = index();
		i.deleteAll();
		long after = 0;
		long count = 0;
		while (true) {
			List<NeedSummary> page = needs.open(after, 1000);
			if (page.isEmpty()) {
				break;
			}
			page.forEach(n -> i.put(NeedQueries.document(n)));
			count += page.size();
			after = page.get(page.size() - 1).id();
		}
		// one segment after a bulk load: each query then looks up its terms and sets up its scorers once
		i.compact();
		return count;
	}

	boolean isEmpty() {
		return index().size() == 0;
	}

	@Override
	public void destroy() {
		MatchIndex i = index;
		if (i != null) {
			i.commit();
			i.close();
		}
	}
}
