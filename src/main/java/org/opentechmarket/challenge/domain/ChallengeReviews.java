package org.opentechmarket.challenge.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.evaluation.CriterionSpec;
import org.opentechmarket.evaluation.OpenReview;
import org.opentechmarket.evaluation.ReviewPublished;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewSummary;
import org.opentechmarket.evaluation.ReviewVisibility;
import org.opentechmarket.evaluation.Reviews;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenge applications under expert review, through the {@code evaluation} module ({@link ChallengeReviewSubjects} tells it
 * what an application is). Reviews are opened by administrators once the window has closed, one per active application, with
 * the call's criteria, weights and anonymity, and results readable by the parties only (applicant and poster); published
 * results are recorded on the application from {@link ReviewPublished}.
 */
@Component
public class ChallengeReviews {

	private final ChallengeRepository challenges;
	private final ApplicationRepository applications;
	private final Reviews reviews;
	private final ChallengeWindows windows;
	private final ChallengeNotices notices;
	private final ChallengeProperties properties;
	private final AuditLog audit;
	private final Clock clock;

	public ChallengeReviews(ChallengeRepository challenges, ApplicationRepository applications, Reviews reviews,
			ChallengeWindows windows, ChallengeNotices notices, ChallengeProperties properties, AuditLog audit, Clock clock) {
		this.challenges = challenges;
		this.applications = applications;
		this.reviews = reviews;
		this.windows = windows;
		this.notices = notices;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ opening

	/** What opening the reviews did: the applications now under review and their review ids. */
	public record Opened(List<Long> applicationIds, List<Long> reviewIds) {
	}

	/**
	 * Opens one expert review per active application that has none (or whose review was cancelled), all or none: when the
	 * pool cannot seat a panel for one of them, nothing is opened. Administrators only; the window must have closed.
	 *
	 * @param panelSize experts per proposal (null: {@code otm.challenge.panel-size})
	 * @param deadline last day for scores (null: the review service's default)
	 */
	@Transactional
	public Opened open(CurrentUser admin, long challengeId, Integer panelSize, LocalDate deadline) {
		ChallengeService.requireAdmin(admin);
		windows.advance(challengeId);
		Challenge c = challenges.findByIdForUpdate(challengeId).orElseThrow(() -> ChallengeService.notFound(challengeId));
		if (c.getStatus() != ChallengeStatus.REVIEWING) {
			throw DomainException.conflict("challenge.review.notReviewing", c.getStatus().name());
		}
		if (panelSize != null && panelSize < 1) {
			throw DomainException.invalid(List.of(FieldViolation.of("panelSize", "challenge.review.panelSize")));
		}
		List<ChallengeApplication> due = new ArrayList<>();
		for (ChallengeApplication a : applications.findByChallengeIdOrderBySubmittedAtAsc(challengeId)) {
			if (a.getStatus() == ApplicationStatus.SUBMITTED || (a.getStatus() == ApplicationStatus.UNDER_REVIEW
					&& reviewCancelled(admin, a))) {
				due.add(a);
			}
		}
		if (due.isEmpty()) {
			throw DomainException.conflict("challenge.review.nothingToOpen");
		}
		List<CriterionSpec> criteria = c.getCriteria()
			.stream()
			.map(x -> new CriterionSpec(x.getName(), x.getWeight()))
			.toList();
		int panel = panelSize != null ? panelSize : properties.panelSize();
		List<Long> opened = new ArrayList<>();
		for (ChallengeApplication a : due) {
			ReviewSummary review = reviews.open(admin, new OpenReview(ReviewSubjectType.CHALLENGE_APPLICATION, a.getId(),
					panel, criteria.isEmpty() ? null : criteria, deadline, c.isAnonymousReview(), ReviewVisibility.PARTIES,
					null));
			a.underReview(review.id(), clock);
			opened.add(review.id());
			audit.record("challenge.review.open", "challenge", challengeId,
					"application " + a.getId() + " review " + review.id() + " panel " + panel);
			notices.send(notices.applicantSide(a), "challenge.inbox.reviewOpened", List.of(c.getTitle()),
					ChallengeNotices.application(a));
		}
		notices.send(notices.posterSide(c), "challenge.inbox.reviewsOpened", List.of(c.getTitle(),
				String.valueOf(opened.size())), ChallengeNotices.manage(c));
		return new Opened(due.stream().map(ChallengeApplication::getId).toList(), opened);
	}

	private boolean reviewCancelled(CurrentUser admin, ChallengeApplication a) {
		return a.getReviewId() == null || reviews.find(a.getReviewId(), admin)
			.map(r -> "CANCELLED".equals(r.status()))
			.orElse(true);
	}

	/** The application's current review as the viewer may see it (status, and once published the score and outcome). */
	@Transactional(readOnly = true)
	public Optional<ReviewSummary> reviewOf(ChallengeApplication a, CurrentUser viewer) {
		return a.getReviewId() == null ? Optional.empty() : reviews.find(a.getReviewId(), viewer);
	}

	// ------------------------------------------------------------------ results

	/**
	 * Records a published review's panel score and outcome on its application (idempotent: a result already recorded, or of a
	 * review that is no longer the application's, changes nothing) and tells the poster once every proposal has its result.
	 */
	@EventListener
	@Transactional
	public void on(ReviewPublished event) {
		if (event.subjectType() != ReviewSubjectType.CHALLENGE_APPLICATION) {
			return;
		}
		ChallengeApplication a = applications.findById(event.subjectId()).orElse(null);
		if (a == null || !a.reviewed(event.reviewId(), event.score(), event.outcome(), clock)) {
			return;
		}
		audit.record("challenge.review.result", "challenge", a.getChallengeId(),
				"application " + a.getId() + " " + event.outcome() + " " + event.score());
		Challenge c = challenges.findById(a.getChallengeId()).orElse(null);
		if (c == null || c.getStatus() != ChallengeStatus.REVIEWING) {
			return;
		}
		applications.flush();
		boolean allIn = applications.findByChallengeIdOrderBySubmittedAtAsc(c.getId())
			.stream()
			.filter(x -> x.getStatus().isActive())
			.allMatch(x -> x.getStatus() == ApplicationStatus.REVIEWED);
		if (allIn) {
			notices.send(notices.posterSide(c), "challenge.inbox.readyToAward", List.of(c.getTitle()),
					ChallengeNotices.manage(c));
		}
	}
}
