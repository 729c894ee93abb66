package org.opentechmarket.subscription.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's mail identity under {@code otm.mail}; the SMTP server itself is {@code spring.mail.*} (no host: no mail).
 *
 * @param from sender address of digests
 * @param baseUrl the platform's public address, for links in mails (they are read outside the platform)
 */
@ConfigurationProperties("otm.mail")
public record PushMailProperties(@DefaultValue("开放技术市场 <no-reply@localhost>") String from,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	public String link(String path) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return base + path;
	}
}
