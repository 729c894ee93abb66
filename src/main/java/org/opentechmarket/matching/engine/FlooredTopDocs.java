package org.opentechmarket.matching.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The best {@code n} documents, when it is already known that at least {@code n} documents score {@code floor} or more:
 * the scorer is told from the first document on that anything below the floor is not competitive, so Lucene's
 * MaxScore/WAND skipping starts at full strength instead of waiting for the queue to fill. The result is the same top
 * {@code n} as without the floor (every document at or above it is still found).
 */
final class FlooredTopDocs implements CollectorManager<Collector, TopDocs> {

	private final int n;
	private final float floor;
	private final TopScoreDocCollectorManager delegate;
	private final List<TopScoreDocCollector> collectors = new ArrayList<>();

	FlooredTopDocs(int n, float floor) {
		this.n = n;
		this.floor = floor;
		// no exact hit count: only the top documents matter
		this.delegate = new TopScoreDocCollectorManager(n, null, n);
	}

	@Override
	public Collector newCollector() throws IOException {
		TopScoreDocCollector top = delegate.newCollector();
		synchronized (collectors) {
			collectors.add(top);
		}
		if (floor <= 0) {
			return top;
		}
		return new FilterCollector(top) {
			@Override
			public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
				return new FilterLeafCollector(super.getLeafCollector(context)) {
					@Override
					public void setScorer(Scorable scorer) throws IOException {
						scorer.setMinCompetitiveScore(floor);
						super.setScorer(new FilterScorable(scorer) {
							@Override
							public void setMinCompetitiveScore(float minScore) throws IOException {
								in.setMinCompetitiveScore(Math.max(minScore, floor));
							}
						});
					}
				};
			}
		};
	}

	@Override
	public TopDocs reduce(Collection<Collector> ignored) throws IOException {
		List<TopScoreDocCollector> all;
		synchronized (collectors) {
			all = List.copyOf(collectors);
		}
		return delegate.reduce(all);
	}
}
