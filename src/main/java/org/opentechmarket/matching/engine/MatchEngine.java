package org.opentechmarket.matching.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.MatchExplanation;
import org.opentechmarket.matching.MatchExplanation.PriceFit;
import org.opentechmarket.matching.MatchExplanation.RegionFit;
import org.opentechmarket.matching.MatchExplanation.TrlFit;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.platform.CodeTables;

/**
 * Ranks achievements for a need: the one code path of production matching and of the offline evaluation.
 *
 * <p>{@link Method#FINAL}: the need's title, keywords and description are analysed twice (character bigrams and smartcn
 * words); boilerplate ({@link MatchWeights#stopWords()}) and terms common to many achievements are dropped, and the
 * {@link MatchWeights#maxTerms()} most informative terms of each analysis are kept, title terms weighted above description
 * terms. Each term is searched in the achievement's title and body with BM25; the sum, divided by its upper bound (every
 * term saturated), is the text relevance in 0–1. The best {@link MatchWeights#rerankDepth()} candidates then get the
 * structured fit (shared code prefixes, TRL, price, region, recency) added. The other methods are the measured baselines:
 * BM25 over the body with one analyzer, every term of title and description, no structured fit.
 */
public final class MatchEngine {

	public enum Method {
		/** Lucene StandardAnalyzer (Chinese as single characters) BM25 over title and body */
		STANDARD,
		/** smartcn words BM25 */
		SMARTCN,
		/** character-bigram BM25 */
		BIGRAM,
		/** the production ranking */
		FINAL
	}

	private static final int MAX_EXPLAINED_TERMS = 12;
	/**
	 * Commonness needs a corpus to be estimated: below this many achievements the document-frequency cut is off and idf
	 * alone weights terms (in a corpus of 3, every term would be "in more than 20 %").
	 */
	static final int COMMON_TERM_MIN_CORPUS = 100;

	private final MatchIndex index;
	private final MatchWeights weights;
	private final Clock clock;
	private final Set<String> stopWords;
	private final CodeTables.CodeTable industries;
	private final CodeTables.CodeTable disciplines;
	private final boolean exhaustive;

	public MatchEngine(MatchIndex index, MatchWeights weights, CodeTables codes, Clock clock) {
		this(index, weights, codes, clock, false);
	}

	/**
	 * @param exhaustive score every document that shares a term with the need (no skipping, Lucene's term clauses and
	 * term statistics as they are): the reference the tests compare the production search with
	 */
	MatchEngine(MatchIndex index, MatchWeights weights, CodeTables codes, Clock clock, boolean exhaustive) {
		this.exhaustive = exhaustive;
		this.index = index;
		this.weights = weights;
		this.clock = clock;
		this.stopWords = Set.copyOf(weights.stopWords());
		this.industries = codes.industries();
		this.disciplines = codes.disciplines();
	}

	public MatchWeights weights() {
		return weights;
	}

	public List<Match> match(NeedQuery need, int n) {
		return match(need, n, Method.FINAL, null);
	}

	/** @param excludeKey a document never returned (the achievement itself, for similar achievements), may be null */
	public List<Match> match(NeedQuery need, int n, Method method, String excludeKey) {
		if (n <= 0) {
			return List.of();
		}
		return index.withSearcher(searcher -> rank(searcher, need, n, method, excludeKey, null, false));
	}

	/**
	 * The one document under this key scored for the need exactly as {@link #match(NeedQuery, int)} scores it (same query
	 * terms, same upper bound, same structured fit), with its matched terms; empty when the key is not indexed or the
	 * document shares no query term.
	 */
	public java.util.Optional<Match> matchOne(NeedQuery need, String key) {
		Query only = new TermQuery(new Term(MatchIndex.KEY, key));
		List<Match> one = index.withSearcher(searcher -> rank(searcher, need, 1, Method.FINAL, null, only, false));
		return one.stream().findFirst();
	}

