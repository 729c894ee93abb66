package org.opentechmarket.evaluation.domain;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.opentechmarket.evaluation.CollaborationRecords;
import org.opentechmarket.evaluation.OpenReview;
import org.opentechmarket.evaluation.PersonRef;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.evaluation.ReviewPublished;
import org.opentechmarket.evaluation.ReviewSubject;
import org.opentechmarket.evaluation.ReviewSubjectProvider;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewSummary;
import org.opentechmarket.evaluation.ReviewVisibility;
import org.opentechmarket.evaluation.Reviews;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expert reviews: opening with an automatic panel draw, invitations and answers (with recusal re-checked on acceptance and
 * replacements drawn for declines and expired invitations), scoring, aggregation, publication, and the scheduled jobs.
 */
@Service
public class ReviewService implements Reviews {

	private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

	private final ReviewRepository reviews;
	private final AssignmentRepository assignments;
	private final DrawRepository draws;
	private final ExpertPool pool;
	private final List<ReviewSubjectProvider> providers;
	private final List<CollaborationRecords> collaborations;
	private final UserAccounts users;
	private final Inbox inbox;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final EvaluationProperties properties;
	private final CodeTables codes;
	private final Clock clock;
	private final TransactionTemplate tx;
	private final SecureRandom seeds = new SecureRandom();

	public ReviewService(ReviewRepository reviews, AssignmentRepository assignments, DrawRepository draws, ExpertPool pool,
			List<ReviewSubjectProvider> providers, List<CollaborationRecords> collaborations, UserAccounts users, Inbox inbox,
			AuditLog audit, ApplicationEventPublisher events, EvaluationProperties properties, CodeTables codes, Clock clock,
			TransactionTemplate tx) {
		this.reviews = reviews;
		this.assignments = assignments;
		this.draws = draws;
		this.pool = pool;
		this.providers = providers;
		this.collaborations = collaborations;
		this.users = users;
		this.inbox = inbox;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.codes = codes;
		this.clock = clock;
		this.tx = tx;
	}

	// ------------------------------------------------------------------ subjects and recusal

	public ReviewSubject subject(ReviewSubjectType type, long id) {
		return providers.stream()
			.filter(p -> p.type() == type)
			.findFirst()
			.flatMap(p -> p.find(id))
			.orElseThrow(() -> DomainException.notFound("evaluation.subject.notFound", type == null ? "" : type.name(), id));
	}

	private CollaborationRecords collaborationRecords() {
		return (person, since) -> collaborations.stream()
			.flatMap(c -> c.coInventorsOf(person, since).stream())
			.collect(Collectors.toSet());
	}

	private RecusalRules rules() {
		return new RecusalRules(properties.recusal().formerEmployerYears(), properties.recusal().coInventorYears());
	}

	// ------------------------------------------------------------------ opening a review

	@Override
	@Transactional
	public ReviewSummary open(CurrentUser admin, OpenReview request) {
		Review review = openReview(admin, request);
		return summary(review, admin);
	}

