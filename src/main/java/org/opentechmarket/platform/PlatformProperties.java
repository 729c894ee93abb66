package org.opentechmarket.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-cutting settings under {@code otm.*}. Feature modules keep their own policy numbers in their own properties classes.
 *
 * @param dataDir where the embedded PostgreSQL cluster, the search index and uploaded files live
 * @param demo {@code auto} (demo data with the embedded database only), {@code on} or {@code off}
 */
@ConfigurationProperties("otm")
public record PlatformProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("auto") String demo,
		@DefaultValue Admin admin) {

	/**
	 * @param username the first administrator's user name
	 * @param password from {@code OTM_ADMIN_PASSWORD}; when blank a password is generated and printed once
	 */
	public record Admin(@DefaultValue("admin") String username, @DefaultValue("") String password) {
	}

	public Path dataPath(String child) {
		return dataDir.resolve(child);
	}
}
