package org.opentechmarket.trading.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.institution.RankingSource;
import org.opentechmarket.institution.RankingTerm;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The institution ranking terms trading deals feed (institution.RankingTerm), per transfer institution and calendar year:
 * <ul>
 * <li>{@code DEALS_IN_REGION}: deals completed in the year, with at least one broker of the institution attached (with
 * consent) when the deal completed, whose buyer is registered in the platform's region ({@code otm.trading.region}: the deal
 * "landed" there — seed 001 §三(五) 促成在市内落地的技术交易数量). A deal counts once per institution, however many of its
 * brokers worked on it.</li>
 * <li>{@code DEAL_AMOUNT}: the price of those same deals, yuan (成交额).</li>
 * </ul>
 * The broker's organisation is the one recorded at completion, so a broker changing institutions later does not move past
 * deals. {@code REGISTERED_CONTRACT_AMOUNT} is not fed here: registered amounts belong to the contract module.
 */
@Configuration(proxyBeanMethods = false)
class DealRankingSources {

	private static final String SQL = """
			select distinct b.organisation_id, d.id, d.price, d.buyer_organisation_id
			  from deals d join deal_completion_brokers b on b.deal_id = d.id
			 where d.status = 'COMPLETED' and d.completed_at >= ? and d.completed_at < ?
			""";

	record Row(long institution, long deal, BigDecimal price, long buyer) {
	}

	static final class Source implements RankingSource {

		private final RankingTerm term;
		private final JdbcTemplate jdbc;
		private final Organisations organisations;
		private final String regionPrefix;
		private final ZoneId zone;

		Source(RankingTerm term, JdbcTemplate jdbc, Organisations organisations, TradingProperties properties, Clock clock) {
			this.term = term;
			this.jdbc = jdbc;
			this.organisations = organisations;
			this.regionPrefix = regionPrefix(properties.region());
			this.zone = clock.getZone();
		}

		@Override
		public RankingTerm term() {
			return term;
		}

		@Override
		public Map<Long, BigDecimal> valuesFor(Year year) {
			Timestamp from = Timestamp.from(year.atDay(1).atStartOfDay(zone).toInstant());
			Timestamp to = Timestamp.from(year.plusYears(1).atDay(1).atStartOfDay(zone).toInstant());
			List<Row> rows = jdbc.query(SQL, (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
					rs.getLong(4)), from, to);
			Map<Long, Boolean> inRegion = new HashMap<>();
			Map<Long, BigDecimal> values = new HashMap<>();
			for (Row r : rows) {
				boolean landed = inRegion.computeIfAbsent(r.buyer(), b -> organisations.find(b)
					.map(OrganisationSummary::regionCode)
					.map(code -> code.startsWith(regionPrefix))
					.orElse(false));
				if (!landed) {
					continue;
				}
				BigDecimal value = term == RankingTerm.DEALS_IN_REGION ? BigDecimal.ONE : r.price();
				values.merge(r.institution(), value, BigDecimal::add);
			}
			return values;
		}
	}

	/** 330000 → 33 (a province), 330100 → 3301 (a city), 330106 → 330106 (a district). */
	static String regionPrefix(String code) {
		String c = code == null ? "" : code.strip();
		while (c.length() > 2 && c.endsWith("00")) {
			c = c.substring(0, c.length() - 2);
		}
		return c;
	}

	@Bean
	RankingSource dealsInRegionRankingSource(JdbcTemplate jdbc, Organisations organisations, TradingProperties properties,
			Clock clock) {
		return new Source(RankingTerm.DEALS_IN_REGION, jdbc, organisations, properties, clock);
	}

	@Bean
	RankingSource dealAmountRankingSource(JdbcTemplate jdbc, Organisations organisations, TradingProperties properties,
			Clock clock) {
		return new Source(RankingTerm.DEAL_AMOUNT, jdbc, organisations, properties, clock);
	}
}
