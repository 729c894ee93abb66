package org.opentechmarket.matching.engine;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The statistics and per-segment positions of many terms of one field in one pass: per segment one terms enumeration,
 * reused for all terms in term order (each seek starts from the previous one's blocks). The same {@link TermStates}
 * {@link TermStates#build} gives, for a need's hundreds of candidate terms without building a task per term and segment.
 */
final class TermLookup {

	private TermLookup() {
	}

	/** The terms of {@code texts} present in the field, with their states (document frequency summed over segments). */
	static Map<String, TermStates> lookUp(IndexSearcher searcher, String field, Collection<String> texts) throws IOException {
		IndexReaderContext top = searcher.getTopReaderContext();
		List<BytesRef> sorted = texts.stream().distinct().map(BytesRef::new).sorted().toList();
		Map<BytesRef, TermStates> found = new HashMap<>();
		for (LeafReaderContext leaf : top.leaves()) {
			Terms terms = leaf.reader().terms(field);
			if (terms == null) {
				continue;
			}
			TermsEnum te = terms.iterator();
			for (BytesRef text : sorted) {
				if (te.seekExact(text)) {
					found.computeIfAbsent(text, t -> new TermStates(top))
						.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
				}
			}
		}
		Map<String, TermStates> states = new HashMap<>();
		found.forEach((text, state) -> states.put(text.utf8ToString(), state));
		return states;
	}

	/** The same as {@link #lookUp}, one {@link TermStates#build} per term: Lucene's own way, the tests' reference. */
	static Map<String, TermStates> eachByItself(IndexSearcher searcher, String field, Collection<String> texts)
			throws IOException {
		Map<String, TermStates> states = new HashMap<>();
		for (String text : texts) {
			TermStates state = TermStates.build(searcher, new Term(field, text), true);
			if (state.docFreq() > 0) {
				states.put(text, state);
			}
		}
		return states;
	}
}