	@Transactional
	public Review openReview(CurrentUser admin, OpenReview request) {
		ExpertPool.requireAdmin(admin);
		List<FieldViolation> v = new ArrayList<>();
		if (request.subjectType() == null) {
			v.add(FieldViolation.of("subjectType", "evaluation.subjectType.required"));
		}
		if (request.subjectId() == null) {
			v.add(FieldViolation.of("subjectId", "evaluation.subjectId.required"));
		}
		if (request.panelSize() == null || request.panelSize() < 1 || request.panelSize() > properties.panelSizeMax()) {
			v.add(FieldViolation.of("panelSize", "evaluation.panelSize.range", 1, properties.panelSizeMax()));
		}
		List<Criterion> criteria = new ArrayList<>();
		if (request.criteria() != null && !request.criteria().isEmpty()) {
			Set<String> names = new HashSet<>();
			for (int i = 0; i < request.criteria().size(); i++) {
				var c = request.criteria().get(i);
				String name = c.name() == null ? "" : c.name().strip();
				if (name.isEmpty() || name.length() > 60) {
					v.add(FieldViolation.of("criteria[" + i + "].name", "evaluation.criterion.name", 60));
				}
				else if (!names.add(name)) {
					v.add(FieldViolation.of("criteria[" + i + "].name", "evaluation.criterion.duplicate", name));
				}
				if (c.weight() == null || c.weight().signum() <= 0 || c.weight().compareTo(BigDecimal.valueOf(1000)) > 0) {
					v.add(FieldViolation.of("criteria[" + i + "].weight", "evaluation.criterion.weight"));
				}
				criteria.add(new Criterion(name, c.weight()));
			}
		}
		LocalDate today = LocalDate.now(clock);
		if (request.deadline() != null && request.deadline().isBefore(today)) {
			v.add(FieldViolation.of("deadline", "evaluation.deadline.past"));
		}
		if (request.passThreshold() != null && (request.passThreshold().signum() < 0
				|| request.passThreshold().compareTo(BigDecimal.valueOf(100)) > 0)) {
			v.add(FieldViolation.of("passThreshold", "evaluation.passThreshold.range"));
		}
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		ReviewSubject subject = subject(request.subjectType(), request.subjectId());
		if (criteria.isEmpty()) {
			criteria = properties.defaultCriteria(request.subjectType());
		}
		LocalDate deadlineDay = request.deadline() != null ? request.deadline() : today.plusDays(properties.deadlineDays());
		Instant deadline = deadlineDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		Review review = reviews.save(new Review(subject.type(), subject.id(), subject.title(), subject.link(),
				request.panelSize(), criteria, deadline,
				request.anonymous() != null ? request.anonymous() : properties.anonymous(),
				request.visibility() != null ? request.visibility() : properties.visibility(),
				request.passThreshold() != null ? request.passThreshold() : properties.passThreshold(),
				subject.readerOrganisationIds(), admin.getUsername(), clock));
		DrawOutcome outcome = drawSeats(review, subject, request.panelSize(), "INITIAL");
		if (outcome.draw().getPicks().size() < request.panelSize()) {
			// rolls the whole opening back: a review is never opened with a short panel
			throw DomainException.conflict("evaluation.draw.tooFew", request.panelSize(), outcome.draw().getCandidates().size(),
					outcome.excludedExperts(), outcome.poolSize());
		}
		audit.record("evaluation.review.open", "review", review.getId(),
				subject.type() + " " + subject.id() + " panel " + request.panelSize() + " seed " + outcome.draw().getSeed());
		return review;
	}

	record DrawOutcome(ReviewDraw draw, int poolSize, int excludedExperts) {
	}

