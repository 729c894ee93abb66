package org.opentechmarket.demand.transfer;

import java.util.Locale;
import java.util.Optional;

/** The file formats needs are imported from and exported to. */
public enum NeedFormat {
	/** One JSON object per line in the platform's own fields ({@link NeedRecords#FIELDS}). */
	JSONL,
	/** An Excel workbook: a header row naming the same fields, one need per row. */
	XLSX,
	/** The Zhejiang online technology market's needs file (../shared/data/zjmarket/needs.jsonl); import only. */
	ZJMARKET;

	public static Optional<NeedFormat> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
