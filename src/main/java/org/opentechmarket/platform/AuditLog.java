package org.opentechmarket.platform;

/** The audit trail of writes: who did what to which subject, when. Every module records its writes here. */
public interface AuditLog {

	void record(String action, String subjectType, Object subjectId, String details);
}
