package org.opentechmarket.trading;

/** What a deposit secures: {@code kind} names the route ({@code auction}, {@code listing}, {@code tender}), {@code id} its record. */
public record DepositSubject(String kind, long id) {

	public DepositSubject {
		if (kind == null || !kind.matches("[a-z]{1,20}")) {
			throw new IllegalArgumentException("deposit subject kind: " + kind);
		}
	}
}
