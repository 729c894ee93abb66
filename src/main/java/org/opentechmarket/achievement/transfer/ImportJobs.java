package org.opentechmarket.achievement.transfer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The recent imports, in memory (a restart forgets them; the audit trail keeps what they wrote). Keeps the last 50. */
@Component
public class ImportJobs {

	static final int KEEP = 50;

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	void add(ImportJob job) {
		jobs.put(job.id(), job);
		if (jobs.size() > KEEP) {
			synchronized (jobs) {
				List<ImportJob> oldest = jobs.values().stream()
					.sorted(Comparator.comparing(ImportJob::createdAt))
					.limit(Math.max(0, jobs.size() - KEEP))
					.toList();
				// running jobs are kept: their pages still poll them
				oldest.stream().filter(j -> j.state().finished()).forEach(j -> jobs.remove(j.id()));
			}
		}
	}

	public Optional<ImportJob> find(String id) {
		return Optional.ofNullable(id == null ? null : jobs.get(id));
	}

	/** Newest first. */
	public List<ImportJob> recent() {
		return jobs.values().stream().sorted(Comparator.comparing(ImportJob::createdAt).reversed()).toList();
	}
}
