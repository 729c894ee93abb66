package org.opentechmarket.subscription.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentechmarket.platform.PlatformProperties;
import org.opentechmarket.subscription.domain.SubscriptionProperties;

class UnsubscribeTokensTest {

	private static SubscriptionProperties properties(String secret) {
		return new SubscriptionProperties("08:00", Duration.ofDays(1), Duration.ofMinutes(5), Duration.ofSeconds(40), 1000, 20,
				10, 50, 200, 2, 5, secret);
	}

	private static PlatformProperties platform(Path dir) {
		return new PlatformProperties(dir, "off", new PlatformProperties.Admin("admin", ""));
	}

	@Test
	void aTokenNamesItsUserAndCannotBeForgedForAnother(@TempDir Path dir) {
		UnsubscribeTokens tokens = new UnsubscribeTokens(properties("a-secret-from-the-environment"), platform(dir));
		String token = tokens.tokenFor(42);
		assertThat(tokens.verify(token)).hasValue(42);
		String mac = token.substring(token.indexOf('.'));
		assertThat(tokens.verify("43" + mac)).isEmpty();
		assertThat(tokens.verify(token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"))).isEmpty();
		assertThat(tokens.verify(null)).isEmpty();
		assertThat(tokens.verify("garbage")).isEmpty();
		assertThat(tokens.verify("42.%%%")).isEmpty();
		// another key, another token
		assertThat(new UnsubscribeTokens(properties("another"), platform(dir)).verify(token)).isEmpty();
		// no key file when the secret is configured
		assertThat(dir.resolve("secrets")).doesNotExist();
	}

	@Test
	void withoutAConfiguredSecretAKeyIsGeneratedOnceIntoTheDataDirectory(@TempDir Path dir) throws Exception {
		UnsubscribeTokens first = new UnsubscribeTokens(properties(""), platform(dir));
		String token = first.tokenFor(7);
		Path key = dir.resolve("secrets").resolve("unsubscribe.key");
		assertThat(key).exists();
		assertThat(Files.getPosixFilePermissions(key)).containsOnly(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		// after a restart the same key is read, so mailed links keep working
		assertThat(new UnsubscribeTokens(properties(" "), platform(dir)).verify(token)).hasValue(7);
		try (var files = Files.list(dir.resolve("secrets"))) {
			assertThat(files.count()).isEqualTo(1);
		}
	}
}