	/** Draws {@code needed} experts, records the draw and invites them. Round = the next round of this review. */
	private DrawOutcome drawSeats(Review review, ReviewSubject subject, int needed, String reason) {
		LocalDate today = LocalDate.now(clock);
		List<ReviewAssignment> existing = assignments.findByReviewIdOrderById(review.getId());
		Set<Long> onPanel = existing.stream().map(ReviewAssignment::getExpertUserId).collect(Collectors.toSet());
		Map<Long, Integer> load = new HashMap<>();
		for (Object[] row : assignments.invitationsSince(clock.instant().minus(properties.loadWindowDays(), ChronoUnit.DAYS))) {
			load.put((Long) row[0], ((Number) row[1]).intValue());
		}
		Set<String> subjectRoots = subject.disciplineCodes().stream().map(ReviewService::disciplineRoot)
			.collect(Collectors.toSet());
		Set<String> subjectSections = subject.industryCodes().stream().map(c -> codes.industries().root(c))
			.filter(s -> s != null).collect(Collectors.toSet());
		List<ExpertPool.Member> members = pool.members();
		Map<Long, ExpertPool.Member> byId = new HashMap<>();
		List<PanelPlanner.PoolExpert> experts = new ArrayList<>();
		for (ExpertPool.Member m : members) {
			long id = m.user().id();
			byId.put(id, m);
			experts.add(new PanelPlanner.PoolExpert(pool.facts(m.user(), m.profile()), m.user().getUsername(),
					m.profile().getStatus(), m.user().isEnabled(), m.profile().isAvailable(today),
					m.profile().getUnavailableUntil(), onPanel.contains(id), tier(m.profile(), subjectRoots, subjectSections),
					load.getOrDefault(id, 0)));
		}
		PanelPlanner.Plan plan = PanelPlanner.plan(experts, subject, rules(), collaborationRecords(), today);
		List<ReviewDraw.DrawCandidate> candidates = plan.candidates();
		List<ReviewDraw.DrawExclusion> exclusions = plan.exclusions();
		long seed = PanelDraw.newSeed(seeds);
		int round = draws.findByReviewIdOrderByRound(review.getId()).size();
		List<Long> picks = PanelDraw.draw(seed, plan.snapshot(), needed);
		ReviewDraw draw = draws.save(new ReviewDraw(review.getId(), round, seed, needed, clock.instant(), reason, candidates,
				exclusions, picks));
		Instant responseDue = clock.instant().plus(properties.invitationResponseDays(), ChronoUnit.DAYS);
		Map<Long, Integer> tiers = candidates.stream()
			.collect(Collectors.toMap(ReviewDraw.DrawCandidate::getExpertUserId, ReviewDraw.DrawCandidate::getTier));
		for (Long pick : picks) {
			ExpertPool.Member m = byId.get(pick);
			assignments.save(new ReviewAssignment(review.getId(), pick, m.user().getUsername(), m.profile().getRealName(),
					m.profile().getTitle(), m.user().organisationName(), round, tiers.get(pick), responseDue, clock));
			inbox.deliver(pick, "evaluation.inbox.invited", List.of(review.getSubjectTitle(), day(responseDue)), "/expert");
		}
		return new DrawOutcome(draw, members.size(), plan.excludedExperts());
	}

	static String disciplineRoot(String code) {
		return code == null ? "" : code.length() <= 3 ? code : code.substring(0, 3);
	}

	private int tier(ExpertProfile p, Set<String> subjectRoots, Set<String> subjectSections) {
		if (p.getDisciplines().stream().map(ReviewService::disciplineRoot).anyMatch(subjectRoots::contains)) {
			return 1;
		}
		if (p.getIndustries().stream().map(c -> codes.industries().root(c)).anyMatch(subjectSections::contains)) {
			return 2;
		}
		return 3;
	}

	private String day(Instant instant) {
		return LocalDate.ofInstant(instant, clock.getZone()).toString();
	}

	/** The last day for scores (the deadline is the start of the next day). */
	public LocalDate deadlineDay(Review review) {
		return LocalDate.ofInstant(review.getDeadline().minusSeconds(1), clock.getZone());
	}

	/** Draws one replacement after a decline or an expired invitation; a shortfall is recorded and reported, not thrown. */
	private void replace(Review review, ReviewAssignment left, String reason) {
		ReviewSubject subject;
		try {
			subject = subject(review.getSubjectType(), review.getSubjectId());
		}
		catch (DomainException e) {
			log.warn("Review {}: subject {} {} is gone, no replacement drawn", review.getId(), review.getSubjectType(),
					review.getSubjectId());
			return;
		}
		DrawOutcome outcome = drawSeats(review, subject, 1, reason);
		Optional<Long> creator = users.loadUser(review.getCreatedBy()).map(CurrentUser::id);
		if (outcome.draw().getPicks().isEmpty()) {
			audit.record("evaluation.draw.short", "review", review.getId(), "round " + outcome.draw().getRound());
			creator.ifPresent(id -> inbox.deliver(id, "evaluation.inbox.noReplacement",
					List.of(left.getUsername(), review.getSubjectTitle()), "/admin/expert-reviews/" + review.getId()));
		}
		else {
			String replacement = outcome.draw().usernameOf(outcome.draw().getPicks().get(0));
			audit.record("evaluation.draw.replacement", "review", review.getId(),
					"round " + outcome.draw().getRound() + " seed " + outcome.draw().getSeed() + " " + replacement);
			creator.ifPresent(id -> inbox.deliver(id, "evaluation.inbox.replacement",
					List.of(left.getUsername(), review.getSubjectTitle(), replacement),
					"/admin/expert-reviews/" + review.getId()));
		}
	}

