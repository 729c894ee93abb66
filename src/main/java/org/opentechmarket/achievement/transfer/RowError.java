package org.opentechmarket.achievement.transfer;

import java.util.List;

import org.opentechmarket.platform.FieldViolation;

/**
 * One problem of an import: the row (line number of a JSON Lines file, row number of a worksheet; 0 for the file or the
 * request as a whole), the field and a message code with its arguments.
 */
public record RowError(int row, String field, String code, List<Object> args) {

	public RowError {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static RowError of(int row, String field, String code, Object... args) {
		return new RowError(row, field, code, List.of(args));
	}

	public static RowError of(int row, FieldViolation violation) {
		return new RowError(row, violation.field(), violation.code(), violation.args());
	}

	public Object[] argsArray() {
		return args.toArray();
	}

	/** {@code row 12: title}, or {@code file: format} for the file as a whole. */
	public String location() {
		return (row > 0 ? "row " + row : "file") + ": " + field;
	}

	public FieldViolation toViolation() {
		return new FieldViolation(location(), code, args);
	}
}
