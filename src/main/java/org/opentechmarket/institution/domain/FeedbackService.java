package org.opentechmarket.institution.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.institution.Feedback;
import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.institution.FeedbackSummary;
import org.opentechmarket.institution.SubjectKind;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ratings and complaints with moderation, for organisations in the directories and for brokers. */
@Service
@Transactional
public class FeedbackService implements Feedback {

	static final String COMPLAINTS_PAGE = "/feedback/complaints";

	private final Ratings ratings;
	private final Complaints complaints;
	private final InstitutionRegistry registry;
	private final UserAccounts users;
	private final Inbox inbox;
	private final AuditLog audit;
	private final InstitutionProperties properties;
	private final Clock clock;

	FeedbackService(Ratings ratings, Complaints complaints, InstitutionRegistry registry, UserAccounts users, Inbox inbox,
			AuditLog audit, InstitutionProperties properties, Clock clock) {
		this.ratings = ratings;
		this.complaints = complaints;
		this.registry = registry;
		this.users = users;
		this.inbox = inbox;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Who the subject is: its organisation, a display name, who answers for it, where its public page is. */
	public record SubjectInfo(FeedbackSubject subject, long organisationId, String name, List<Long> responders,
			String link) {
	}

	// --- the published figures

	@Override
	@Transactional(readOnly = true)
	public FeedbackSummary summary(FeedbackSubject subject, Year year) {
		List<Rating> approved = ratings.findBySubjectKindAndSubjectIdAndRatingYearAndStatus(subject.kind(), subject.id(),
				year.getValue(), RatingStatus.APPROVED);
		long upheld = complaints.countBySubjectKindAndSubjectIdAndComplaintYearAndStatus(subject.kind(), subject.id(),
				year.getValue(), ComplaintStatus.UPHELD);
		return new FeedbackSummary(subject, year, approved.size(), average(approved), upheld);
	}

	/** All years together, for the public profile. */
	@Transactional(readOnly = true)
	public Overall overall(FeedbackSubject subject) {
		List<Rating> approved = ratings.findBySubjectKindAndSubjectIdAndStatusOrderByCreatedAtDesc(subject.kind(),
				subject.id(), RatingStatus.APPROVED);
		long upheld = complaints.countBySubjectKindAndSubjectIdAndStatus(subject.kind(), subject.id(),
				ComplaintStatus.UPHELD);
		return new Overall(approved.size(), average(approved), upheld, approved);
	}

	public record Overall(long ratings, BigDecimal averageRating, long upheldComplaints, List<Rating> published) {
	}

	static BigDecimal average(List<Rating> approved) {
		if (approved.isEmpty()) {
			return null;
		}
		long sum = approved.stream().mapToLong(Rating::getScore).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(approved.size()), 2, RoundingMode.HALF_UP);
	}

	/** Approved ratings of every subject of the kind in the year: subject id → ratings. */
	@Transactional(readOnly = true)
	public Map<Long, List<Rating>> approvedByOrganisation(int year) {
		Map<Long, List<Rating>> bySubject = new LinkedHashMap<>();
		for (Rating r : ratings.findBySubjectKindAndRatingYearAndStatus(SubjectKind.ORGANISATION, year,
				RatingStatus.APPROVED)) {
			bySubject.computeIfAbsent(r.getSubjectId(), k -> new ArrayList<>()).add(r);
		}
		return bySubject;
	}

	// --- subjects

	/** A listed directory organisation or an enabled broker; 404 otherwise. */
	@Transactional(readOnly = true)
	public SubjectInfo subject(FeedbackSubject subject) {
		if (subject.kind() == SubjectKind.ORGANISATION) {
			InstitutionProfile profile = registry.listedByOrganisation(subject.id())
				.orElseThrow(() -> DomainException.notFound("feedback.subject.notFound"));
			List<Long> admins = users.members(subject.id())
				.stream()
				.filter(u -> u.has(Role.ORG_ADMIN))
				.map(CurrentUser::id)
				.toList();
			return new SubjectInfo(subject, subject.id(), profile.getName(), admins,
					"/" + profile.getKind().path() + "/" + profile.getId());
		}
		CurrentUser broker = users.findUser(subject.id())
			.filter(u -> u.has(Role.BROKER) && u.isEnabled())
			.orElseThrow(() -> DomainException.notFound("feedback.subject.notFound"));
		return new SubjectInfo(subject, broker.organisationId(), broker.displayName(), List.of(broker.id()),
				"/brokers/" + broker.id());
	}

	// --- ratings

	public Rating rate(CurrentUser rater, FeedbackSubject subject, Integer score, String comment) {
		if (rater == null) {
			throw DomainException.forbidden();
		}
		SubjectInfo info = subject(subject);
		int year = Year.now(clock).getValue();
		boolean already = ratings.existsBySubjectKindAndSubjectIdAndRaterUserIdAndRatingYearAndStatusNot(subject.kind(),
				subject.id(), rater.id(), year, RatingStatus.REJECTED);
		List<FieldViolation> violations = RatingRules.check(rater, subject, info.organisationId(), score, comment, already,
				properties.commentMaxLength());
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		Rating rating = ratings.save(new Rating(subject, info.organisationId(), info.name(), rater.id(),
				rater.organisationId(), rater.organisationName(), year, score, comment.strip(), clock));
		audit.record("feedback.rate", "feedback_rating", rating.getId(),
				subject.kind() + " " + subject.id() + " score " + score);
		return rating;
	}

