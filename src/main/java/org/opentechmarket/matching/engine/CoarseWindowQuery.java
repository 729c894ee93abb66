package org.opentechmarket.matching.engine;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A clause of a long disjunction whose scorer reports score blocks of at least {@link #WINDOW} documents to the
 * disjunction. Same matches, same scores; only how often Lucene's top-k disjunction re-plans changes.
 *
 * <p>Why: Lucene 9.12's MaxScore disjunction ({@code MaxScoreBulkScorer}) ends each scoring window at the first block
 * boundary of any essential clause and then recomputes every clause's maximum score and re-sorts all clauses. A need
 * query has about 120 term clauses (up to 240); on a million achievements a frequent term's postings blocks of 128
 * documents end every few hundred documents, so with a hundred essential clauses a window holds a handful of documents
 * and the re-planning cost more than the scoring (profile at 1M: a fifth of the time in sorting clauses per window). Here
 * a clause's block ends no earlier than the next multiple of {@link #WINDOW}; its maximum score over the wider block is
 * still a true upper bound (Lucene answers {@code getMaxScore(upTo)} for any {@code upTo} from its skip-list impacts, or
 * the term's global maximum), so no document that can reach the top is skipped and the top documents are the same.
 * Lucene 10 added a similar amortisation heuristic to the scorer itself (apache/lucene#13941).
 */
final class CoarseWindowQuery extends Query {

	/** Minimum score window in documents; 4096 is Lucene's inner scoring window (measured: 2048 slower, 16384 no faster). */
	static final int WINDOW = 4096;

	private final Query in;

	CoarseWindowQuery(Query in) {
		this.in = in;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight weight = in.createWeight(searcher, scoreMode, boost);
		return new FilterWeight(this, weight) {
			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				Scorer scorer = in.scorer(context);
				return scorer == null ? null : new CoarseScorer(this, scorer);
			}
		};
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = in.rewrite(searcher);
		return rewritten == in ? this : new CoarseWindowQuery(rewritten);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		in.visit(visitor);
	}

	@Override
	public String toString(String field) {
		return "coarse(" + in.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CoarseWindowQuery c && c.in.equals(in);
	}

	@Override
	public int hashCode() {
		return 31 * in.hashCode() + CoarseWindowQuery.class.hashCode();
	}

	/** Delegates everything; only the end of a score block is moved to the next multiple of {@link #WINDOW}. */
	static final class CoarseScorer extends Scorer {

		private final Scorer in;

		CoarseScorer(Weight weight, Scorer in) {
			super(weight);
			this.in = in;
		}

		@Override
		public int advanceShallow(int target) throws IOException {
			return Math.max(in.advanceShallow(target), target | (WINDOW - 1));
		}

		@Override
		public float getMaxScore(int upTo) throws IOException {
			return in.getMaxScore(upTo);
		}

		@Override
		public DocIdSetIterator iterator() {
			return in.iterator();
		}

		@Override
		public TwoPhaseIterator twoPhaseIterator() {
			return in.twoPhaseIterator();
		}

		@Override
		public float score() throws IOException {
			return in.score();
		}

		@Override
		public float smoothingScore(int docId) throws IOException {
			return in.smoothingScore(docId);
		}

		@Override
		public int docID() {
			return in.docID();
		}

		@Override
		public void setMinCompetitiveScore(float minScore) throws IOException {
			in.setMinCompetitiveScore(minScore);
		}

		@Override
		public Collection<ChildScorable> getChildren() throws IOException {
			return in.getChildren();
		}
	}
}
