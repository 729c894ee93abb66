package org.opentechmarket.achievement.transfer;

import java.util.ArrayList;
import java.util.List;

/** A row read from a file: its number, the record (null when the row could not be read at all) and its errors so far. */
final class ParsedRow {

	private final int row;
	private final TransferRecord record;
	private final List<RowError> errors = new ArrayList<>();

	ParsedRow(int row, TransferRecord record, List<RowError> errors) {
		this.row = row;
		this.record = record;
		this.errors.addAll(errors);
	}

	int row() {
		return row;
	}

	TransferRecord record() {
		return record;
	}

	List<RowError> errors() {
		return errors;
	}

	boolean hasErrorOn(String field) {
		return errors.stream().anyMatch(e -> e.field().equals(field));
	}

	void error(String field, String code, Object... args) {
		errors.add(RowError.of(row, field, code, args));
	}
}