	// ------------------------------------------------------------------ the expert's answers and scores

	private ReviewAssignment ownAssignment(CurrentUser user, long assignmentId) {
		ReviewAssignment a = assignments.findById(assignmentId)
			.orElseThrow(() -> DomainException.notFound("evaluation.assignment.notFound", assignmentId));
		if (user == null || a.getExpertUserId() != user.id()) {
			// not theirs: as if it did not exist
			throw DomainException.notFound("evaluation.assignment.notFound", assignmentId);
		}
		return a;
	}

	private Review lockOpen(long reviewId) {
		Review review = reviews.findByIdForUpdate(reviewId)
			.orElseThrow(() -> DomainException.notFound("evaluation.review.notFound", reviewId));
		if (!review.isOpen()) {
			throw DomainException.conflict("evaluation.review.notOpen", review.getStatus().name());
		}
		return review;
	}

	/**
	 * Accepts an invitation. {@code confirmNoConflict} null = not answered (400); false = the expert will not confirm, which
	 * declines with reason CONFLICT. Recusal is re-checked: a conflict found now declines too and answers 409 after saving.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void accept(CurrentUser user, long assignmentId, Boolean confirmNoConflict) {
		if (confirmNoConflict == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("confirmNoConflict", "evaluation.accept.confirmRequired")));
		}
		if (!confirmNoConflict) {
			tx.executeWithoutResult(status -> doDecline(user, assignmentId, DeclineReason.CONFLICT, null));
			return;
		}
		List<Exclusion> found = tx.execute(status -> {
			ReviewAssignment a = ownAssignment(user, assignmentId);
			Review review = lockOpen(a.getReviewId());
			ReviewSubject subject = subject(review.getSubjectType(), review.getSubjectId());
			ExpertProfile profile = pool.own(user);
			List<Exclusion> conflicts = rules().check(pool.facts(user, profile), subject, collaborationRecords(),
					LocalDate.now(clock));
			if (!conflicts.isEmpty()) {
				a.decline(DeclineReason.CONFLICT, conflicts.stream().map(e -> e.rule() + " " + e.detail())
					.collect(Collectors.joining("; ")), clock);
				audit.record("evaluation.assignment.recused", "review", review.getId(), user.getUsername() + " "
						+ conflicts.get(0).rule());
				replace(review, a, "RECUSED");
				return conflicts;
			}
			a.accept(true, clock);
			audit.record("evaluation.assignment.accept", "review", review.getId(), user.getUsername());
			return List.of();
		});
		if (found != null && !found.isEmpty()) {
			throw DomainException.conflict("evaluation.accept.recused",
					found.stream().map(e -> e.rule().name()).collect(Collectors.joining(", ")));
		}
	}

	@Transactional
	public void decline(CurrentUser user, long assignmentId, DeclineReason reason, String note) {
		doDecline(user, assignmentId, reason, note);
	}

	private void doDecline(CurrentUser user, long assignmentId, DeclineReason reason, String note) {
		ReviewAssignment a = ownAssignment(user, assignmentId);
		Review review = lockOpen(a.getReviewId());
		a.decline(reason, note, clock);
		pool.record(user.id(), IntegrityType.DECLINED, review.getId(), reason.name() + (a.getDeclineNote() == null ? ""
				: ": " + a.getDeclineNote()), user.getUsername());
		audit.record("evaluation.assignment.decline", "review", review.getId(), user.getUsername() + " " + reason);
		replace(review, a, "DECLINED");
	}

	@Transactional
	public void submit(CurrentUser user, long assignmentId, Map<String, Integer> scores, Recommendation recommendation,
			String comments) {
		ReviewAssignment a = ownAssignment(user, assignmentId);
		Review review = lockOpen(a.getReviewId());
		if (a.getStatus() == AssignmentStatus.INVITED) {
			throw DomainException.conflict("evaluation.submit.acceptFirst");
		}
		if (a.getStatus() != AssignmentStatus.ACCEPTED) {
			throw DomainException.conflict("evaluation.assignment.transition", a.getStatus().name(),
					AssignmentStatus.SUBMITTED.name());
		}
		List<FieldViolation> v = new ArrayList<>();
		Map<String, Integer> clean = new LinkedHashMap<>();
		List<Criterion> criteria = review.getCriteria();
		for (int i = 0; i < criteria.size(); i++) {
			Integer s = scores == null ? null : scores.get(criteria.get(i).getName());
			if (s == null || s < 0 || s > 100) {
				v.add(FieldViolation.of("scores[" + i + "]", "evaluation.score.range", criteria.get(i).getName()));
			}
			else {
				clean.put(criteria.get(i).getName(), s);
			}
		}
		if (recommendation == null) {
			v.add(FieldViolation.of("recommendation", "evaluation.recommendation.required"));
		}
		if (comments == null || comments.isBlank()) {
			v.add(FieldViolation.of("comments", "evaluation.comments.required"));
		}
		else if (comments.length() > 5000) {
			v.add(FieldViolation.of("comments", "evaluation.comments.tooLong", 5000));
		}
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		a.submit(clean, Aggregation.reviewerScore(criteria, clean), recommendation, comments, clock);
		if (!a.isLate()) {
			pool.record(user.id(), IntegrityType.COMPLETED, review.getId(), null, user.getUsername());
		}
		audit.record("evaluation.assignment.submit", "review", review.getId(), user.getUsername() + " " + a.getWeightedScore());
		List<ReviewAssignment> panel = assignments.findByReviewIdOrderById(review.getId());
		boolean pending = panel.stream().anyMatch(x -> x.getStatus() == AssignmentStatus.INVITED
				|| x.getStatus() == AssignmentStatus.ACCEPTED);
		long submitted = panel.stream().filter(x -> x.getStatus() == AssignmentStatus.SUBMITTED).count();
		if (!pending && submitted >= review.getPanelSize()) {
			review.close(clock);
			audit.record("evaluation.review.close", "review", review.getId(), "all scores in");
		}
	}

	// ------------------------------------------------------------------ administrators

	@Transactional
	public void close(CurrentUser admin, long reviewId) {
		ExpertPool.requireAdmin(admin);
		Review review = lockOpen(reviewId);
		List<ReviewAssignment> panel = assignments.findByReviewIdOrderById(reviewId);
		if (panel.stream().noneMatch(a -> a.getStatus() == AssignmentStatus.SUBMITTED)) {
			throw DomainException.conflict("evaluation.close.noScores");
		}
		for (ReviewAssignment a : panel) {
			if (a.getStatus() == AssignmentStatus.INVITED || a.getStatus() == AssignmentStatus.ACCEPTED) {
				a.withdraw();
			}
		}
		review.close(clock);
		audit.record("evaluation.review.close", "review", reviewId, admin.getUsername());
	}

	@Transactional
	public void publish(CurrentUser admin, long reviewId, ReviewOutcome outcome, String reasons) {
		ExpertPool.requireAdmin(admin);
		Review review = reviews.findByIdForUpdate(reviewId)
			.orElseThrow(() -> DomainException.notFound("evaluation.review.notFound", reviewId));
		if (review.getStatus() == ReviewStatus.OPEN) {
			throw DomainException.conflict("evaluation.publish.notClosed");
		}
		BigDecimal score = panelScore(reviewId);
		review.publish(outcome, reasons, score, admin.getUsername(), clock);
		audit.record("evaluation.review.publish", "review", reviewId, outcome + " " + score);
		Set<Long> notify = new LinkedHashSet<>();
		if (review.getVisibility() != ReviewVisibility.PRIVATE) {
			for (Long org : review.getReaderOrganisationIds()) {
				users.members(org).forEach(u -> notify.add(u.id()));
			}
		}
		assignments.findByReviewIdOrderById(reviewId)
			.stream()
			.filter(a -> a.getStatus() == AssignmentStatus.SUBMITTED)
			.forEach(a -> notify.add(a.getExpertUserId()));
		for (Long userId : notify) {
			inbox.deliver(userId, "evaluation.inbox.published." + outcome.name(), List.of(review.getSubjectTitle()),
					"/reviews/" + reviewId);
		}
		events.publishEvent(new ReviewPublished(reviewId, review.getSubjectType(), review.getSubjectId(), outcome, score));
	}

	@Transactional
	public void cancel(CurrentUser admin, long reviewId, String reason) {
		ExpertPool.requireAdmin(admin);
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "evaluation.cancel.reasonRequired")));
		}
		Review review = reviews.findByIdForUpdate(reviewId)
			.orElseThrow(() -> DomainException.notFound("evaluation.review.notFound", reviewId));
		review.cancel(clock);
		for (ReviewAssignment a : assignments.findByReviewIdOrderById(reviewId)) {
			if (a.getStatus() == AssignmentStatus.INVITED || a.getStatus() == AssignmentStatus.ACCEPTED) {
				a.withdraw();
				inbox.deliver(a.getExpertUserId(), "evaluation.inbox.cancelled", List.of(review.getSubjectTitle()), "/expert");
			}
		}
		audit.record("evaluation.review.cancel", "review", reviewId, reason.strip());
	}

	public BigDecimal panelScore(long reviewId) {
		return Aggregation.panelScore(submittedScores(reviewId), properties.trimmedMeanMinimum());
	}

	public boolean trimmed(long reviewId) {
		return Aggregation.trimmed(submittedScores(reviewId).size(), properties.trimmedMeanMinimum());
	}

	private List<BigDecimal> submittedScores(long reviewId) {
		return assignments.findByReviewIdOrderById(reviewId)
			.stream()
			.filter(a -> a.getStatus() == AssignmentStatus.SUBMITTED)
			.map(ReviewAssignment::getWeightedScore)
			.toList();
	}

	/** Re-runs a recorded draw from its stored seed and candidates. */
	public record Verification(long reviewId, int round, long seed, int needed, List<String> recorded,
			List<String> recomputed, boolean matches) {
	}

