package org.opentechmarket.achievement.transfer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One import and its progress, read by the web page and the command line while it runs. Every row is first validated, then
 * (when no row has an error) written; {@link #processed()} counts both steps, so it runs from 0 to {@link #total()} =
 * 2 × rows.
 */
public final class ImportJob {

	public enum State {
		QUEUED, RUNNING, SUCCEEDED, FAILED;

		public boolean finished() {
			return this == SUCCEEDED || this == FAILED;
		}
	}

	private final String id = UUID.randomUUID().toString();
	private final TransferFormat format;
	private final String fileName;
	private final String mode;
	private final String startedBy;
	private final Instant createdAt;
	private final Clock clock;

	private volatile State state = State.QUEUED;
	private volatile int rows;
	private final AtomicInteger validated = new AtomicInteger();
	private final AtomicInteger written = new AtomicInteger();
	private volatile int created;
	private volatile int updated;
	private volatile int skipped;
	private volatile List<RowError> errors = List.of();
	private volatile String failure;
	private volatile Instant startedAt;
	private volatile Instant finishedAt;
	/** Elapsed time is measured on the monotonic clock: the platform clock may be set (tests, time travel). */
	private volatile long startedNanos;
	private volatile long finishedNanos;
	private volatile Runnable listener = () -> {
	};

	ImportJob(ImportRequest request, String startedBy, Clock clock) {
		this.format = request.format();
		this.fileName = request.fileName();
		this.mode = request.mode();
		this.startedBy = startedBy;
		this.clock = clock;
		this.createdAt = clock.instant();
	}

	/** Called on every change of the counters or the state (by the importing thread). */
	void onProgress(Runnable listener) {
		this.listener = listener == null ? () -> {
		} : listener;
	}

	void start() {
		startedNanos = System.nanoTime();
		startedAt = clock.instant();
		state = State.RUNNING;
		listener.run();
	}

	void rows(int rows) {
		this.rows = rows;
		listener.run();
	}

	void validated(int count) {
		validated.addAndGet(count);
		listener.run();
	}

	void written(int count) {
		written.addAndGet(count);
		listener.run();
	}

	void succeed(int created, int updated, int skipped) {
		this.created = created;
		this.updated = updated;
		this.skipped = skipped;
		finish(State.SUCCEEDED);
	}

	void reject(List<RowError> errors) {
		this.errors = List.copyOf(errors);
		finish(State.FAILED);
	}

	void fail(String failure) {
		this.failure = failure;
		finish(State.FAILED);
	}

	private void finish(State state) {
		finishedNanos = System.nanoTime();
		finishedAt = clock.instant();
		this.state = state;
		listener.run();
	}

	public String id() {
		return id;
	}

	public TransferFormat format() {
		return format;
	}

	public String fileName() {
		return fileName;
	}

	/** {@code listing} or {@code review}. */
	public String mode() {
		return mode;
	}

	public String startedBy() {
		return startedBy;
	}

	public State state() {
		return state;
	}

	public int rows() {
		return rows;
	}

	/** Work units: every row is validated and then written. */
	public int total() {
		return 2 * rows;
	}

	public int processed() {
		return validated.get() + written.get();
	}

	public int validatedRows() {
		return validated.get();
	}

	public int writtenRows() {
		return written.get();
	}

	public int created() {
		return created;
	}

	public int updated() {
		return updated;
	}

	/** Rows matching a record that the import leaves as it is (identical, withdrawn, or revised on the platform). */
	public int skipped() {
		return skipped;
	}

	/** The row-level report of a rejected import: nothing was written. */
	public List<RowError> errors() {
		return errors;
	}

	/** Why the import failed other than by invalid rows (nothing was written either). */
	public String failure() {
		return failure;
	}

	public boolean rejected() {
		return !errors.isEmpty();
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Instant finishedAt() {
		return finishedAt;
	}

	/** Seconds from start to finish (or until now while running). */
	public double seconds() {
		if (startedAt == null) {
			return 0;
		}
		long end = finishedAt == null ? System.nanoTime() : finishedNanos;
		return (end - startedNanos) / 1e9;
	}

	/** The job as the status URL and the API show it. */
	public View view() {
		return new View(id, format.key(), fileName, mode, state, total(), processed(), rows, validated.get(), written.get(),
				created, updated, skipped, errors.size(), failure, startedBy, createdAt, startedAt, finishedAt);
	}

	public record View(String id, String format, String fileName, String mode, State state, int total, int processed, int rows,
			int validated, int written, int created, int updated, int skipped, int errorCount, String failure,
			String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt) {
	}
}
