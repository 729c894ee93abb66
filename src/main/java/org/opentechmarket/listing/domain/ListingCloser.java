package org.opentechmarket.listing.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes listings whose period is over, exactly once even with several instances on one database and after a restart:
 * each listing is picked with {@code SELECT … FOR UPDATE SKIP LOCKED} and closed — state change, deal, auction or tender,
 * deposit releases — in the same transaction that holds its row lock, so a second worker skips it and, once the first
 * commits, no longer finds it due. Nothing is kept in memory between runs: the first run, shortly after start, closes what
 * became due while the platform was down. A listing that fails to close is skipped for the rest of the run and retried on the
 * next one.
 */
@Component
public class ListingCloser {

	private static final Logger log = LoggerFactory.getLogger(ListingCloser.class);
	private static final String DUE = """
			select id from listings
			 where status = 'LISTED' and ends_at <= :now%s
			 order by ends_at, id
			 limit 1
			 for update skip locked
			""";

	private final ListingService service;
	private final NamedParameterJdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final Clock clock;

	ListingCloser(ListingService service, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
			Clock clock) {
		this.service = service;
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${otm.trading.listing.close-interval:PT5M}", initialDelayString = "PT40S")
	void run() {
		try {
			int closed = closeDue();
			if (closed > 0) {
				log.info("Closed {} listings whose period was over", closed);
			}
		}
		catch (RuntimeException e) {
			log.warn("Listing close job failed: {}", e.getMessage());
		}
	}

	/** Closes every listing due now, one transaction each; returns how many this call closed. */
	public int closeDue() {
		Set<Long> failed = new LinkedHashSet<>();
		int closed = 0;
		while (true) {
			long[] picked = { -1 };
			try {
				Boolean done = tx.execute(status -> {
					MapSqlParameterSource params = new MapSqlParameterSource("now",
							OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
					String sql = DUE.formatted(failed.isEmpty() ? "" : " and id not in (:failed)");
					if (!failed.isEmpty()) {
						params.addValue("failed", failed);
					}
					List<Long> ids = jdbc.queryForList(sql, params, Long.class);
					if (ids.isEmpty()) {
						return null;
					}
					picked[0] = ids.get(0);
					return service.closeLocked(ids.get(0));
				});
				if (done == null) {
					return closed;
				}
				if (done) {
					closed++;
				}
				else {
					failed.add(picked[0]);
				}
			}
			catch (RuntimeException e) {
				if (picked[0] < 0) {
					throw e;
				}
				failed.add(picked[0]);
				log.warn("Could not close listing {}: {}", picked[0], e.toString());
			}
		}
	}
}
