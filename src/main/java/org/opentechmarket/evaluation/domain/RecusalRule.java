package org.opentechmarket.evaluation.domain;

/**
 * Why an expert may not review a subject (回避, domain/people.md §Expert pool). The codes are shown to administrators; the
 * eligibility codes after the recusal rules (not active, unavailable, already on the panel) are recorded the same way.
 */
public enum RecusalRule {
	/** The expert's current organisation is a party. */
	SAME_ORGANISATION,
	/** The expert is one of the subject's persons (same name, same organisation — current or past employer). */
	INVENTOR_OR_APPLICANT,
	/** The expert worked at a party organisation within {@code otm.evaluation.recusal.former-employer-years}. */
	FORMER_EMPLOYER,
	/** The expert declared a conflict with a party organisation or a subject person. */
	DECLARED_CONFLICT,
	/** The expert was a co-inventor of a subject person within {@code otm.evaluation.recusal.co-inventor-years}. */
	CO_INVENTOR,
	/** Eligibility, not recusal: the expert's status is not ACTIVE or the account is disabled. */
	NOT_ACTIVE,
	/** Eligibility: the expert marked themselves unavailable. */
	UNAVAILABLE,
	/** Eligibility: the expert already was on this review (invited, declined, expired or serving). */
	ON_PANEL;

	public boolean isRecusal() {
		return ordinal() <= CO_INVENTOR.ordinal();
	}
}
