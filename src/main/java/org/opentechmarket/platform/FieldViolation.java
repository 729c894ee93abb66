package org.opentechmarket.platform;

import java.util.List;

/**
 * One invalid field: the field path (e.g. {@code inventors[1].share}), a message code from the bundles and its arguments.
 * Forms, the API and imports all report validation through this one type.
 */
public record FieldViolation(String field, String code, List<Object> args) {

	public static FieldViolation of(String field, String code, Object... args) {
		return new FieldViolation(field, code, List.of(args));
	}

	public Object[] argsArray() {
		return args.toArray();
	}
}
