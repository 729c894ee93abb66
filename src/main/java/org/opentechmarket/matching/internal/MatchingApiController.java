package org.opentechmarket.matching.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.matching.Match;
import org.opentechmarket.matching.Matcher;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching for signed-in users (the need pages and push come with the demand module): a need's text and codes → ranked,
 * explained published achievements; an achievement → similar ones. Only published achievements are ever returned.
 */
@RestController
@Tag(name = "Matching")
class MatchingApiController {

	static final int MAX_SIZE = 50;

	private final Matcher matcher;
	private final Achievements achievements;

	MatchingApiController(Matcher matcher, Achievements achievements) {
		this.matcher = matcher;
		this.achievements = achievements;
	}

	/** A need as posted to the API; budget in 万元. */
	record NeedRequest(String title, String description, List<String> keywords, String industryCode, String disciplineCode,
			String regionCode, Integer wantedTrl, BigDecimal budgetMin, BigDecimal budgetMax, LocalDate postedOn) {
	}

	/** @param strongFound whether any match reaches the strong-match threshold */
	record MatchResponse(List<Match> matches, double strongThreshold, boolean strongFound) {
	}

	@PostMapping(path = "/api/v1/matching/needs", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Ranked, explained published achievements for a need (not stored)")
	MatchResponse match(@RequestBody NeedRequest need, @RequestParam(defaultValue = "10") int size) {
		if (need.title() == null || need.title().isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("title", "validation.required")));
		}
		List<Match> matches = matcher.match(new NeedQuery(need.title(), need.description(), need.keywords(),
				need.industryCode(), need.disciplineCode(), need.regionCode(), need.wantedTrl(), need.budgetMin(),
				need.budgetMax(), need.postedOn()), clamp(size));
		return new MatchResponse(matches, matcher.strongMatchThreshold(), matches.stream().anyMatch(Match::strong));
	}

	@GetMapping(path = "/api/v1/matching/similar/{achievementId}", produces = "application/json")
	@Operation(summary = "Published achievements similar to a published achievement")
	List<Match> similar(@PathVariable long achievementId, @RequestParam(defaultValue = "10") int size) {
		if (achievements.publishedProfile(achievementId).isEmpty()) {
			throw DomainException.notFound("achievement.notFound", achievementId);
		}
		return matcher.similar(achievementId, clamp(size));
	}

	private static int clamp(int size) {
		return Math.max(1, Math.min(size, MAX_SIZE));
	}
}
