package org.opentechmarket.subscription.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.opentechmarket.platform.PlatformProperties;
import org.opentechmarket.subscription.domain.SubscriptionProperties;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe tokens, so the link in a mail works without signing in and cannot be forged for someone else:
 * {@code <userId>.<HMAC-SHA256(key, "otm-unsubscribe:v1:" + userId), base64url>}. The key is
 * {@code otm.subscription.unsubscribe-secret} (set it, e.g. via OTM_SUBSCRIPTION_UNSUBSCRIBE_SECRET, when several servers
 * send mail), else 32 random bytes generated at first use into {@code <data-dir>/secrets/unsubscribe.key} (owner-only
 * permissions) and kept there. Changing the key invalidates the links already mailed.
 */
@Component
public class UnsubscribeTokens {

	private static final String PURPOSE = "otm-unsubscribe:v1:";

	private final SubscriptionProperties properties;
	private final PlatformProperties platform;
	private volatile byte[] key;

	UnsubscribeTokens(SubscriptionProperties properties, PlatformProperties platform) {
		this.properties = properties;
		this.platform = platform;
	}

	public String tokenFor(long userId) {
		return userId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(userId));
	}

	/** The user a token was made for; empty when it was not made with this key. */
	public OptionalLong verify(String token) {
		if (token == null) {
			return OptionalLong.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot > 19) {
			return OptionalLong.empty();
		}
		try {
			long userId = Long.parseLong(token.substring(0, dot));
			byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			return MessageDigest.isEqual(given, mac(userId)) ? OptionalLong.of(userId) : OptionalLong.empty();
		}
		catch (IllegalArgumentException e) {
			return OptionalLong.empty();
		}
	}

	private byte[] mac(long userId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal((PURPOSE + userId).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

	private byte[] key() {
		byte[] k = key;
		if (k == null) {
			synchronized (this) {
				if (key == null) {
					String configured = properties.unsubscribeSecret();
					key = configured != null && !configured.isBlank() ? configured.getBytes(StandardCharsets.UTF_8)
							: stored(platform.dataPath("secrets").resolve("unsubscribe.key"));
				}
				k = key;
			}
		}
		return k;
	}

	/** The key in this file, generated when the file does not exist yet (two processes racing read the winner's). */
	static byte[] stored(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				// written whole under another name first, so nobody ever reads a half-written key
				Path temp = Files.createTempFile(file.getParent(), "unsubscribe", ".tmp");
				try {
					try {
						Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
					}
					catch (UnsupportedOperationException e) {
						// not a POSIX file system: the data directory's own permissions protect it
					}
					Files.writeString(temp, Base64.getEncoder().encodeToString(fresh) + "\n");
					Files.move(temp, file);
				}
				catch (FileAlreadyExistsException e) {
					// another process wrote it first: use theirs
				}
				finally {
					Files.deleteIfExists(temp);
				}
			}
			return Base64.getDecoder().decode(Files.readString(file).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the unsubscribe key " + file, e);
		}
	}
}
