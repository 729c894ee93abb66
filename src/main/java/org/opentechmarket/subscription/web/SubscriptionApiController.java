package org.opentechmarket.subscription.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.subscription.domain.Subscription;
import org.opentechmarket.subscription.domain.SubscriptionKind;
import org.opentechmarket.subscription.domain.SubscriptionService;
import org.opentechmarket.subscription.domain.SubscriptionStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own subscriptions. Anyone else's answer 404; errors are RFC 9457 problems with field errors. */
@RestController
@RequestMapping("/api/v1/subscriptions")
@Tag(name = "Subscriptions", description = "订阅推送: saved searches and followed needs; new strong matches arrive in a daily digest "
		+ "(inbox and e-mail)")
class SubscriptionApiController {

	private final SubscriptionService service;

	SubscriptionApiController(SubscriptionService service) {
		this.service = service;
	}

	/** A saved search; budgetMax in 万元. */
	public record SearchBody(String name, String text, String industryCode, String disciplineCode, String regionCode,
			Integer minTrl, BigDecimal budgetMax) {
	}

	public record SubscriptionView(long id, SubscriptionKind kind, SubscriptionStatus status, String name, String text,
			String industryCode, String disciplineCode, String regionCode, Integer minTrl, BigDecimal budgetMax, Long needId,
			boolean byDefault, Instant createdAt) {

		static SubscriptionView of(Subscription s) {
			return new SubscriptionView(s.getId(), s.getKind(), s.getStatus(), s.getName(), s.getQueryText(),
					s.getIndustryCode(), s.getDisciplineCode(), s.getRegionCode(), s.getMinTrl(), s.getBudgetMax(),
					s.getNeedId(), s.isByDefault(), s.getCreatedAt());
		}
	}

	@GetMapping
	@Operation(summary = "My subscriptions, newest first")
	List<SubscriptionView> list(@AuthenticationPrincipal CurrentUser user) {
		return service.mine(user).stream().map(SubscriptionView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of my subscriptions (404 for anyone else's)")
	SubscriptionView one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return SubscriptionView.of(service.one(user, id));
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Save a search", description = "text is required (≤ otm.subscription.text-max-length); the codes are "
			+ "GB/T 4754, GB/T 13745 and GB/T 2260 and filter the matches like the catalogue's filters; minTrl 1–9; "
			+ "budgetMax in 万元. New achievements at or above the strong-match threshold arrive in the next digest.")
	ResponseEntity<SubscriptionView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody SearchBody body,
			Locale locale) {
		Subscription s = service.saveSearch(user, body.name(), new org.opentechmarket.subscription.domain.SearchCriteria(
				body.text(), body.industryCode(), body.disciplineCode(), body.regionCode(), body.minTrl(), body.budgetMax()),
				locale);
		return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + s.getId())).body(SubscriptionView.of(s));
	}

	@PostMapping("/needs/{needId}")
	@Operation(summary = "Follow a public need of my organisation",
			description = "Idempotent: an existing subscription is returned (resumed when paused). Other organisations' "
					+ "needs and needs that are not public answer 404.")
	SubscriptionView followNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable long needId, Locale locale) {
		return SubscriptionView.of(service.followNeed(user, needId, locale));
	}

	@PostMapping("/{id}/pause")
	@Operation(summary = "Pause a subscription (no matches until resumed)")
	SubscriptionView pause(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return SubscriptionView.of(service.pause(user, id));
	}

	@PostMapping("/{id}/resume")
	@Operation(summary = "Resume a paused subscription")
	SubscriptionView resume(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return SubscriptionView.of(service.resume(user, id));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a subscription and its matches not yet in a digest")
	ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		service.delete(user, id);
		return ResponseEntity.noContent().build();
	}
}
