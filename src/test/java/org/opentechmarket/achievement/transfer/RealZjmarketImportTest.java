package org.opentechmarket.achievement.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.CatalogueSearch;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.PlatformProperties;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the 2,812 real listings of ../shared/data/zjmarket (skipped when absent) and prints the throughput. Listings an
 * earlier run imported are removed first (from the database and the index), so every run creates them all again. The
 * first import in a JVM runs cold (smartcn and Lucene not yet compiled); {@code -Dotm.test.warmups=N} imports the file N
 * times first, to measure a warm one. The figure is printed, never asserted.
 */
@PlatformTest
class RealZjmarketImportTest {

	@Autowired
	AchievementTransfer transfer;
	@Autowired
	CatalogueSearch search;
	@Autowired
	UserAccounts users;
	@Autowired
	PlatformProperties properties;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	EntityManager entityManager;
	@Autowired
	TransactionTemplate tx;

	@Test
	void importsTheWholeMarketFile() throws Exception {
		Assumptions.assumeTrue(Files.isRegularFile(ZjmarketClassificationsTest.FILE), "../shared/data is not here");
		byte[] data = Files.readAllBytes(ZjmarketClassificationsTest.FILE);
		CurrentUser admin = users.loadUser(properties.admin().username()).orElseThrow();
		for (int warm = 0; warm < Integer.getInteger("otm.test.warmups", 0); warm++) {
			removeEarlierImports();
			long t = System.nanoTime();
			ImportJob w = transfer.importAndWait(admin, ImportRequest.of(TransferFormat.ZJMARKET, "achievements.jsonl"), data,
					null);
			System.out.printf("warm-up import %d: %s %.0f rows/s%n", warm, w.state(), w.rows() / ((System.nanoTime() - t) / 1e9));
		}
		removeEarlierImports();

		java.util.Map<String, Long> cpuBefore = cpu();
		long started = System.nanoTime();
		ImportJob job = transfer.importAndWait(admin, ImportRequest.of(TransferFormat.ZJMARKET, "achievements.jsonl"), data,
				null);
		double seconds = (System.nanoTime() - started) / 1e9;
		java.util.Map<String, Long> cpuAfter = cpu();
		cpuAfter.forEach((name, ns) -> {
			long used = ns - cpuBefore.getOrDefault(name, 0L);
			if (used > 50_000_000L) {
				System.out.printf("  cpu of %s: %.0f ms%n", name, used / 1e6);
			}
		});

		assertThat(job.errors()).isEmpty();
		assertThat(job.failure()).isNull();
		assertThat(job.state()).isEqualTo(ImportJob.State.SUCCEEDED);
		assertThat(job.created()).isEqualTo(2812);
		System.out.printf("zjmarket import: %d rows in %.2f s = %.0f rows/s (job: validate+write %.2f s)%n", job.rows(),
				seconds, job.rows() / seconds, job.seconds());

		CatalogueSearch.Result found = search.search(CatalogueSearch.Query.of("复合材料", Map.of(), 0, 10));
		assertThat(found.total()).isPositive();
		assertThat(found.items()).anySatisfy(a -> assertThat(a.getExternalId()).startsWith("zjmarket:A"));

		// a second import of the same file updates every listing in place
		long again = System.nanoTime();
		ImportJob second = transfer.importAndWait(admin, ImportRequest.of(TransferFormat.ZJMARKET, "achievements.jsonl"),
				data, null);
		double secondSeconds = (System.nanoTime() - again) / 1e9;
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isEqualTo(2812);
		System.out.printf("zjmarket re-import: %d rows updated in %.2f s = %.0f rows/s%n", second.rows(), secondSeconds,
				second.rows() / secondSeconds);
	}

	/** CPU time by thread name (numbered pool threads summed), to show where an import spends it. */
	static java.util.Map<String, Long> cpu() {
		var mx = java.lang.management.ManagementFactory.getThreadMXBean();
		java.util.Map<String, Long> cpu = new java.util.TreeMap<>();
		for (long id : mx.getAllThreadIds()) {
			var info = mx.getThreadInfo(id);
			long ns = mx.getThreadCpuTime(id);
			if (info != null && ns > 0) {
				cpu.merge(info.getThreadName().replaceAll("\\d+$", "#"), ns, Long::sum);
			}
		}
		return cpu;
	}

	/** Deletes the listings an earlier run imported, from the database and from the index, and rewinds their numbers. */
	private void removeEarlierImports() {
		tx.executeWithoutResult(status -> {
			List<Long> ids = jdbc.queryForList(
					"select id from achievements where external_id like 'zjmarket:A%' and revision_of is null", Long.class);
			if (ids.isEmpty()) {
				return;
			}
			jdbc.update("delete from achievements where external_id like 'zjmarket:A%' and revision_of is null");
			var plan = Search.session(entityManager).indexingPlan();
			ids.forEach(id -> plan.purge(Achievement.class, id, null));
			jdbc.update("""
					update registration_sequences s set last_value = coalesce((select max(cast(right(a.registration_number, 4) as integer))
					  from achievements a where a.registration_number like s.prefix || '%'), 0)
					where s.prefix like '330____Y'""");
		});
	}
}
