package org.opentechmarket.evaluation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.opentechmarket.evaluation.CriterionSpec;
import org.opentechmarket.evaluation.OpenReview;
import org.opentechmarket.evaluation.ReviewOutcome;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.ReviewVisibility;
import org.opentechmarket.evaluation.domain.DeclineReason;
import org.opentechmarket.evaluation.domain.Recommendation;
import org.opentechmarket.evaluation.domain.Review;
import org.opentechmarket.evaluation.domain.ReviewAssignment;
import org.opentechmarket.evaluation.domain.ReviewDraw;
import org.opentechmarket.evaluation.domain.ReviewService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Expert reviews over HTTP: administrators open, read, verify, close and publish; experts answer and score. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Expert reviews", description = "专家评审：抽取专家、回避、评分与公示")
class ReviewApiController {

	private final ReviewService service;

	ReviewApiController(ReviewService service) {
		this.service = service;
	}

	record OpenRequest(ReviewSubjectType subjectType, Long subjectId, Integer panelSize, List<CriterionSpec> criteria,
			LocalDate deadline, Boolean anonymous, ReviewVisibility visibility, BigDecimal passThreshold) {
	}

	record Subject(String type, long id, String title, String link) {
	}

	record PanelEntry(String username, String name, String organisation, String status, int round, int tier,
			BigDecimal score) {
	}

	record ReviewResponse(long id, long seed, Subject subject, String status, int panelSize, LocalDate deadline,
			boolean anonymous, ReviewVisibility visibility, BigDecimal passThreshold, List<PanelEntry> panel,
			BigDecimal score, ReviewOutcome outcome, String reasons) {
	}

	@PostMapping("/reviews")
	@Operation(summary = "Open a review and draw its panel (administrators). 404 unknown subject, 400 invalid request, "
			+ "409 too few eligible experts")
	ResponseEntity<ReviewResponse> open(@AuthenticationPrincipal CurrentUser user, @RequestBody OpenRequest body) {
		Review review = service.openReview(user, new OpenReview(body.subjectType(), body.subjectId(), body.panelSize(),
				body.criteria(), body.deadline(), body.anonymous(), body.visibility(), body.passThreshold()));
		return ResponseEntity.created(URI.create("/api/v1/reviews/" + review.getId())).body(response(service.load(review.getId())));
	}

	@GetMapping("/reviews/{id}")
	@Operation(summary = "A review with its subject, status and every panel member (declined and replacements included); "
			+ "administrators")
	ReviewResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return response(service.adminView(user, id));
	}

	record Verification(long reviewId, int round, long seed, int needed, List<String> recorded, List<String> recomputed,
			boolean matches) {
	}

	@GetMapping("/reviews/{id}/draws/{round}/verification")
	@Operation(summary = "Re-run a recorded draw from its stored seed and candidates and compare with the recorded panel")
	Verification verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int round) {
		ReviewService.Verification v = service.verify(user, id, round);
		return new Verification(v.reviewId(), v.round(), v.seed(), v.needed(), v.recorded(), v.recomputed(), v.matches());
	}

	@PostMapping("/reviews/{id}/close")
	@Operation(summary = "Close scoring (administrators; at least one review submitted)")
	ReviewResponse close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		service.close(user, id);
		return response(service.load(id));
	}

	record PublishRequest(ReviewOutcome outcome, String reasons) {
	}

	@PostMapping("/reviews/{id}/publish")
	@Operation(summary = "Publish the result with an outcome and reasons (administrators; review closed)")
	ReviewResponse publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody PublishRequest body) {
		service.publish(user, id, body.outcome(), body.reasons());
		return response(service.load(id));
	}

	// ------------------------------------------------------------------ experts

	record Assignment(long id, long reviewId, String subjectTitle, String status, LocalDate deadline,
			List<String> criteria) {
	}

	@GetMapping("/expert/assignments")
	@Operation(summary = "The caller's invitations and reviews")
	List<Assignment> mine(@AuthenticationPrincipal CurrentUser user) {
		return service.tasks(user)
			.stream()
			.map(t -> new Assignment(t.assignment().getId(), t.review().getId(), t.review().getSubjectTitle(),
					t.assignment().getStatus().name(), service.deadlineDay(t.review()),
					t.review().getCriteria().stream().map(c -> c.getName()).toList()))
			.toList();
	}

	record AcceptRequest(Boolean confirmNoConflict) {
	}

	@PostMapping("/expert/assignments/{id}/accept")
	@Operation(summary = "Accept an invitation; confirmNoConflict must be true (false declines with reason CONFLICT); "
			+ "recusal is checked again (409 when a conflict is found)")
	ResponseEntity<Void> accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) AcceptRequest body) {
		service.accept(user, id, body == null ? null : body.confirmNoConflict());
		return ResponseEntity.noContent().build();
	}

	record DeclineRequest(DeclineReason reason, String note) {
	}

	@PostMapping("/expert/assignments/{id}/decline")
	@Operation(summary = "Decline an invitation with a reason; a replacement is drawn")
	ResponseEntity<Void> decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody DeclineRequest body) {
		service.decline(user, id, body.reason(), body.note());
		return ResponseEntity.noContent().build();
	}

	record ScoreRequest(Map<String, Integer> scores, Recommendation recommendation, String comments) {
	}

	@PostMapping("/expert/assignments/{id}/scores")
	@Operation(summary = "Submit scores (0–100 per criterion), a recommendation and comments; panel members only")
	ResponseEntity<Void> score(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ScoreRequest body) {
		service.submit(user, id, body.scores(), body.recommendation(), body.comments());
		return ResponseEntity.noContent().build();
	}

	private ReviewResponse response(Review r) {
		List<ReviewDraw> draws = service.draws(r.getId());
		if (draws.isEmpty()) {
			throw DomainException.notFound("evaluation.review.notFound", r.getId());
		}
		List<PanelEntry> panel = service.panel(r.getId()).stream().map(ReviewApiController::entry).toList();
		return new ReviewResponse(r.getId(), draws.get(0).getSeed(),
				new Subject(r.getSubjectType().name(), r.getSubjectId(), r.getSubjectTitle(), r.getSubjectLink()),
				r.getStatus().name(), r.getPanelSize(), service.deadlineDay(r), r.isAnonymous(), r.getVisibility(),
				r.getPassThreshold(), panel, service.panelScore(r.getId()), r.getOutcome(), r.getReasons());
	}

	private static PanelEntry entry(ReviewAssignment a) {
		return new PanelEntry(a.getUsername(), a.getExpertName(), a.getOrganisationName(), a.getStatus().name(),
				a.getDrawRound(), a.getTier(), a.getWeightedScore());
	}
}
