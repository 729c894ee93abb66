package org.opentechmarket.auction.domain;

import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The bid desk gets database connections of its own ({@code otm.trading.auction.desk-connections}, default 2), so that bids
 * are never queued behind the rest of the application for a connection: with hundreds of concurrent requests, each of which
 * borrows a connection to load its user, a shared pool would make every bid wait its turn. The desk's transactions are plain
 * JDBC (no JPA), on a transaction manager of that pool. With 0, or a data source that is not a Hikari pool, the desk shares
 * the application's pool.
 */
@Configuration(proxyBeanMethods = false)
class BidDeskConfiguration {

	@Bean(destroyMethod = "stop")
	BidDesk bidDesk(DataSource dataSource, AuctionRecords auctions, BidderRegistrations registrations, BidLog bids, Clock clock,
			PlatformTransactionManager transactions, ObjectProvider<AuctionUpdates> listeners, AuctionProperties rules,
			ObjectProvider<MeterRegistry> meters) {
		BidDesk desk = desk(dataSource, auctions, registrations, bids, clock, transactions, listeners, rules);
		meters.ifAvailable(desk::measuredBy);
		return desk;
	}

	private static BidDesk desk(DataSource dataSource, AuctionRecords auctions, BidderRegistrations registrations,
			BidLog bids, Clock clock, PlatformTransactionManager transactions, ObjectProvider<AuctionUpdates> listeners,
			AuctionProperties rules) {
		if (rules.deskConnections() == 0 || !(dataSource instanceof HikariDataSource shared)) {
			return new BidDesk(auctions, registrations, bids, clock, transactions, listeners, rules);
		}
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(shared.getJdbcUrl());
		config.setUsername(shared.getUsername());
		config.setPassword(shared.getPassword());
		config.setMaximumPoolSize(rules.deskConnections());
		config.setMinimumIdle(rules.deskConnections());
		config.setPoolName("otm-bid-desk");
		HikariDataSource own = new DeskDataSource(config);
		JdbcClient jdbc = JdbcClient.create(own);
		return new BidDesk(new AuctionRecords(jdbc), new BidderRegistrations(jdbc), new BidLog(jdbc, new JdbcTemplate(own)),
				clock, new DataSourceTransactionManager(own), listeners, rules) {
			@Override
			public void stop() {
				super.stop();
				own.close();
			}
		};
	}

	/** The desk's own pool (a subclass only to be told apart in heap dumps and logs). */
	static final class DeskDataSource extends HikariDataSource {

		DeskDataSource(HikariConfig config) {
			super(config);
		}
	}
}