	/**
	 * The strong matches of the production ranking among the documents under these keys, at most {@code n} (push: a
	 * subscription against the new achievements). The restriction is a non-scoring filter inside the one index: every score
	 * is exactly the score {@link #match(NeedQuery, int)} gives the same document (same query terms, corpus statistics, upper
	 * bound and structured fit), so the strong-match threshold means the same; and since the re-rank depth counts only these
	 * documents, every one of them that would be re-ranked in the full ranking is re-ranked here too. Matched terms are
	 * found only for the strong matches returned.
	 */
	public List<Match> strongMatchesAmong(NeedQuery need, int n, Collection<String> keys) {
		if (n <= 0 || keys.isEmpty()) {
			return List.of();
		}
		Query only = new TermInSetQuery(MatchIndex.KEY, keys.stream().map(BytesRef::new).toList());
		return index.withSearcher(searcher -> rank(searcher, need, n, Method.FINAL, null, only, true));
	}

	/** Achievements like the one under this key (it excluded): its title, subject fields and description as the query. */
	public List<Match> similar(String key, int n) {
		MatchDocument d = index.withSearcher(searcher -> {
			TopDocs top = searcher.search(new TermQuery(new Term(MatchIndex.KEY, key)), 1);
			return top.scoreDocs.length == 0 ? null
					: MatchIndex.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc));
		});
		if (d == null) {
			return List.of();
		}
		NeedQuery asNeed = new NeedQuery(d.title(), join(d.fieldText(), d.description()), List.of(), d.industryCode(),
				d.disciplineCode(), d.regionCode(), null, null, null, null);
		return match(asNeed, n, Method.FINAL, key);
	}

	/** The weighted query terms of one analysis, the clauses built from them, and the query's score upper bound. */
	record Built(List<BooleanClause> clauses, double upperBound, Map<String, Double> terms) {
	}

	/**
	 * @param filter when not null, only documents it matches are scored (a non-scoring clause: their scores are those of
	 * the unrestricted search)
	 * @param strongOnly keep only strong matches (matched terms are then found only for those)
	 */
	private List<Match> rank(IndexSearcher searcher, NeedQuery need, int n, Method method, String excludeKey, Query filter,
			boolean strongOnly) throws IOException {
		int numDocs = searcher.getIndexReader().numDocs();
		if (numDocs == 0) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		double upper = 0;
		Map<String, Double> explainTerms = new LinkedHashMap<>();
		if (method == Method.FINAL) {
			Built words = build(searcher, need, index.words, MatchIndex.WORD, weights.wordWeight(), true);
			Built bigrams = build(searcher, need, index.bigrams, MatchIndex.BIGRAM, weights.bigramWeight(), false);
			// one flat disjunction of every term clause (the same sum as one per analysis): Lucene skips documents that
			// cannot reach the top (MaxScore over all clauses) instead of scoring two nested disjunctions in full
			for (Built built : List.of(words, bigrams)) {
				built.clauses().forEach(query::add);
				upper += built.upperBound();
				explainTerms.putAll(built.terms());
			}
		}
		else {
			String suffix = switch (method) {
				case STANDARD -> MatchIndex.STANDARD;
				case SMARTCN -> MatchIndex.WORD;
				default -> MatchIndex.BIGRAM;
			};
			Analyzer analyzer = switch (method) {
				case STANDARD -> index.standard;
				case SMARTCN -> index.words;
				default -> index.bigrams;
			};
			if (method == Method.STANDARD && !index.hasBaselines()) {
				throw new IllegalStateException("this index has no StandardAnalyzer fields");
			}
			Map<String, Integer> tf = terms(analyzer, join(need.title(), need.description()));
			for (Map.Entry<String, Integer> e : tf.entrySet()) {
				Term term = new Term(MatchIndex.BODY + suffix, e.getKey());
				double idf = idf(searcher, term, numDocs);
				if (idf > 0) {
					query.add(new BoostQuery(new TermQuery(term), e.getValue()), BooleanClause.Occur.SHOULD);
					upper += e.getValue() * idf;
					explainTerms.put(e.getKey(), e.getValue() * idf);
				}
			}
		}
		BooleanQuery built = query.build();
		if (built.clauses().isEmpty() || upper <= 0) {
			return List.of();
		}
		if (filter != null) {
			// a filter clause scores nothing: every document's score is the same as in the unrestricted search
			built = new BooleanQuery.Builder().add(built, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
		}
		int depth = method == Method.FINAL ? Math.max(n, weights.rerankDepth()) : n;
		int wanted = depth + (excludeKey == null ? 0 : 1);
		// only the top documents matter, not how many match: no exact hit count, so non-competitive documents are skipped
		// (the exhaustive reference counts every match, which makes Lucene score them all)
		TopDocs top = searcher.search(built,
				new TopScoreDocCollectorManager(wanted, null, exhaustive ? Integer.MAX_VALUE : wanted));
		List<Match> matches = new ArrayList<>();
		List<String> ordered = explainTerms.entrySet().stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
		Map<String, MatchDocument> documents = new java.util.HashMap<>();
		StoredFields stored = searcher.storedFields();
		for (ScoreDoc hit : top.scoreDocs) {
			MatchDocument d = MatchIndex.fromDocument(stored.document(hit.doc));
			if (d.key().equals(excludeKey)) {
				continue;
			}
			double text = Math.min(1.0, hit.score / upper);
			documents.put(d.key(), d);
			matches.add(score(need, d, text, method == Method.FINAL));
		}
		matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::key));
		// the matched terms only for the matches returned: finding them in every re-ranked candidate costs more than the search
		return matches.stream()
			.filter(m -> !strongOnly || m.strong())
			.limit(n)
			.map(m -> withMatchedTerms(m, need, documents.get(m.key()), ordered))
			.toList();
	}

	private Built build(IndexSearcher searcher, NeedQuery need, Analyzer analyzer, String suffix, double familyWeight,
			boolean words) throws IOException {
		int numDocs = searcher.getIndexReader().numDocs();
		Map<String, Double> weighted = new LinkedHashMap<>();
		for (String t : terms(analyzer, join(need.title(), String.join(" ", need.keywords()))).keySet()) {
			weighted.merge(t, weights.needTitleWeight(), Math::max);
		}
		for (Map.Entry<String, Integer> e : terms(analyzer, need.description()).entrySet()) {
			weighted.merge(e.getKey(), weights.needDescriptionWeight() * (1 + Math.log(e.getValue())), Double::sum);
		}
		Map<String, Double> informative = new LinkedHashMap<>();
		Map<String, Double> idfs = new LinkedHashMap<>();
		List<String> candidates = weighted.keySet().stream()
			.filter(t -> !stopWords.contains(t) && !(words && t.codePointCount(0, t.length()) < 2))
			.toList();
		// every candidate's statistics in one pass over the segments; the states are reused by the query's clauses
		Map<String, TermStates> states = lookUp(searcher, MatchIndex.BODY + suffix, candidates);
		// the need's words no achievement contains are part of what it asks for that nothing covers: they count in the
		// upper bound (as informative as the rarest indexed word), so one common shared word cannot make a high text score
		double absent = 0;
		for (String t : candidates) {
			TermStates bodyStates = states.get(t);
			int df = bodyStates == null ? 0 : bodyStates.docFreq();
			if (df == 0 && words) {
				absent += weighted.get(t) * familyWeight * (weights.docTitleWeight() + weights.docBodyWeight())
						* idf(1, numDocs);
			}
			if (df == 0 || (numDocs >= COMMON_TERM_MIN_CORPUS && df > weights.maxDocumentFrequency() * numDocs)) {
				continue;
			}
			double idf = idf(df, numDocs);
			idfs.put(t, idf);
			informative.put(t, weighted.get(t) * idf);
		}
		List<String> kept = informative.entrySet().stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(weights.maxTerms())
			.map(Map.Entry::getKey)
			.toList();
		Map<String, TermStates> titleStates = weights.docTitleWeight() > 0
				? lookUp(searcher, MatchIndex.TITLE + suffix, kept) : Map.of();

		List<BooleanClause> clauses = new ArrayList<>();
		double upper = absent;
		Map<String, Double> terms = new LinkedHashMap<>();
		for (String t : kept) {
			double w = weighted.get(t) * familyWeight;
			TermStates title = titleStates.get(t);
			if (title != null) {
				clauses.add(clause(new Term(MatchIndex.TITLE + suffix, t), title, w * weights.docTitleWeight()));
				upper += w * weights.docTitleWeight() * idf(title.docFreq(), numDocs);
			}
			clauses.add(clause(new Term(MatchIndex.BODY + suffix, t), states.get(t), w * weights.docBodyWeight()));
			upper += w * weights.docBodyWeight() * idfs.get(t);
			terms.put(t, informative.get(t) * (words ? 2 : 1));
		}
		return new Built(clauses, upper, terms);
	}

	private Map<String, TermStates> lookUp(IndexSearcher searcher, String field, List<String> texts) throws IOException {
		return exhaustive ? TermLookup.eachByItself(searcher, field, texts) : TermLookup.lookUp(searcher, field, texts);
	}

	/**
	 * One weighted term clause. In production its score blocks are at least {@link CoarseWindowQuery#WINDOW} documents
	 * (same matches and scores; the disjunction of a hundred clauses re-plans far less often).
	 */
	private BooleanClause clause(Term term, TermStates states, double boost) {
		Query q = new TermQuery(term, states);
		return new BooleanClause(new BoostQuery(exhaustive ? q : new CoarseWindowQuery(q), (float) boost),
				BooleanClause.Occur.SHOULD);
	}

	private Match score(NeedQuery need, MatchDocument d, double text, boolean structured) {
		double score = structured ? weights.textWeight() * text : text;
		String industry = commonAncestor(industries, need.industryCode(), d.industryCode());
		String discipline = commonAncestor(disciplines, need.disciplineCode(), d.disciplineCode());
		TrlFit trl = need.wantedTrl() == null || d.trl() == null ? TrlFit.UNKNOWN
				: d.trl() >= need.wantedTrl() ? TrlFit.MEETS : TrlFit.BELOW;
		PriceFit price = priceFit(need, d);
		RegionFit region = regionFit(need.regionCode(), d.regionCode());
		LocalDate reference = need.postedOn() != null ? need.postedOn() : LocalDate.now(clock);
		Long age = d.publishedOn() == null ? null : Math.max(0, ChronoUnit.DAYS.between(d.publishedOn(), reference));
		// preferences the strong threshold was not calibrated on (the dev needs state no TRL, budget or region): they
		// re-rank, and a requirement not met can take a match below the threshold, but they never make a match strong
		double preferences = 0;
		if (structured) {
			score += weights.industryWeight() * share(industries, industry, need.industryCode());
			score += weights.disciplineWeight() * share(disciplines, discipline, need.disciplineCode());
			double fit = switch (trl) {
				case MEETS -> weights.trlWeight();
				case BELOW -> -weights.trlWeight();
				default -> 0;
			};
			fit += switch (price) {
				case WITHIN -> weights.priceWeight();
				case ABOVE -> -weights.priceWeight();
				default -> 0;
			};
			fit += switch (region) {
				case SAME_CITY -> weights.regionWeight();
				case SAME_PROVINCE -> weights.regionWeight() / 2;
				default -> 0;
			};
			if (age != null && weights.recencyHalfLifeDays() > 0) {
				fit += weights.recencyWeight() * Math.pow(0.5, age / weights.recencyHalfLifeDays());
			}
			score += fit;
			preferences = Math.max(0, fit);
		}
		MatchExplanation why = new MatchExplanation(List.of(), text, industry, discipline, trl, price, region, age);
		return new Match(d.achievementId(), d.key(), d.title(), score,
				score - preferences >= weights.strongThreshold(), why);
	}

	private static Match withMatchedTerms(Match m, NeedQuery need, MatchDocument d, List<String> queryTerms) {
		MatchExplanation w = m.why();
		MatchExplanation why = new MatchExplanation(matchedTerms(need, d, queryTerms), w.textScore(), w.sharedIndustry(),
				w.sharedDiscipline(), w.trlFit(), w.priceFit(), w.regionFit(), w.ageDays());
		return new Match(m.achievementId(), m.key(), m.title(), m.score(), m.strong(), why);
	}

	/** Query terms literally present in both texts (case-insensitive), words before the bigrams they do not cover. */
	static List<String> matchedTerms(NeedQuery need, MatchDocument d, List<String> queryTerms) {
		String needText = join(need.title(), join(String.join(" ", need.keywords()), need.description()))
			.toLowerCase(Locale.ROOT);
		String docText = join(d.title(), join(d.fieldText(), d.description())).toLowerCase(Locale.ROOT);
		List<String> matched = new ArrayList<>();
		for (String t : queryTerms) {
			String lower = t.toLowerCase(Locale.ROOT);
			if (!needText.contains(lower) || !docText.contains(lower)) {
				continue;
			}
			if (matched.stream().anyMatch(m -> m.contains(lower))) {
				continue;
			}
			matched.removeIf(lower::contains);
			matched.add(t);
			if (matched.size() >= MAX_EXPLAINED_TERMS) {
				break;
			}
		}
		return matched;
	}

	/** The deepest code both codes fall under (either may be that code itself); null when none or either is unknown. */
	static String commonAncestor(CodeTables.CodeTable table, String a, String b) {
		if (a == null || b == null || !table.contains(a) || !table.contains(b)) {
			return null;
		}
		int depth = Math.min(level(table, a), level(table, b));
		for (int level = depth; level >= 1; level--) {
			String x = table.ancestorAt(a, level);
			if (x != null && x.equals(table.ancestorAt(b, level))) {
				return x;
			}
		}
		return null;
	}

	private static int level(CodeTables.CodeTable table, String code) {
		return table.find(code).map(CodeTables.Code::level).orElse(0);
	}

	/** How much of the need's code path is shared: the shared code's level over the need code's level. */
	private static double share(CodeTables.CodeTable table, String shared, String needCode) {
		return shared == null ? 0 : (double) level(table, shared) / level(table, needCode);
	}

	private static PriceFit priceFit(NeedQuery need, MatchDocument d) {
		if (d.priceNegotiable()) {
			return PriceFit.NEGOTIABLE;
		}
		if (d.priceMin() == null || need.budgetMax() == null) {
			return need.budgetMax() == null && need.budgetMin() == null && d.priceMin() != null ? PriceFit.NEGOTIABLE
					: PriceFit.UNKNOWN;
		}
		return d.priceMin().compareTo(need.budgetMax()) <= 0 ? PriceFit.WITHIN : PriceFit.ABOVE;
	}

	private static RegionFit regionFit(String need, String doc) {
		if (need == null || doc == null || need.length() < 4 || doc.length() < 4) {
			return RegionFit.UNKNOWN;
		}
		if (need.substring(0, 4).equals(doc.substring(0, 4)) && !need.substring(2, 4).equals("00")) {
			return RegionFit.SAME_CITY;
		}
		return need.substring(0, 2).equals(doc.substring(0, 2)) ? RegionFit.SAME_PROVINCE : RegionFit.ELSEWHERE;
	}

	private static double idf(IndexSearcher searcher, Term term, int numDocs) throws IOException {
		int df = searcher.getIndexReader().docFreq(term);
		return df == 0 ? 0 : idf(df, numDocs);
	}

	/** BM25's idf, as Lucene computes it. */
	static double idf(long df, long numDocs) {
		return Math.log(1 + (numDocs - df + 0.5) / (df + 0.5));
	}

	static Map<String, Integer> terms(Analyzer analyzer, String text) {
		Map<String, Integer> terms = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return terms;
		}
		try (TokenStream ts = analyzer.tokenStream("q", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				terms.merge(term.toString(), 1, Integer::sum);
			}
			ts.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	static String join(String a, String b) {
		if (a == null || a.isBlank()) {
			return b == null ? "" : b;
		}
		return b == null || b.isBlank() ? a : a + "\n" + b;
	}
}
