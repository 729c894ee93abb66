package org.opentechmarket.matching.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The matching engine's own Lucene index of achievements, separate from the catalogue's: each text is indexed as
 * character bigrams ({@code _bg}) and as smartcn words ({@code _w}), title and body (title, subject fields and description)
 * apart, and optionally with Lucene's StandardAnalyzer ({@code _std}, Chinese as single characters) to measure the baseline.
 * Structured fields are stored for the structured fit. Thread-safe; writes are visible after {@link #refresh()}.
 */
public final class MatchIndex implements Closeable {

	static final String KEY = "key";
	static final String TITLE = "title";
	static final String BODY = "body";
	static final String BIGRAM = "_bg";
	static final String WORD = "_w";
	static final String STANDARD = "_std";

	/** Below this many documents a search stays on the caller's thread: splitting it would cost more than it saves. */
	static final int MIN_DOCUMENTS_TO_SPLIT = 100_000;

	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final int searchThreads;
	private final int minDocumentsToSplit;
	private final ExecutorService searchExecutor;
	private final Similarity similarity;
	private final boolean baselines;
	final Analyzer bigrams = new CJKAnalyzer(CharArraySet.EMPTY_SET);
	final Analyzer words = new SmartChineseAnalyzer();
	final Analyzer standard = new StandardAnalyzer();

	private MatchIndex(Directory directory, double k1, double b, boolean baselines, int searchThreads,
			int minDocumentsToSplit) {
		this.directory = directory;
		this.baselines = baselines;
		this.searchThreads = Math.max(1, searchThreads);
		this.minDocumentsToSplit = minDocumentsToSplit;
		this.searchExecutor = this.searchThreads > 1 ? Executors.newFixedThreadPool(this.searchThreads - 1, daemonThreads())
				: null;
		this.similarity = new BM25Similarity((float) k1, (float) b);
		Analyzer perField = new PerFieldAnalyzerWrapper(bigrams, Map.of(TITLE + WORD, words, BODY + WORD, words,
				TITLE + STANDARD, standard, BODY + STANDARD, standard));
		try {
			IndexWriterConfig config = new IndexWriterConfig(perField).setSimilarity(similarity)
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			this.writer = new IndexWriter(directory, config);
			this.searchers = new SearcherManager(writer, new SearcherFactory() {
				@Override
				public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
					return searchExecutor == null ? new IndexSearcher(reader)
							: new SplitSearcher(reader, searchExecutor, MatchIndex.this.searchThreads, minDocumentsToSplit);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A persistent index in this directory (created when absent), each search on the caller's thread. */
	public static MatchIndex open(Path path, double k1, double b) {
		return open(path, k1, b, 1);
	}

	/**
	 * A persistent index in this directory (created when absent).
	 *
	 * @param searchThreads a search of a large index is split over at most this many threads, the caller's one included
	 * (1: never split); {@link #compact()} then leaves this many segments
	 */
	public static MatchIndex open(Path path, double k1, double b, int searchThreads) {
		try {
			return new MatchIndex(FSDirectory.open(path), k1, b, false, searchThreads, MIN_DOCUMENTS_TO_SPLIT);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An index in memory, for the offline evaluation and tests; {@code baselines} adds the StandardAnalyzer fields. */
	public static MatchIndex inMemory(double k1, double b, boolean baselines) {
		return new MatchIndex(new ByteBuffersDirectory(), k1, b, baselines, 1, MIN_DOCUMENTS_TO_SPLIT);
	}

	/** An index in memory whose searches are split from {@code minDocumentsToSplit} documents on, for tests. */
	static MatchIndex inMemory(double k1, double b, int searchThreads, int minDocumentsToSplit) {
		return new MatchIndex(new ByteBuffersDirectory(), k1, b, false, searchThreads, minDocumentsToSplit);
	}

	public void put(MatchDocument d) {
		try {
			writer.updateDocument(new Term(KEY, d.key()), toDocument(d));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public void putAll(Collection<MatchDocument> documents) {
		documents.forEach(this::put);
		commit();
	}

	public void delete(String key) {
		try {
			writer.deleteDocuments(new Term(KEY, key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public void deleteAll() {
		try {
			writer.deleteAll();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Makes all writes visible to searches (near-real-time: not yet durable, see {@link #commit()}). */
	public void refresh() {
		try {
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Makes all writes durable and visible. */
	public void commit() {
		try {
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Merges the index into one segment per search thread and commits; for after a bulk (re)build. A query looks up each of
	 * its terms and sets up each of its ~120 term scorers once per segment: at a million achievements one segment answers a
	 * need about a fifth faster than the ~20 segments an index written in one go is left with, and two segments searched
	 * side by side on two threads answer it in about two thirds of that time (docs/benchmarks.md §Latency). Later writes
	 * add small segments that the merge policy keeps few.
	 */
	public void compact() {
		try {
			writer.forceMerge(searchThreads);
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** How many segments searches see (after {@link #compact()}: one per search thread). */
	public int segments() {
		return withSearcher(s -> s.getIndexReader().leaves().size());
	}

	/** How many threads a search may be split over (the caller's one included). */
	public int searchThreads() {
		return searchThreads;
	}

	/** How many parts a search is split into now. */
	public int searchSlices() {
		return withSearcher(s -> s.getSlices().length);
	}

	public int size() {
		return withSearcher(s -> s.getIndexReader().numDocs());
	}

	boolean hasBaselines() {
		return baselines;
	}

	Similarity similarity() {
		return similarity;
	}

	interface SearcherFunction<T> {
		T apply(IndexSearcher searcher) throws IOException;
	}

	<T> T withSearcher(SearcherFunction<T> function) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				searcher.setSimilarity(similarity);
				return function.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Document toDocument(MatchDocument d) {
		Document doc = new Document();
		doc.add(new StringField(KEY, d.key(), Field.Store.YES));
		String title = nz(d.title());
		String body = String.join("\n", title, nz(d.fieldText()), nz(d.description()));
		doc.add(new TextField(TITLE + BIGRAM, title, Field.Store.NO));
		doc.add(new TextField(BODY + BIGRAM, body, Field.Store.NO));
		doc.add(new TextField(TITLE + WORD, title, Field.Store.NO));
		doc.add(new TextField(BODY + WORD, body, Field.Store.NO));
		if (baselines) {
			doc.add(new TextField(TITLE + STANDARD, title, Field.Store.NO));
			doc.add(new TextField(BODY + STANDARD, body, Field.Store.NO));
		}
		doc.add(new StoredField("id", d.achievementId()));
		doc.add(new StoredField("t", title));
		doc.add(new StoredField("d", nz(d.description())));
		doc.add(new StoredField("f", nz(d.fieldText())));
		store(doc, "ind", d.industryCode());
		store(doc, "dis", d.disciplineCode());
		store(doc, "reg", d.regionCode());
		store(doc, "trl", d.trl() == null ? null : d.trl().toString());
		store(doc, "pmin", d.priceMin() == null ? null : d.priceMin().toPlainString());
		store(doc, "pmax", d.priceMax() == null ? null : d.priceMax().toPlainString());
		store(doc, "neg", d.priceNegotiable() ? "1" : null);
		store(doc, "pub", d.publishedOn() == null ? null : d.publishedOn().toString());
		return doc;
	}

	static MatchDocument fromDocument(Document doc) {
		return new MatchDocument(doc.get(KEY), doc.getField("id").numericValue().longValue(), doc.get("t"), doc.get("d"),
				doc.get("f"), doc.get("ind"), doc.get("dis"), doc.get("reg"),
				doc.get("trl") == null ? null : Integer.valueOf(doc.get("trl")),
				doc.get("pmin") == null ? null : new BigDecimal(doc.get("pmin")),
				doc.get("pmax") == null ? null : new BigDecimal(doc.get("pmax")), doc.get("neg") != null,
				doc.get("pub") == null ? null : LocalDate.parse(doc.get("pub")));
	}

	private static void store(Document doc, String name, String value) {
		if (value != null && !value.isBlank()) {
			doc.add(new StoredField(name, value));
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	@Override
	public void close() {
		try {
			searchers.close();
			writer.close();
			directory.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			if (searchExecutor != null) {
				searchExecutor.shutdown();
			}
		}
	}

	private static java.util.concurrent.ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "match-search-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * Searches groups of segments side by side: the segments of a large index are dealt, biggest first, to as many groups
	 * as there are threads, each group to the one with the fewest documents so far. Lucene runs one group on the calling
	 * thread and the others on the executor; the top-k collectors share their minimum competitive score, so each part still
	 * skips what cannot reach the overall top. A small index is one group: searched on the calling thread alone.
	 */
	static final class SplitSearcher extends IndexSearcher {

		private final int threads;
		private final int minDocuments;

		SplitSearcher(IndexReader reader, ExecutorService executor, int threads, int minDocuments) {
			super(reader, executor);
			this.threads = threads;
			this.minDocuments = minDocuments;
		}

		@Override
		protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
			int parts = threads;
			int documents = leaves.stream().mapToInt(l -> l.reader().maxDoc()).sum();
			if (parts == 1 || leaves.size() < 2 || documents < minDocuments) {
				return leaves.isEmpty() ? new LeafSlice[0] : new LeafSlice[] { new LeafSlice(new ArrayList<>(leaves)) };
			}
			List<List<LeafReaderContext>> groups = new ArrayList<>();
			long[] sizes = new long[Math.min(parts, leaves.size())];
			for (int i = 0; i < sizes.length; i++) {
				groups.add(new ArrayList<>());
			}
			List<LeafReaderContext> biggestFirst = new ArrayList<>(leaves);
			biggestFirst.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed());
			for (LeafReaderContext leaf : biggestFirst) {
				int smallest = 0;
				for (int i = 1; i < sizes.length; i++) {
					if (sizes[i] < sizes[smallest]) {
						smallest = i;
					}
				}
				groups.get(smallest).add(leaf);
				sizes[smallest] += leaf.reader().maxDoc();
			}
			return groups.stream().map(LeafSlice::new).toArray(LeafSlice[]::new);
		}
	}
}
