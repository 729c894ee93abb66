package org.opentechmarket.matching.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.Matcher;
import org.opentechmarket.matching.NeedMatch;
import org.opentechmarket.matching.domain.MatchFeedbackService;
import org.opentechmarket.matching.domain.MatchFeedback;
import org.opentechmarket.matching.domain.MatchViews;
import org.opentechmarket.matching.domain.ShownOn;
import org.opentechmarket.matching.domain.Verdict;
import org.opentechmarket.matching.internal.NeedQueries;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching of stored needs and achievements for signed-in users: a need's ranked, explained achievements (for those who may
 * see the need's matches), an achievement's likely needs, and feedback on a match. Errors are RFC 9457 problem details.
 */
@RestController
@Tag(name = "Matching")
class MatchesApiController {

	static final int MAX_SIZE = 50;

	private final Matcher matcher;
	private final MatchViews views;
	private final MatchFeedbackService feedback;

	MatchesApiController(Matcher matcher, MatchViews views, MatchFeedbackService feedback) {
		this.matcher = matcher;
		this.views = views;
		this.feedback = feedback;
	}

	/** @param strongFound whether any match reaches the strong-match threshold */
	record NeedMatchesResponse(long needId, List<Match> matches, double strongThreshold, boolean strongFound) {
	}

	@GetMapping(path = "/api/v1/matching/needs/{needId}", produces = "application/json")
	@Operation(summary = "Ranked, explained published achievements for a stored need",
			description = "Matches of a public need for every signed-in user; of any other need only for its owner "
					+ "organisation, whoever manages it, attached brokers and administrators (404 for everyone else).")
	@ApiResponse(responseCode = "404", description = "no such need, or its matches are not visible to the caller",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	NeedMatchesResponse needMatches(@AuthenticationPrincipal CurrentUser user, @PathVariable long needId,
			@Parameter(description = "how many matches, 1–50") @RequestParam(defaultValue = "20") int size) {
		NeedSummary need = views.visibleNeed(user, needId);
		List<Match> matches = matcher.match(NeedQueries.of(need), clamp(size));
		return new NeedMatchesResponse(needId, matches, matcher.strongMatchThreshold(),
				matches.stream().anyMatch(Match::strong));
	}

	@GetMapping(path = "/api/v1/matching/achievements/{achievementId}/needs", produces = "application/json")
	@Operation(summary = "Open needs most likely to want a published achievement",
			description = "Ranked by the score of the need → achievement pair, so a pair scores the same in both directions.")
	@ApiResponse(responseCode = "404", description = "the achievement is not published",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	List<NeedMatch> achievementNeeds(@PathVariable long achievementId,
			@Parameter(description = "how many needs, 1–50") @RequestParam(defaultValue = "10") int size) {
		views.requirePublished(achievementId);
		return matcher.matchNeeds(achievementId, clamp(size));
	}

	/** A query sent to {@code POST /api/v1/matching/needs} (instead of a stored need). */
	record QueryText(String title, String description) {
	}

	/**
	 * @param needId the stored need, or null with {@code query}
	 * @param verdict USEFUL or NOT_USEFUL
	 * @param shownOn NEED_PAGE (default for needs), ACHIEVEMENT_PAGE, BROKER_PAIRS; API for queries
	 */
	record FeedbackRequest(Long needId, QueryText query, Long achievementId, Verdict verdict, ShownOn shownOn) {
	}

	record FeedbackResponse(long id, String subject, Long needId, long achievementId, Verdict verdict, Double score,
			Boolean strong, Integer rank, ShownOn shownOn, Instant judgedAt) {
	}

	@PostMapping(path = "/api/v1/matching/feedback", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Mark a match useful or not useful",
			description = "One verdict per user and pair (need or query, achievement); sending another changes it. The "
					+ "score and rank stored are the match's at this moment, computed by the server.")
	@ApiResponse(responseCode = "400", description = "verdict, achievement or need/query missing",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "the achievement is not published, or the need's matches are not visible",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	FeedbackResponse judge(@AuthenticationPrincipal CurrentUser user, @RequestBody FeedbackRequest request) {
		if (request == null) {
			throw DomainException.invalid("matching.feedback.invalid");
		}
		MatchFeedback f = feedback.judge(user, new MatchFeedbackService.Judgement(request.needId(),
				request.query() == null ? null : request.query().title(),
				request.query() == null ? null : request.query().description(), request.achievementId(), request.verdict(),
				request.shownOn()));
		return new FeedbackResponse(f.getId(), f.getSubject(), f.getNeedId(), f.getAchievementId(), f.getVerdict(),
				f.getScore(), f.getStrong(), f.getShownRank(), f.getShownOn(), f.getUpdatedAt());
	}

	private static int clamp(int size) {
		return Math.max(1, Math.min(size, MAX_SIZE));
	}
}
