package org.opentechmarket.achievement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Concurrent approvals never share a registration number: the counter is one atomic upsert per prefix. Year 2031 belongs
 * to this test alone; the database outlives a run, so the counter's starting value is read first.
 */
@PlatformTest
class RegistrationNumbersConcurrencyTest {

	private static final int THREADS = 8;
	private static final int CALLS = 50;
	private static final String PREFIX = "3302031Y";

	@Autowired
	RegistrationNumbers numbers;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void concurrentCallsGetDistinctConsecutiveNumbers() throws Exception {
		int start = current(PREFIX);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<List<String>>> futures = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				futures.add(pool.submit(() -> {
					go.await();
					List<String> mine = new ArrayList<>();
					for (int i = 0; i < CALLS; i++) {
						mine.add(numbers.next("330106", 2031, AchievementCategory.APPLIED));
					}
					return mine;
				}));
			}
			go.countDown();
			List<String> all = new ArrayList<>();
			for (Future<List<String>> f : futures) {
				all.addAll(f.get(60, TimeUnit.SECONDS));
			}

			assertThat(all).hasSize(THREADS * CALLS);
			Set<String> distinct = new HashSet<>(all);
			assertThat(distinct).hasSize(THREADS * CALLS);
			assertThat(all).allSatisfy(n -> {
				assertThat(n).matches("^3302031Y\\d{4}$");
				assertThat(RegistrationNumbers.prefixOf(n)).isEqualTo(PREFIX);
			});
			List<Integer> sequences = all.stream().map(RegistrationNumbers::sequenceOf).sorted().toList();
			// no gaps and no duplicates: exactly start+1 … start+400 (1 … 400 on a fresh database)
			assertThat(sequences.get(0)).isEqualTo(start + 1);
			assertThat(sequences.get(sequences.size() - 1)).isEqualTo(start + THREADS * CALLS);
			assertThat(current(PREFIX)).isEqualTo(start + THREADS * CALLS);
			// each thread saw its own numbers increasing
			for (Future<List<String>> f : futures) {
				List<Integer> own = f.get().stream().map(RegistrationNumbers::sequenceOf).toList();
				assertThat(own).isSorted();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void prefixesCountSeparately() {
		int applied = current("3302031Y");
		int basic = current("3302031J");
		String j = numbers.next("330203", 2031, AchievementCategory.BASIC);
		assertThat(j).isEqualTo(RegistrationNumbers.format("3302031J", basic + 1));
		assertThat(current("3302031Y")).isEqualTo(applied);
	}

	@Test
	void reserveHandsOutABlock() {
		int before = current("4402031R");
		String first = numbers.reserve("4402031R", 5);
		assertThat(RegistrationNumbers.sequenceOf(first)).isEqualTo(before + 1);
		assertThat(current("4402031R")).isEqualTo(before + 5);
		assertThat(numbers.next("440300", 2031, AchievementCategory.SOFT))
			.isEqualTo(RegistrationNumbers.format("4402031R", before + 6));
	}

	private int current(String prefix) {
		List<Integer> values = jdbc.queryForList("select last_value from registration_sequences where prefix = ?",
				Integer.class, prefix);
		return values.isEmpty() ? 0 : values.get(0);
	}
}