	public Verification verify(CurrentUser admin, long reviewId, int round) {
		ExpertPool.requireAdmin(admin);
		ReviewDraw draw = draws.findByReviewIdAndRound(reviewId, round)
			.orElseThrow(() -> DomainException.notFound("evaluation.draw.notFound", reviewId, round));
		List<Long> again = PanelDraw.draw(draw.getSeed(), draw.snapshot(), draw.getNeeded());
		audit.record("evaluation.draw.verify", "review", reviewId, "round " + round + (again.equals(draw.getPicks())
				? " matches" : " DIFFERS"));
		return new Verification(reviewId, round, draw.getSeed(), draw.getNeeded(),
				draw.getPicks().stream().map(draw::usernameOf).toList(), again.stream().map(draw::usernameOf).toList(),
				again.equals(draw.getPicks()));
	}

	// ------------------------------------------------------------------ reading

	public Review load(long reviewId) {
		return reviews.findById(reviewId).orElseThrow(() -> DomainException.notFound("evaluation.review.notFound", reviewId));
	}

	public Review adminView(CurrentUser admin, long reviewId) {
		ExpertPool.requireAdmin(admin);
		return load(reviewId);
	}

	public List<ReviewAssignment> panel(long reviewId) {
		return assignments.findByReviewIdOrderById(reviewId);
	}

