package org.opentechmarket.platform;

import java.util.List;

/**
 * A business rule said no. Carries a message code (resolved in the user's language) and the kind of refusal, which the web
 * layer maps to an HTTP status (400, 403, 404, 409) and an RFC 9457 problem.
 */
public class DomainException extends RuntimeException {

	public enum Kind {
		INVALID, FORBIDDEN, NOT_FOUND, CONFLICT
	}

	private final Kind kind;
	private final String code;
	private final transient Object[] args;
	private final List<FieldViolation> violations;

	public DomainException(Kind kind, String code, Object... args) {
		this(kind, code, List.of(), args);
	}

	private DomainException(Kind kind, String code, List<FieldViolation> violations, Object... args) {
		super(code);
		this.kind = kind;
		this.code = code;
		this.args = args;
		this.violations = List.copyOf(violations);
	}

	public static DomainException invalid(List<FieldViolation> violations) {
		return new DomainException(Kind.INVALID, "error.validation", violations);
	}

	public static DomainException invalid(String code, Object... args) {
		return new DomainException(Kind.INVALID, code, args);
	}

	public static DomainException forbidden() {
		return new DomainException(Kind.FORBIDDEN, "error.forbidden");
	}

	public static DomainException forbidden(String code, Object... args) {
		return new DomainException(Kind.FORBIDDEN, code, args);
	}

	public static DomainException notFound(String code, Object... args) {
		return new DomainException(Kind.NOT_FOUND, code, args);
	}

	public static DomainException conflict(String code, Object... args) {
		return new DomainException(Kind.CONFLICT, code, args);
	}

	public Kind kind() {
		return kind;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args;
	}

	public List<FieldViolation> violations() {
		return violations;
	}
}
