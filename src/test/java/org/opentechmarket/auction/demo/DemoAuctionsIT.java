package org.opentechmarket.auction.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo auctions exist after the start (an announced one and one with bids), and a second run creates nothing. */
@PlatformTest
class DemoAuctionsIT {

	@Autowired
	DemoAuctions demo;
	@Autowired
	AuctionService service;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoAuctionsAreThereOnceWithAValidBidLog() {
		List<Long> ids = jdbc.queryForList("select id from auctions where created_by = 'demo' order by id", Long.class);
		assertThat(ids).hasSize(2);
		Auction running = service.view(ids.get(0));
		Auction announced = service.view(ids.get(1));
		assertThat(running.bidCount()).isEqualTo(3);
		assertThat(running.hasReserve()).isTrue();
		assertThat(service.verify(running.id()).valid()).isTrue();
		assertThat(service.registrationsOf(running.id())).hasSize(2).allMatch(r -> r.depositConfirmed());
		assertThat(announced.bidCount()).isZero();
		assertThat(announced.startsAt()).isAfter(announced.announcedAt().plus(java.time.Duration.ofDays(7)).minusSeconds(1));
		long before = jdbc.queryForObject("select count(*) from auctions", Long.class);
		demo.run(new DefaultApplicationArguments());
		assertThat(jdbc.queryForObject("select count(*) from auctions", Long.class)).isEqualTo(before);
	}
}
