package org.opentechmarket.listing.tender;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;

import org.opentechmarket.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The master key that wraps every tender's data key (docs/architecture.md §Sealed tender offers). It never lives in the
 * database: it comes from {@code otm.trading.tender.master-key} (the environment variable OTM_TRADING_TENDER_MASTER_KEY, base64
 * of 32 bytes) or from a key file, by default {@code <data-dir>/secrets/tender-master.key}, which is generated (owner-only
 * permissions) at first start when absent. Losing it makes sealed offers unreadable; back it up apart from the database.
 */
@Component
public class MasterKey {

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

	private final SecretKey key;
	private final String id;

	@Autowired
	public MasterKey(TenderProperties properties, PlatformProperties platform) {
		this(load(properties, platform));
	}

	/** A given key (tests). */
	public MasterKey(SecretKey key) {
		this.key = key;
		this.id = idOf(key);
	}

	SecretKey key() {
		return key;
	}

	/** A short public fingerprint of the key (first 16 hex digits of its SHA-256), stored with each wrapped data key. */
	public String id() {
		return id;
	}

	static String idOf(SecretKey key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static SecretKey load(TenderProperties properties, PlatformProperties platform) {
		if (!properties.masterKey().isBlank()) {
			return decode(properties.masterKey(), "otm.trading.tender.master-key");
		}
		Path file = properties.masterKeyFile().isBlank() ? platform.dataPath("secrets").resolve("tender-master.key")
				: Path.of(properties.masterKeyFile());
		try {
			if (!Files.exists(file)) {
				generate(file);
			}
			String content = Files.readString(file, StandardCharsets.US_ASCII);
			for (int i = 0; content.isBlank() && i < 20; i++) {
				// another instance is writing the key it generated at the same moment
				Thread.sleep(50);
				content = Files.readString(file, StandardCharsets.US_ASCII);
			}
			return decode(content, file.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the tender master key " + file, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the tender master key", e);
		}
	}

	private static void generate(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		String encoded = Base64.getEncoder().encodeToString(SealedBox.newKey().getEncoded());
		try {
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException e) {
				Files.createFile(file);
			}
			Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
			log.warn("Generated the tender master key {}: back it up apart from the database; sealed offers cannot be read "
					+ "without it", file.toAbsolutePath());
		}
		catch (FileAlreadyExistsException e) {
			// another instance generated it at the same moment: use theirs
		}
	}

	private static SecretKey decode(String base64, String source) {
		try {
			return SealedBox.key(Base64.getDecoder().decode(base64.strip()));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(source + " must be the base64 of a 32-byte AES key", e);
		}
	}
}
