package org.opentechmarket.institution.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.institution.SubjectKind;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;

/**
 * A complaint about an organisation or a broker. Never shown publicly: the subject may respond, an administrator
 * investigates and upholds or dismisses it; public pages only count upheld complaints.
 */
@Entity
@Table(name = "feedback_complaints")
public class Complaint {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_complaints_seq")
	@SequenceGenerator(name = "feedback_complaints_seq", sequenceName = "feedback_complaints_seq", allocationSize = 50)
	private Long id;
	@Enumerated(EnumType.STRING)
	private SubjectKind subjectKind;
	private long subjectId;
	private long subjectOrganisationId;
	private String subjectName;
	private long complainantUserId;
	private String complainantName;
	private int complaintYear;
	private String description;
	@Enumerated(EnumType.STRING)
	private ComplaintStatus status = ComplaintStatus.RECEIVED;
	private String response;
	private String respondedBy;
	private Instant respondedAt;
	private String decisionReason;
	private String decidedBy;
	private Instant decidedAt;
	private Instant createdAt;
	@Version
	private int version;

	protected Complaint() {
	}

	public Complaint(FeedbackSubject subject, long subjectOrganisationId, String subjectName, long complainantUserId,
			String complainantName, int year, String description, Clock clock) {
		this.subjectKind = subject.kind();
		this.subjectId = subject.id();
		this.subjectOrganisationId = subjectOrganisationId;
		this.subjectName = subjectName;
		this.complainantUserId = complainantUserId;
		this.complainantName = complainantName;
		this.complaintYear = year;
		this.description = description;
		this.createdAt = clock.instant();
	}

	/** The subject's side of the story, while the complaint is open. */
	public void respond(String text, String by, int maxLength, Clock clock) {
		if (!status.isOpen()) {
			throw DomainException.conflict("feedback.complaint.closed");
		}
		if (text == null || text.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("response", "validation.required")));
		}
		if (text.strip().length() > maxLength) {
			throw DomainException.invalid(List.of(FieldViolation.of("response", "validation.size.max", maxLength)));
		}
		this.response = text.strip();
		this.respondedBy = by;
		this.respondedAt = clock.instant();
	}

	/** An administrator's step (transitions in {@link ComplaintStatus}); a decision needs a reason. */
	public void moveTo(ComplaintStatus target, String reason, String admin, Clock clock) {
		if (target == null || !status.canMoveTo(target)) {
			throw DomainException.conflict("feedback.complaint.notAllowed", status, target);
		}
		if (target.isDecision()) {
			if (reason == null || reason.isBlank()) {
				throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.reasonRequired")));
			}
			this.decisionReason = reason.strip();
			this.decidedBy = admin;
			this.decidedAt = clock.instant();
		}
		this.status = target;
	}

	public FeedbackSubject subject() {
		return new FeedbackSubject(subjectKind, subjectId);
	}

	public Long getId() {
		return id;
	}

	public SubjectKind getSubjectKind() {
		return subjectKind;
	}

	public long getSubjectId() {
		return subjectId;
	}

	public long getSubjectOrganisationId() {
		return subjectOrganisationId;
	}

	public String getSubjectName() {
		return subjectName;
	}

	public long getComplainantUserId() {
		return complainantUserId;
	}

	public String getComplainantName() {
		return complainantName;
	}

	public int getComplaintYear() {
		return complaintYear;
	}

	public String getDescription() {
		return description;
	}

	public ComplaintStatus getStatus() {
		return status;
	}

	public String getResponse() {
		return response;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
