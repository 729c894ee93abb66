package org.opentechmarket.auction.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.AuctionTerms;
import org.opentechmarket.auction.domain.BidDesk;
import org.opentechmarket.auction.domain.BidService;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.auction.domain.Times;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live auctions over HTTP (issue 5 item 9). Reading is public; sellers announce, bidders register and bid, administrators
 * confirm deposits. A refused bid is an RFC 9457 problem — 422 when the amount itself is wrong, 409 when it conflicts with the
 * auction or the bidder's standing — whose {@code detail} says why, with {@code reason}, {@code currentPrice},
 * {@code minimumBid} and {@code endsAt}.
 */
@RestController
@RequestMapping(path = "/api/v1/auctions", produces = "application/json")
@Tag(name = "Auctions", description = "拍卖: live English auctions with deposits, anti-sniping extension and a hash-chained bid log")
@ApiResponse(responseCode = "400", description = "Invalid input; `errors` lists the fields",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Not authenticated (HTTP Basic)",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No such auction (or registration)",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class AuctionApiController {

	private final AuctionService service;
	private final BidService bidding;
	private final AuctionViews views;
	private final MessageSource messages;
	private final Clock clock;

	AuctionApiController(AuctionService service, BidService bidding, AuctionViews views, MessageSource messages, Clock clock) {
		this.service = service;
		this.bidding = bidding;
		this.views = views;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A new auction. Amounts are strings in yuan ("100000.00"); times ISO-8601 with an offset. {@code deposit} defaults to
	 * the configured share of the start price, {@code startsAt} to the earliest allowed start; {@code method} defaults to
	 * TRANSFER (LICENSE takes {@code licenceMode}, {@code term}, {@code territory}).
	 */
	record AuctionBody(Long achievementId, String startPrice, String increment, String deposit, String reserve,
			String startsAt, String endsAt, String method, String licenceMode, String term, String territory) {

		AuctionTerms toTerms(long sellerOrganisationId) {
			List<FieldViolation> violations = new java.util.ArrayList<>();
			Instant start = instant("startsAt", startsAt, false, violations);
			Instant end = instant("endsAt", endsAt, true, violations);
			TradeTerms terms = null;
			try {
				TradeMethod m = method == null || method.isBlank() ? TradeMethod.TRANSFER
						: TradeMethod.valueOf(method.trim().toUpperCase(Locale.ROOT));
				LicenceMode mode = licenceMode == null || licenceMode.isBlank() ? null
						: LicenceMode.valueOf(licenceMode.trim().toUpperCase(Locale.ROOT));
				if (m == TradeMethod.LICENSE && mode == null) {
					violations.add(FieldViolation.of("licenceMode", "auction.licenceMode.required"));
				}
				terms = new TradeTerms(m, mode, blankToNull(term), blankToNull(territory));
			}
			catch (IllegalArgumentException e) {
				violations.add(FieldViolation.of("method", "auction.method.unknown"));
			}
			if (!violations.isEmpty()) {
				throw DomainException.invalid(violations);
			}
			return new AuctionTerms(achievementId == null ? 0 : achievementId, sellerOrganisationId, terms, startPrice,
					increment, deposit, reserve, start, end);
		}

		private static Instant instant(String field, String text, boolean required, List<FieldViolation> violations) {
			if (text == null || text.isBlank()) {
				if (required) {
					violations.add(FieldViolation.of(field, "auction.time.required"));
				}
				return null;
			}
			try {
				return java.time.OffsetDateTime.parse(text.trim()).toInstant();
			}
			catch (DateTimeParseException e) {
				violations.add(FieldViolation.of(field, "auction.time.format"));
				return null;
			}
		}
	}

	record RegistrationBody(Boolean acceptRules) {
	}

	record ConfirmationBody(String bankReference) {
	}

	record BidBody(String amount) {
	}

	@GetMapping
	@Operation(summary = "Announced, running and recently closed auctions", description = "Public.")
	List<AuctionJson.View> list(@AuthenticationPrincipal CurrentUser user) {
		return service.publicList(100).stream().map(a -> views.view(a, user)).toList();
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Announce an auction (seller)", description = "The holder organisation of a published achievement, "
			+ "verified. Bidding starts at least otm.trading.auction.minimum-notice from now (拍卖法 第四十五条) and lasts at "
			+ "least minimum-duration (网络司法拍卖规定 第二十条); the deposit lies between 5 % and 20 % of the start price "
			+ "(第十七条); the reserve, if any, stays secret. An achievement whose auction failed within the relist window "
			+ "is relisted: start price at most 20 % lower (第二十六条). 201 with the auction.")
	ResponseEntity<AuctionJson.View> create(@AuthenticationPrincipal CurrentUser user, @RequestBody AuctionBody body) {
		if (body.achievementId() == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("achievementId", "auction.lot.required")));
		}
		Auction auction = service.announce(user, body.toTerms(user.organisationId()));
		return ResponseEntity.created(URI.create("/api/v1/auctions/" + auction.id())).body(views.view(auction, user));
	}

	@GetMapping("/{id:[0-9]+}")
	@Operation(summary = "One auction", description = "Public: status, currentPrice, minimumBid, endsAt (the one effective "
			+ "end, moved by accepted bids in the extension window), bidCount, leader; after a sale winner (bidder number), "
			+ "winnerOrganisationName and hammerPrice. The reserve amount only for the seller and administrators.")
	AuctionJson.View one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return views.view(service.view(id), user);
	}

	@PostMapping("/{id:[0-9]+}/registrations")
	@Operation(summary = "Register to bid (bidder)", description = "For the user's verified organisation — never the "
			+ "seller's (拍卖法 第三十条) nor the platform's staff (第二十二条). Registering accepts the auction's rules "
			+ "(acceptRules defaults to true; false is refused). The deposit is recorded as pending until an administrator "
			+ "confirms it. 201 with the registration and its anonymous bidder number; a repeated call answers 200 with the same.")
	ResponseEntity<AuctionJson.RegistrationView> register(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) RegistrationBody body) {
		boolean existed = service.registrationOf(user, id).isPresent();
		Registration r = service.register(user, id, body == null || body.acceptRules() == null || body.acceptRules());
		return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/auctions/" + id + "/registrations/" + r.id()))
			.body(AuctionJson.RegistrationView.of(r));
	}

	@GetMapping("/{id:[0-9]+}/registrations")
	@Operation(summary = "Registrations", description = "Administrators see all; others their own organisation's only.")
	List<AuctionJson.RegistrationView> registrations(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		service.view(id);
		if (user == null) {
			throw DomainException.forbidden();
		}
		if (user.isAdmin()) {
			return service.registrationsOf(id).stream().map(AuctionJson.RegistrationView::of).toList();
		}
		return service.registrationOf(user, id).stream().map(AuctionJson.RegistrationView::of).toList();
	}

	@PostMapping("/{id:[0-9]+}/registrations/{registrationId:[0-9]+}/deposit-confirmation")
	@Operation(summary = "Confirm a registration's deposit (administrators)", description = "Records the money as received "
			+ "(optional bankReference) in the trading module; the bidder may then bid. Idempotent.")
	AuctionJson.RegistrationView confirm(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@PathVariable long registrationId, @RequestBody(required = false) ConfirmationBody body) {
		return AuctionJson.RegistrationView.of(service.confirmDeposit(admin, id, registrationId,
				body == null ? null : body.bankReference()));
	}

	@PostMapping(path = "/{id:[0-9]+}/bids", consumes = "application/json")
	@Operation(summary = "Place a bid (registered bidder, deposit confirmed)", description = "Body {\"amount\":\"123.00\"}. "
			+ "The first bid is at least the start price, every later one the current price plus a whole number of "
			+ "increments. Binding (拍卖法 第三十六条). The server's clock decides. 201 {sequence, amount, endsAt, …} once "
			+ "committed; an accepted bid within the extension window moves endsAt to its time plus the extension. "
			+ "Refused: 422 (amount format, below the start price, not a whole number of increments) or 409 (too low, not "
			+ "started, ended, not registered, deposit unconfirmed, seller, platform staff) with the reason in detail.")
	@ApiResponse(responseCode = "201", description = "Accepted and committed",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuctionJson.Placed.class)))
	@ApiResponse(responseCode = "409", description = "Refused: conflicts with the auction's state or the bidder's standing",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "Refused: the amount is not a valid bid",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> bid(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody BidBody body,
			HttpServletRequest request) {
		BidDesk.Result result = bidding.attempt(user, id, body == null ? null : body.amount());
		if (result instanceof BidDesk.Refused r) {
			return problem(new BidService.BidRefused(r), request, messages, clock);
		}
		BidDesk.Placed p = (BidDesk.Placed) result;
		return ResponseEntity.created(URI.create("/api/v1/auctions/" + id + "/bids/" + p.bid().sequence()))
			.body(placed(p, clock));
	}

	static AuctionJson.Placed placed(BidDesk.Placed p, Clock clock) {
		return new AuctionJson.Placed(p.bid().sequence(), Money.text(p.bid().amount()), p.bid().bidderNumber(),
				Times.iso(p.bid().placedAt()), Times.iso(p.bid().endsAtAfter()), p.extended(), Money.text(p.currentPrice()),
				Money.text(p.minimumBid()), p.bidCount(), p.bid().hash(), Times.iso(clock.instant()));
	}

	@GetMapping("/{id:[0-9]+}/bids")
	@Operation(summary = "The bid log (public)", description = "Every accepted bid in sequence order with its anonymous "
			+ "bidder number and its place in the hash chain: hash = SHA-256 hex of "
			+ "\"auctionId|sequence|amount|bidderNumber|placedAt|previousHash\" (docs/architecture.md §Auctions).")
	List<AuctionJson.LogEntry> bids(@PathVariable long id) {
		return AuctionJson.log(service.log(id));
	}

	@GetMapping("/{id:[0-9]+}/verification")
	@Operation(summary = "Recompute the hash chain on the server (public)")
	AuctionJson.Verification verify(@PathVariable long id) {
		return AuctionJson.Verification.of(service.verify(id), service.view(id));
	}

	@PostMapping(path = "/{id:[0-9]+}/relist", consumes = "application/json")
	@Operation(summary = "Relist a failed auction (seller)", description = "Within the relist window after the close "
			+ "(30 days), start price at most 20 % lower (网络司法拍卖规定 第二十六条). Same body as announcing; the "
			+ "achievement is the failed auction's.")
	ResponseEntity<AuctionJson.View> relist(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody AuctionBody body) {
		Auction auction = service.relist(user, id, body.toTerms(user.organisationId()));
		return ResponseEntity.created(URI.create("/api/v1/auctions/" + auction.id())).body(views.view(auction, user));
	}

	record Confirmation(long auctionId, long dealId) {
	}

	@PostMapping("/{id:[0-9]+}/confirmation")
	@Operation(summary = "Sign the confirmation of sale (winner)", description = "成交确认书 (拍卖法 第五十二条), within "
			+ "otm.trading.auction.winner-signing-days of the close: the deal is recorded in the trading module at the "
			+ "hammer price with the winner's deposit applied to it. Later, the deposit is forfeited (网络司法拍卖规定 "
			+ "第二十四条). Idempotent.")
	Confirmation confirmSale(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return new Confirmation(id, service.confirmSale(user, id));
	}

	@PostMapping("/{id:[0-9]+}/cancel")
	@Operation(summary = "Withdraw an auction before bidding starts (seller)", description = "拍卖法 第二十九条; deposits go back.")
	AuctionJson.View cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return views.view(service.cancel(user, id), user);
	}

	@ExceptionHandler(BidService.BidRefused.class)
	ResponseEntity<ProblemDetail> refused(BidService.BidRefused e, HttpServletRequest request) {
		return problem(e, request, messages, clock);
	}

	static ResponseEntity<ProblemDetail> problem(BidService.BidRefused e, HttpServletRequest request, MessageSource messages,
			Clock clock) {
		HttpStatus status = HttpStatus.valueOf(e.reason().status());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(e.reason().messageKey(),
				e.messageArguments(), e.reason().messageKey(), LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:opentechmarket:problem:" + e.reason().messageKey()));
		problem.setTitle(messages.getMessage("auction.bid.rejected", null, "Bid refused", LocaleContextHolder.getLocale()));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("reason", e.reason().name());
		problem.setProperty("currentPrice", Money.text(e.currentPrice()));
		problem.setProperty("minimumBid", Money.text(e.minimumBid()));
		problem.setProperty("endsAt", Times.iso(e.endsAt()));
		problem.setProperty("serverTime", Times.iso(clock.instant()));
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(BidDesk.DeskUnavailable.class)
	ResponseEntity<ProblemDetail> unavailable(BidDesk.DeskUnavailable e, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage(
				"auction.bid.unavailable", null, "The bid was not accepted; try again.", LocaleContextHolder.getLocale()));
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").body(problem);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
