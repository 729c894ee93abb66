package org.opentechmarket.achievement.transfer;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Import and export of achievements for administrators (domain/achievements.md §Data exchange). Imports run one at a time
 * on a single worker thread, whether started from a page (asynchronously, the page polls the job), the API or the command
 * line (both wait for the outcome); the worker acts as the administrator who started the import, so the audit trail names
 * them.
 */
@Service
public class AchievementTransfer {

	private final AchievementImporter importer;
	private final AchievementExporter exporter;
	private final ImportJobs jobs;
	private final Clock clock;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "achievement-import");
		thread.setDaemon(true);
		return thread;
	});

	AchievementTransfer(AchievementImporter importer, AchievementExporter exporter, ImportJobs jobs, Clock clock) {
		this.importer = importer;
		this.exporter = exporter;
		this.jobs = jobs;
		this.clock = clock;
	}

	/** Queues an import and returns its job at once; follow it with {@link #job}. */
	public ImportJob submit(CurrentUser admin, ImportRequest request, byte[] data) {
		return start(admin, request, data, null).job();
	}

	/** Imports and waits for the outcome; {@code progress} sees the job after every change (on the worker thread). */
	public ImportJob importAndWait(CurrentUser admin, ImportRequest request, byte[] data, Consumer<ImportJob> progress) {
		Started started = start(admin, request, data, progress);
		try {
			started.future().get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for import " + started.job().id(), e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("Import " + started.job().id() + " failed", e.getCause());
		}
		return started.job();
	}

	private record Started(ImportJob job, Future<?> future) {
	}

	private Started start(CurrentUser admin, ImportRequest request, byte[] data, Consumer<ImportJob> progress) {
		requireAdmin(admin);
		ImportJob job = new ImportJob(request, admin.getUsername(), clock);
		if (progress != null) {
			job.onProgress(() -> progress.accept(job));
		}
		jobs.add(job);
		Future<?> future = worker.submit(() -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
			SecurityContextHolder.setContext(context);
			try {
				importer.run(job, request, data, admin);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
		return new Started(job, future);
	}

	public Optional<ImportJob> job(CurrentUser admin, String id) {
		requireAdmin(admin);
		return jobs.find(id);
	}

	public List<ImportJob> recentJobs(CurrentUser admin) {
		requireAdmin(admin);
		return jobs.recent();
	}

	/** Writes the public catalogue to {@code out}; @return how many achievements */
	public long export(CurrentUser admin, TransferFormat format, OutputStream out) {
		requireAdmin(admin);
		if (!format.exportable()) {
			throw DomainException.invalid("transfer.format.notExportable", format.key());
		}
		return exporter.export(format, out);
	}

	public long exportableCount(CurrentUser admin) {
		requireAdmin(admin);
		return exporter.count();
	}

	static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw DomainException.forbidden();
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		worker.shutdown();
		// an import under way finishes (or rolls back) before the database goes away
		worker.awaitTermination(2, TimeUnit.MINUTES);
	}
}
