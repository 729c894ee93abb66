package org.opentechmarket.auction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** Every auction rule is in application.yml under otm.trading.auction, with the defaults docs/configuration.md gives. */
class AuctionConfigurationTest {

	@Test
	void applicationYmlBindsEveryAuctionRule() throws Exception {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yml"));
		for (String key : List.of("minimum-notice", "minimum-duration", "extension-window", "extension", "deposit-share",
				"deposit-share-min", "deposit-share-max", "relist-window", "relist-max-cut", "commission-buyer-rate",
				"commission-seller-rate", "commission-max-rate", "winner-signing-days")) {
			assertThat(sources.get(0).containsProperty("otm.trading.auction." + key)).as(key).isTrue();
		}
		AuctionProperties rules = new Binder(ConfigurationPropertySources.from(sources.get(0)))
			.bind("otm.trading.auction", AuctionProperties.class).get();
		assertThat(rules.minimumNotice()).isEqualTo(Duration.ofDays(7));
		assertThat(rules.minimumDuration()).isEqualTo(Duration.ofDays(1));
		assertThat(rules.extensionWindow()).isEqualTo(Duration.ofMinutes(5));
		assertThat(rules.extension()).isEqualTo(Duration.ofMinutes(5));
		assertThat(rules.depositShare()).isEqualByComparingTo("0.10");
		assertThat(rules.relistMaxCut()).isEqualByComparingTo("0.20");
		assertThat(rules.relistWindow()).isEqualTo(Duration.ofDays(30));
		assertThat(rules.commissionMaxRate()).isEqualByComparingTo(new BigDecimal("0.05"));
		assertThat(rules.winnerSigningDays()).isEqualTo(10);
	}
}
