package org.opentechmarket.trading.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo trading data is there after start, and a second run creates nothing new. */
@PlatformTest
class DemoTradingIT {

	@Autowired
	DemoTrading demo;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoDataIsLoadedOnceWithAThreadInTalksAndADealInPayment() throws Exception {
		String counts = "select (select count(*) from inquiries) || '/' || (select count(*) from offers) || '/' "
				+ "|| (select count(*) from deals) || '/' || (select count(*) from deal_payments)";
		assertThat(jdbc.queryForObject("""
				select count(*) from inquiries i join offers o on o.inquiry_id = i.id
				 where i.opened_by = 'demo-enterprise' and i.status = 'OPEN' and o.status = 'OPEN' and o.side = 'BUYER'
				""", Integer.class)).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("""
				select count(*) from deals d join deal_payments p on p.deal_id = d.id
				 where d.origin = 'NEGOTIATION' and d.status = 'IN_PAYMENT' and p.bank_reference = 'DEMO-ICBC-20260001'
				   and p.status = 'CONFIRMED' and d.plan_kind = 'INSTALMENTS'
				""", Integer.class)).isEqualTo(1);
		String before = jdbc.queryForObject(counts, String.class);
		demo.run(null);
		assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
	}
}
