package org.opentechmarket.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.web.Registrations;
import org.opentechmarket.contract.domain.ContractService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.support.MutableClock;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class ContractStatisticsIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;
	@Autowired
	ContractService service;
	@Autowired
	ContractStatistics statistics;
	@Autowired
	MutableClock clock;

	private static ContractStatistics.Bucket bucket(List<ContractStatistics.Bucket> buckets, String key) {
		return buckets.stream().filter(b -> b.key().equals(key)).findFirst()
			.orElse(new ContractStatistics.Bucket(key, 0, BigDecimal.ZERO, BigDecimal.ZERO));
	}

	@Test
	void registeredContractsFeedTheStatisticsAndTheRewardPool() throws Exception {
		LocalDate today = LocalDate.now(clock);
		LocalDate from = today.withDayOfMonth(1);
		ContractStatistics.Summary before = statistics.summary(from, today, 2);
		ContractStatistics.RewardPool poolBefore = statistics.rewardPool(today.getYear());
		CurrentUser seller = ContractFixtures.user(users, "demo-institution");
		CurrentUser registrar = ContractFixtures.user(users, "demo-registrar");

		// a licence to a buyer in 宁波 (330203 → city 330200) with 100,000 of purchased equipment deducted
		long licence = ContractFixtures.submit(mvc, seller, ContractFixtures.contract("统计" + Registrations.unique(), "900000", today,
				"LICENSE", "PATENT_LICENSE", ContractFixtures.SELLER, "330203")
			.param("costs[0].kind", "EQUIPMENT").param("costs[0].description", "设备").param("costs[0].amount", "100000"));
		service.approve(registrar, licence);
		// one that is only submitted does not count; one cancelled after registration does not either
		ContractFixtures.submit(mvc, seller, ContractFixtures.licence("统计未决" + Registrations.unique(), "50000", today));
		long cancelled = ContractFixtures.submit(mvc, seller, ContractFixtures.licence("统计注销" + Registrations.unique(), "70000", today));
		service.approve(registrar, cancelled);
		service.cancel(registrar, cancelled, "双方解除");

		ContractStatistics.Summary after = statistics.summary(from, today, 2);
		assertThat(after.count() - before.count()).isEqualTo(1);
		assertThat(after.contractAmount().subtract(before.contractAmount())).isEqualByComparingTo("900000");
		assertThat(after.technicalAmount().subtract(before.technicalAmount())).isEqualByComparingTo("800000");
		assertThat(bucket(after.byType(), "LICENSE").count() - bucket(before.byType(), "LICENSE").count()).isEqualTo(1);
		assertThat(bucket(after.byField(), "NEW_MATERIALS").technicalAmount()
			.subtract(bucket(before.byField(), "NEW_MATERIALS").technicalAmount())).isEqualByComparingTo("800000");
		String month = today.toString().substring(0, 7);
		assertThat(bucket(after.byMonth(), month).count() - bucket(before.byMonth(), month).count()).isEqualTo(1);
		assertThat(bucket(after.bySellerNature(), "022").count() - bucket(before.bySellerNature(), "022").count()).isEqualTo(1);
		assertThat(bucket(after.byBuyerNature(), "170").count() - bucket(before.byBuyerNature(), "170").count()).isEqualTo(1);
		// absorbed by the buyer's city (宁波), exported by the seller's city (杭州)
		assertThat(bucket(after.absorbedByRegion(), "330200").technicalAmount()
			.subtract(bucket(before.absorbedByRegion(), "330200").technicalAmount())).isEqualByComparingTo("800000");
		assertThat(bucket(after.exportedByRegion(), "330100").technicalAmount()
			.subtract(bucket(before.exportedByRegion(), "330100").technicalAmount())).isEqualByComparingTo("800000");
		assertThat(bucket(after.exportedByRegion(), "330200").technicalAmount())
			.isEqualByComparingTo(bucket(before.exportedByRegion(), "330200").technicalAmount());

		ContractStatistics.RewardPool pool = statistics.rewardPool(today.getYear());
		assertThat(pool.technicalAmount().subtract(poolBefore.technicalAmount())).isEqualByComparingTo("800000");
		assertThat(pool.pool()).isEqualByComparingTo(
				pool.technicalAmount().multiply(new BigDecimal("5000")).divide(new BigDecimal("100000000"), 2,
						java.math.RoundingMode.HALF_UP));
		assertThat(pool.shares().stream().map(ContractStatistics.PointShare::reward).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(pool.pool());
		assertThat(pool.shares()).anyMatch(s -> s.name().equals("杭州市技术合同登记站（演示）")
				&& s.technicalAmount().compareTo(new BigDecimal("800000")) >= 0);
	}
}
