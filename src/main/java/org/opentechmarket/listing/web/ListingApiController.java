package org.opentechmarket.listing.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.listing.domain.Listing;
import org.opentechmarket.listing.domain.ListingIntent;
import org.opentechmarket.listing.domain.ListingService;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The listings JSON API (挂牌). Errors are RFC 9457 problems; amounts are strings with two decimals. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Listings", description = "挂牌: fixed-price listings for a period of working days, buyer intents with deposits, "
		+ "and the close (unsold / deal / auction or tender among the qualified buyers)")
class ListingApiController {

	private final ListingService service;

	ListingApiController(ListingService service) {
		this.service = service;
	}

	public record PageView(long total, int page, List<ListingView> items) {
	}

	@GetMapping("/listings")
	@Operation(summary = "Public listings", description = "Running listings, newest first; status=all for every listing.")
	PageView list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Page<Listing> p = service.publicList("all".equals(status), page, size);
		return new PageView(p.getTotalElements(), p.getNumber(), p.getContent().stream().map(l -> ListingView.of(l, null))
			.toList());
	}

	@GetMapping("/listings/{id:[0-9]+}")
	@Operation(summary = "One listing", description = "Public. The seller's side and administrators also get the counts of "
			+ "registered and qualified buyers (never their names while the listing runs).")
	ListingView one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Listing l = service.view(id);
		return ListingView.of(l, service.counts(user, l).orElse(null));
	}

	@PostMapping("/listings")
	@Operation(summary = "Publish a listing", description = "Members of the verified holder organisation of a published "
			+ "achievement. Body: achievementId, method TRANSFER|LICENSE (licenceMode EXCLUSIVE|SOLE|ORDINARY, licenceTerm, "
			+ "territory for a licence), price and deposit (\"500000.00\"; the deposit within the configured share of the "
			+ "price), periodWorkingDays (default 20), qualifications, buyerTypes, buyerRegion (GB/T 2260), "
			+ "multipleBuyersRoute AUCTION|TENDER. 201 with the listing; the period ends at the end of its last working day.")
	ResponseEntity<ListingView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody ListingBody body) {
		Listing l = service.publish(user, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/listings/" + l.getId())).body(ListingView.of(l, null));
	}

	@PostMapping("/listings/{id:[0-9]+}/relist")
	@Operation(summary = "Relist an unsold listing", description = "The seller's side; same body as publishing, the price "
			+ "at most the old one. 201 with the new listing.")
	ResponseEntity<ListingView> relist(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ListingBody body) {
		Listing l = service.relist(user, id, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/listings/" + l.getId())).body(ListingView.of(l, null));
	}

	@PostMapping("/listings/{id:[0-9]+}/withdraw")
	@Operation(summary = "Withdraw a listing nobody has registered for (the seller's side)")
	ListingView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return ListingView.of(service.withdraw(user, id), null);
	}

	@PostMapping("/listings/{id:[0-9]+}/intents")
	@Operation(summary = "Register intent to buy", description = "Users of a verified organisation other than the seller's, "
			+ "meeting the listing's organisation types and region, while the listing runs. The deposit is required at once "
			+ "(PENDING until an administrator confirms it through the deposit administration); a deposit confirmed by the "
			+ "end of the period qualifies the buyer. 201 for a new intent, 200 with the existing one.")
	ResponseEntity<ListingView.IntentView> register(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		boolean existed = service.ownIntent(user, id).isPresent();
		ListingIntent i = service.register(user, id);
		return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED)
			.body(ListingView.IntentView.of(i, service.deposit(i).orElse(null)));
	}

	@PostMapping("/listings/{id:[0-9]+}/intents/withdraw")
	@Operation(summary = "Withdraw one's intent while the listing runs (its deposit is released)")
	ListingView.IntentView withdrawIntent(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		ListingIntent i = service.withdrawIntent(user, id);
		return ListingView.IntentView.of(i, service.deposit(i).orElse(null));
	}

	@GetMapping("/listings/{id:[0-9]+}/intents")
	@Operation(summary = "Intents of a listing", description = "Administrators: all; the seller's side: all once the listing "
			+ "is closed; a buyer: its own. Signed-in users only (404 otherwise).")
	List<ListingView.IntentView> intents(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return service.intentsFor(user, id).stream().map(i -> ListingView.IntentView.of(i, service.deposit(i).orElse(null)))
			.toList();
	}

	@GetMapping("/listing-intents/mine")
	@Operation(summary = "The intents of the user's organisation")
	List<ListingView.IntentView> mine(@AuthenticationPrincipal CurrentUser user) {
		return service.ownIntents(user).stream().map(i -> ListingView.IntentView.of(i, service.deposit(i).orElse(null)))
			.toList();
	}
}
