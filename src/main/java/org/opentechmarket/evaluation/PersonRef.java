package org.opentechmarket.evaluation;

/** A person as review subjects and collaboration records know them: name and organisation name (no personal data). */
public record PersonRef(String name, String organisationName) {

	/** Same person: same name and same organisation name, ignoring surrounding blanks and letter case. */
	public boolean sameAs(PersonRef other) {
		return other != null && same(name, other.name) && same(organisationName, other.organisationName);
	}

	public static boolean same(String a, String b) {
		return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
	}
}
