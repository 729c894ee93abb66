package org.opentechmarket.platform.internal;

import java.time.Clock;

import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Audit entries are written in the caller's transaction, so a rolled-back write leaves no trace claiming it happened. */
@Service
class DatabaseAuditLog implements AuditLog {

	private final AuditEntries entries;
	private final Clock clock;

	DatabaseAuditLog(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String subjectType, Object subjectId, String details) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = "system";
		Long organisation = null;
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			username = user.getUsername();
			organisation = user.organisationId();
		}
		entries.save(new AuditEntry(clock.instant(), username, organisation, action, subjectType,
				subjectId == null ? null : subjectId.toString(), details));
	}
}