	@Transactional(readOnly = true)
	public List<Rating> pendingRatings(CurrentUser admin) {
		requireAdmin(admin);
		return ratings.findByStatusOrderByCreatedAtAsc(RatingStatus.PENDING);
	}

	public void approve(CurrentUser admin, long ratingId) {
		requireAdmin(admin);
		Rating rating = rating(ratingId);
		rating.approve(admin.getUsername(), clock);
		audit.record("feedback.rating.approve", "feedback_rating", ratingId, rating.getSubjectName());
	}

	public void reject(CurrentUser admin, long ratingId, String reason) {
		requireAdmin(admin);
		Rating rating = rating(ratingId);
		rating.reject(reason, admin.getUsername(), clock);
		audit.record("feedback.rating.reject", "feedback_rating", ratingId, rating.getDecisionReason());
	}

	private Rating rating(long id) {
		return ratings.findById(id).orElseThrow(() -> DomainException.notFound("feedback.rating.notFound", id));
	}

	// --- complaints

	public Complaint complain(CurrentUser complainant, FeedbackSubject subject, String description) {
		if (complainant == null) {
			throw DomainException.forbidden();
		}
		SubjectInfo info = subject(subject);
		List<FieldViolation> violations = new ArrayList<>();
		if ((subject.kind() == SubjectKind.BROKER && subject.id() == complainant.id())
				|| (subject.kind() == SubjectKind.ORGANISATION && complainant.belongsTo(subject.id()))) {
			violations.add(FieldViolation.of("subject", "feedback.complaint.own"));
		}
		String text = description == null ? "" : description.strip();
		if (text.length() < properties.complaintMinLength()) {
			violations.add(FieldViolation.of("description", "feedback.complaint.tooShort", properties.complaintMinLength()));
		}
		else if (text.length() > properties.complaintMaxLength()) {
			violations.add(FieldViolation.of("description", "validation.size.max", properties.complaintMaxLength()));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		Complaint complaint = complaints.save(new Complaint(subject, info.organisationId(), info.name(), complainant.id(),
				complainant.displayName(), Year.now(clock).getValue(), text, clock));
		for (long responder : info.responders()) {
			inbox.deliver(responder, "feedback.inbox.complaintReceived", List.of(info.name()), COMPLAINTS_PAGE);
		}
		audit.record("feedback.complain", "feedback_complaint", complaint.getId(), subject.kind() + " " + subject.id());
		return complaint;
	}

	/** Complaints the user filed, and complaints against them (brokers) or their organisation (its administrators). */
	@Transactional(readOnly = true)
	public MyComplaints complaintsOf(CurrentUser user) {
		List<Complaint> filed = complaints.findByComplainantUserIdOrderByCreatedAtDesc(user.id());
		List<Complaint> against = new ArrayList<>();
		if (user.has(Role.BROKER)) {
			against.addAll(complaints.findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(SubjectKind.BROKER, user.id()));
		}
		if (user.has(Role.ORG_ADMIN)) {
			against.addAll(complaints.findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(SubjectKind.ORGANISATION,
					user.organisationId()));
		}
		return new MyComplaints(filed, against);
	}

	public record MyComplaints(List<Complaint> filed, List<Complaint> against) {
	}

	public void respond(CurrentUser user, long complaintId, String text) {
		Complaint complaint = complaints.findById(complaintId)
			.filter(c -> mayRespond(user, c))
			.orElseThrow(() -> DomainException.notFound("feedback.complaint.notFound", complaintId));
		complaint.respond(text, user.getUsername(), properties.complaintMaxLength(), clock);
		audit.record("feedback.complaint.respond", "feedback_complaint", complaintId, user.getUsername());
	}

	static boolean mayRespond(CurrentUser user, Complaint complaint) {
		if (user == null) {
			return false;
		}
		return complaint.getSubjectKind() == SubjectKind.BROKER ? complaint.getSubjectId() == user.id()
				: user.has(Role.ORG_ADMIN) && user.belongsTo(complaint.getSubjectId());
	}

	@Transactional(readOnly = true)
	public List<Complaint> openComplaints(CurrentUser admin) {
		requireAdmin(admin);
		return complaints.findByStatusInOrderByCreatedAtAsc(EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.INVESTIGATING));
	}

	public void moveComplaint(CurrentUser admin, long complaintId, ComplaintStatus target, String reason) {
		requireAdmin(admin);
		Complaint complaint = complaints.findById(complaintId)
			.orElseThrow(() -> DomainException.notFound("feedback.complaint.notFound", complaintId));
		ComplaintStatus from = complaint.getStatus();
		complaint.moveTo(target, reason, admin.getUsername(), clock);
		if (target.isDecision()) {
			inbox.deliver(complaint.getComplainantUserId(),
					target == ComplaintStatus.UPHELD ? "feedback.inbox.complaintUpheld" : "feedback.inbox.complaintDismissed",
					List.of(complaint.getSubjectName(), complaint.getDecisionReason()), COMPLAINTS_PAGE);
		}
		audit.record("feedback.complaint.status", "feedback_complaint", complaintId,
				from + " → " + target + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
	}

	private static void requireAdmin(CurrentUser actor) {
		if (actor == null || !actor.isAdmin()) {
			throw DomainException.forbidden();
		}
	}
}
