package org.opentechmarket.demand.transfer;

import java.util.List;

import org.opentechmarket.platform.FieldViolation;

/**
 * The outcome of an import: all rows written, or none (then {@code errors} lists each problem with its row: the line of a
 * JSON Lines file or the row of a worksheet, 0 for the file as a whole). Skipped rows are blank listings.
 */
public record ImportReport(int rows, int created, int updated, int skipped, List<RowProblem> errors) {

	/** One problem: row, field, message code and arguments. */
	public record RowProblem(int row, String field, String code, List<Object> args) {

		static RowProblem of(int row, FieldViolation v) {
			return new RowProblem(row, v.field(), v.code(), v.args());
		}

		static RowProblem of(int row, String field, String code, Object... args) {
			return new RowProblem(row, field, code, List.of(args));
		}

		public Object[] argsArray() {
			return args.toArray();
		}
	}

	public boolean accepted() {
		return errors.isEmpty();
	}
}
