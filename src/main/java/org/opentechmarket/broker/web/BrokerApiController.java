package org.opentechmarket.broker.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.broker.PointSource;
import org.opentechmarket.broker.domain.BrokerGrade;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.broker.domain.BrokerStatus;
import org.opentechmarket.broker.domain.BrokerView;
import org.opentechmarket.broker.domain.EvaluationService;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Brokers over HTTP: the public directory and profiles (public fields only), and a broker's points ledger. */
@RestController
@RequestMapping(path = "/api/v1/brokers", produces = "application/json")
@Tag(name = "Brokers", description = "技术经纪人：名录、公开档案与贡献积分")
@ApiResponse(responseCode = "404", description = "No such broker visible to this user",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class BrokerApiController {

	private final BrokerService brokers;
	private final EvaluationService evaluations;

	BrokerApiController(BrokerService brokers, EvaluationService evaluations) {
		this.brokers = brokers;
		this.evaluations = evaluations;
	}

	/** Public fields only: no e-mail, phone, user name or certificate number. */
	record Broker(long id, String name, String organisation, BrokerGrade grade, boolean gradeVerified, BrokerStatus status,
			List<String> disciplines, List<String> industries, List<String> regions, List<String> languages, String bio,
			BigDecimal pointsThisYear, BigDecimal pointsTotal) {

		static Broker of(BrokerView v) {
			return new Broker(v.userId(), v.displayName(), v.organisation(), v.grade(), v.gradeVerified(), v.status(),
					v.disciplines(), v.industries(), v.regions(), v.languages(), v.bio(), v.pointsThisYear(), v.pointsTotal());
		}
	}

	record EvaluationResult(int year, BigDecimal score, BigDecimal threshold, boolean passed, boolean finalResult) {
	}

	record BrokerDetail(Broker broker, List<EvaluationResult> evaluations) {
	}

	record Entry(long id, Instant recordedAt, int accountingYear, PointSource source, String sourceReference,
			BigDecimal points, BigDecimal amount, Long correctsEntryId, String reason) {
	}

	record Ledger(long brokerId, BigDecimal total, List<Entry> entries) {
	}

	@GetMapping
	@Operation(summary = "Active brokers (public directory)", description = "Anonymous access; public fields only.")
	List<Broker> list(Locale locale) {
		return brokers.directory(locale).stream().map(Broker::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One broker's public profile with evaluation results", description = "Anonymous access.")
	BrokerDetail one(@PathVariable long id, Locale locale) {
		return new BrokerDetail(Broker.of(brokers.publicView(id, locale)), evaluations.evaluationsOf(id).stream()
			.map(e -> new EvaluationResult(e.getYear(), e.getScore(), e.getThreshold(), e.isPassed(), e.isFinalResult()))
			.toList());
	}

	@GetMapping("/{id}/points")
	@Operation(summary = "A broker's contribution points ledger with the source of every entry",
			description = "For the broker themself and administrators; 404 for anyone else.")
	@ApiResponse(responseCode = "401", description = "Not authenticated (HTTP Basic)",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	Ledger points(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		List<Entry> entries = brokers.ledgerOf(user, id).stream()
			.map(e -> new Entry(e.getId(), e.getRecordedAt(), e.getAccountingYear(), e.getSource(), e.getSourceReference(),
					e.getPoints(), e.getAmount(), e.getCorrectsEntryId(), e.getReason()))
			.toList();
		return new Ledger(id, brokers.totalPoints(id), entries);
	}
}
