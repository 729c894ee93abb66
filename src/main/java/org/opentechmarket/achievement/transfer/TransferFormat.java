package org.opentechmarket.achievement.transfer;

import java.util.Locale;
import java.util.Optional;

/**
 * The exchange formats of achievements (domain/achievements.md §Data exchange): the platform's own JSON Lines and Excel
 * workbooks, both ways, and the listing format of the Zhejiang online technology market (中国浙江网上技术市场), import only.
 */
public enum TransferFormat {

	JSONL("jsonl", "application/x-ndjson", true),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
	ZJMARKET("jsonl", "application/x-ndjson", false);

	private final String extension;
	private final String contentType;
	private final boolean exportable;

	TransferFormat(String extension, String contentType, boolean exportable) {
		this.extension = extension;
		this.contentType = contentType;
		this.exportable = exportable;
	}

	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}

	public boolean exportable() {
		return exportable;
	}

	/** The lower-case name used on the command line, in URLs and in forms. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<TransferFormat> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		for (TransferFormat format : values()) {
			if (format.name().equalsIgnoreCase(value.strip())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** The platform's own format a file name suggests ({@code .jsonl}, {@code .xlsx}); never the market format. */
	public static Optional<TransferFormat> fromFileName(String fileName) {
		if (fileName == null) {
			return Optional.empty();
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx")) {
			return Optional.of(XLSX);
		}
		if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
			return Optional.of(JSONL);
		}
		return Optional.empty();
	}
}