	public List<ReviewDraw> draws(long reviewId) {
		return draws.findByReviewIdOrderByRound(reviewId);
	}

	public List<Review> recent(CurrentUser admin) {
		ExpertPool.requireAdmin(admin);
		return reviews.findTop200ByOrderByCreatedAtDesc();
	}

	/** Published public reviews, for the public board. */
	public List<Review> publicBoard() {
		return reviews.findByStatusAndVisibilityOrderByPublishedAtDesc(ReviewStatus.PUBLISHED, ReviewVisibility.PUBLIC);
	}

	/** May the viewer open the reader page (status always; results once published)? */
	public boolean mayRead(CurrentUser viewer, Review review) {
		if (viewer == null) {
			return false;
		}
		if (viewer.isAdmin()) {
			return true;
		}
		if (review.getStatus() == ReviewStatus.CANCELLED) {
			return false;
		}
		boolean reader = review.getVisibility() != ReviewVisibility.PRIVATE
				&& review.getReaderOrganisationIds().contains(viewer.organisationId());
		boolean publicResult = review.getVisibility() == ReviewVisibility.PUBLIC && review.getStatus() == ReviewStatus.PUBLISHED;
		boolean panelist = review.getStatus() == ReviewStatus.PUBLISHED && assignments.findByReviewIdOrderById(review.getId())
			.stream()
			.anyMatch(a -> a.getExpertUserId() == viewer.id() && a.getStatus() == AssignmentStatus.SUBMITTED);
		return reader || publicResult || panelist;
	}

