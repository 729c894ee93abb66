package org.opentechmarket.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one Spring context every integration test shares: the whole platform on a real port, on an embedded PostgreSQL in
 * {@code <build directory>/test-data} (demo data on), with a {@link MutableClock}. Sharing one context matters: two contexts would open
 * the same Lucene index twice. Tests must tolerate data that other tests created (use unique names).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "otm.data-dir=${otm.test-data-dir:target/test-data}", "otm.demo=on", "otm.scheduling.enabled=false", "otm.embedded.durable=false",
				"otm.admin.password=admin-test-password", "logging.level.org.opentechmarket=warn" })
@AutoConfigureMockMvc
@Import(PlatformTest.TestClockConfiguration.class)
public @interface PlatformTest {

	@TestConfiguration(proxyBeanMethods = false)
	class TestClockConfiguration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Clock.systemUTC().instant(), ZoneId.of("Asia/Shanghai"));
		}
	}
}
