package org.opentechmarket.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files (evidence, signed documents, reports) of every module, on disk under {@code <data-dir>/evidence}; the database
 * keeps the returned key, type, size and SHA-256. The type is decided from the file's first bytes, not from what
 * the browser claims, and only the configured types and sizes are accepted.
 */
@Component
public class FileStore {

	private final Path root;
	private final long maxBytes;
	private final List<String> allowedTypes;

	public FileStore(PlatformProperties platform, @Value("${otm.evidence.max-bytes:20971520}") long maxBytes,
			@Value("${otm.evidence.allowed-types}") List<String> allowedTypes) {
		this.root = platform.dataPath("evidence");
		this.maxBytes = maxBytes;
		this.allowedTypes = allowedTypes;
	}

	public record Stored(String storageKey, String contentType, long size, String sha256) {
	}

	public Stored store(String fileName, long declaredSize, InputStream content) {
		if (declaredSize > maxBytes) {
			throw tooLarge();
		}
		try {
			Files.createDirectories(root);
			Path temp = Files.createTempFile(root, "upload", ".part");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(content, digest)) {
				size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
			}
			if (size > maxBytes) {
				Files.deleteIfExists(temp);
				throw tooLarge();
			}
			String type = sniff(temp, fileName);
			if (type == null || !allowedTypes.contains(type)) {
				Files.deleteIfExists(temp);
				throw DomainException.invalid(List.of(FieldViolation.of("file", "evidence.type.notAllowed")));
			}
			String key = UUID.randomUUID().toString();
			Path target = root.resolve(key.substring(0, 2)).resolve(key);
			Files.createDirectories(target.getParent());
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			return new Stored(key, type, size, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A file name fit to store and to send back in a header: no path, no control characters, at most 200 characters. */
	public static String safeFileName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll(".*[\\\\/]", "").replaceAll("[\\p{Cntrl}\"]", "_").strip();
		if (name.isEmpty()) {
			return "file";
		}
		if (name.length() > 200) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, 200 - extension.length()) + extension;
		}
		return name;
	}

	public void delete(String storageKey) {
		try {
			Files.deleteIfExists(path(storageKey));
		}
		catch (IOException e) {
			// an orphan file is harmless; the record is what counts
		}
	}

	public Path path(String storageKey) {
		if (!storageKey.matches("[0-9a-f-]{36}")) {
			throw DomainException.notFound("evidence.notFound", storageKey);
		}
		return root.resolve(storageKey.substring(0, 2)).resolve(storageKey);
	}

	private DomainException tooLarge() {
		return DomainException.invalid(List.of(FieldViolation.of("file", "evidence.size.tooLarge", maxBytes / 1024 / 1024)));
	}

	static String sniff(Path file, String fileName) throws IOException {
		byte[] head = new byte[8];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
			return "application/pdf";
		}
		if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
			return "image/png";
		}
		if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
			return lower.endsWith(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
					: "application/zip";
		}
		return null;
	}
}