	public Review readable(CurrentUser viewer, long reviewId) {
		Review review = reviews.findById(reviewId).orElse(null);
		if (review == null || !mayRead(viewer, review)) {
			throw DomainException.notFound("evaluation.review.notFound", reviewId);
		}
		return review;
	}

	@Override
	public Optional<ReviewSummary> find(long reviewId, CurrentUser viewer) {
		return reviews.findById(reviewId).filter(r -> mayRead(viewer, r)).map(r -> summary(r, viewer));
	}

	@Override
	public List<ReviewSummary> forSubject(ReviewSubjectType type, long subjectId, CurrentUser viewer) {
		if (viewer == null) {
			return List.of();
		}
		return reviews.findBySubjectTypeAndSubjectIdOrderByCreatedAtDesc(type, subjectId)
			.stream()
			.filter(r -> mayRead(viewer, r))
			.map(r -> summary(r, viewer))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean onPanel(ReviewSubjectType type, long subjectId, CurrentUser user) {
		if (user == null) {
			return false;
		}
		return reviews.findBySubjectTypeAndSubjectIdOrderByCreatedAtDesc(type, subjectId)
			.stream()
			.filter(r -> r.getStatus() != ReviewStatus.CANCELLED)
			.anyMatch(r -> assignments.findByReviewIdOrderById(r.getId())
				.stream()
				.anyMatch(a -> a.getExpertUserId() == user.id() && a.getStatus().holdsSeat()));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean seatedOnPanel(ReviewSubjectType type, long subjectId, long userId) {
		return reviews.findBySubjectTypeAndSubjectIdOrderByCreatedAtDesc(type, subjectId)
			.stream()
			.filter(r -> r.getStatus() != ReviewStatus.CANCELLED)
			.flatMap(r -> assignments.findByReviewIdOrderById(r.getId()).stream())
			.anyMatch(a -> a.getExpertUserId() == userId && (a.getStatus() == AssignmentStatus.ACCEPTED
					|| a.getStatus() == AssignmentStatus.SUBMITTED));
	}

	private ReviewSummary summary(Review r, CurrentUser viewer) {
		boolean results = r.getStatus() == ReviewStatus.PUBLISHED;
		String link = viewer != null && viewer.isAdmin() ? "/admin/expert-reviews/" + r.getId() : "/reviews/" + r.getId();
		return new ReviewSummary(r.getId(), r.getSubjectType(), r.getSubjectId(), r.getStatus().name(), r.getDeadline(),
				results ? r.getOutcome() : null, results ? r.getScore() : null, link);
	}

	/** An expert's work: each assignment with its review, newest first. */
	public record Task(ReviewAssignment assignment, Review review) {
	}

	public List<Task> tasks(CurrentUser expert) {
		List<ReviewAssignment> mine = assignments.findByExpertUserIdOrderByIdDesc(expert.id());
		Map<Long, Review> byId = reviews.findByIdIn(mine.stream().map(ReviewAssignment::getReviewId).toList())
			.stream()
			.collect(Collectors.toMap(Review::getId, r -> r));
		return mine.stream().filter(a -> byId.containsKey(a.getReviewId()))
			.map(a -> new Task(a, byId.get(a.getReviewId())))
			.sorted(Comparator.comparing((Task t) -> t.review().getDeadline()))
			.toList();
	}

	public Task task(CurrentUser expert, long assignmentId) {
		ReviewAssignment a = ownAssignment(expert, assignmentId);
		return new Task(a, load(a.getReviewId()));
	}

	// ------------------------------------------------------------------ scheduled jobs (idempotent, one transaction each)

	/** Invitations unanswered past their response time expire; a replacement is drawn for each. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int expireInvitations() {
		List<Long> due = tx.execute(s -> assignments
			.findByStatusAndResponseDueLessThanEqual(AssignmentStatus.INVITED, clock.instant())
			.stream()
			.map(ReviewAssignment::getId)
			.toList());
		int done = 0;
		for (Long id : due) {
			try {
				Boolean expired = tx.execute(s -> {
					ReviewAssignment a = assignments.findById(id).orElse(null);
					if (a == null || a.getStatus() != AssignmentStatus.INVITED) {
						return false;
					}
					Review review = reviews.findByIdForUpdate(a.getReviewId()).orElse(null);
					a.expire(clock);
					pool.record(a.getExpertUserId(), IntegrityType.NO_RESPONSE, a.getReviewId(), null, "system");
					audit.record("evaluation.assignment.expire", "review", a.getReviewId(), a.getUsername());
					if (review != null && review.isOpen()) {
						replace(review, a, "EXPIRED");
					}
					return true;
				});
				if (Boolean.TRUE.equals(expired)) {
					done++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Could not expire invitation {}: {}", id, e.getMessage());
			}
		}
		return done;
	}

	/** One reminder per accepted, unscored assignment once the deadline is within {@code reminder-before}. */
	@Transactional
	public int sendReminders() {
		Instant now = clock.instant();
		int sent = 0;
		for (ReviewAssignment a : assignments.findByStatusIn(List.of(AssignmentStatus.ACCEPTED))) {
			if (a.getRemindedAt() != null) {
				continue;
			}
			Review review = reviews.findById(a.getReviewId()).orElse(null);
			if (review == null || !review.isOpen() || !now.isBefore(review.getDeadline())
					|| now.isBefore(review.getDeadline().minus(properties.reminderBefore()))) {
				continue;
			}
			a.reminded(clock);
			inbox.deliver(a.getExpertUserId(), "evaluation.inbox.reminder",
					List.of(review.getSubjectTitle(), deadlineDay(review).toString()), "/expert/assignments/" + a.getId());
			sent++;
		}
		return sent;
	}

	/** Accepted assignments still unscored after the deadline get a LATE integrity entry, once. */
	@Transactional
	public int recordLateness() {
		Instant now = clock.instant();
		int late = 0;
		for (ReviewAssignment a : assignments.findByStatusIn(List.of(AssignmentStatus.ACCEPTED))) {
			if (a.isLate()) {
				continue;
			}
			Review review = reviews.findById(a.getReviewId()).orElse(null);
			if (review == null || !review.isOpen() || now.isBefore(review.getDeadline())) {
				continue;
			}
			a.markLate();
			pool.record(a.getExpertUserId(), IntegrityType.LATE, review.getId(), null, "system");
			inbox.deliver(a.getExpertUserId(), "evaluation.inbox.late", List.of(review.getSubjectTitle()),
					"/expert/assignments/" + a.getId());
			audit.record("evaluation.assignment.late", "review", review.getId(), a.getUsername());
			late++;
		}
		return late;
	}

	ZoneId zone() {
		return clock.getZone();
	}
}
