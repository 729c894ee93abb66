package org.opentechmarket.auction.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.opentechmarket.auction.AuctionStatus;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionProperties;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.AuctionTerms;
import org.opentechmarket.auction.domain.BidDesk;
import org.opentechmarket.auction.domain.BidService;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public auction pages: the list, the announcement with the live bidding panel, the verifiable bid log and the live
 * event stream; and the bidder's actions (register, bid, sign the confirmation of sale) and the seller's withdrawal.
 */
@Controller
class AuctionPagesController {

	private final AuctionService service;
	private final BidService bidding;
	private final AuctionViews views;
	private final LiveAuctions live;
	private final MessageSource messages;
	private final Clock clock;

	AuctionPagesController(AuctionService service, BidService bidding, AuctionViews views, LiveAuctions live,
			MessageSource messages, Clock clock) {
		this.service = service;
		this.bidding = bidding;
		this.views = views;
		this.live = live;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/auctions")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Auction> all = service.publicList(200);
		model.addAttribute("running", all.stream().filter(a -> !a.status().isClosed()).toList());
		model.addAttribute("closed", all.stream().filter(a -> a.status().isClosed()).toList());
		model.addAttribute("now", clock.instant());
		return "auction/list";
	}

	@GetMapping("/auctions/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Auction auction = service.view(id);
		Optional<Registration> mine = service.registrationOf(user, id);
		AuctionJson.View view = views.view(auction, user);
		AuctionProperties rules = service.rules();
		boolean seller = service.isSeller(user, auction);
		boolean winner = mine.isPresent() && mine.get().id() == (auction.winnerRegistrationId() == null ? -1
				: auction.winnerRegistrationId());
		model.addAttribute("auction", auction);
		model.addAttribute("view", view);
		model.addAttribute("phase", auction.phase(clock.instant()).name());
		model.addAttribute("zone", clock.getZone().getId());
		model.addAttribute("mine", mine.orElse(null));
		model.addAttribute("seller", seller);
		model.addAttribute("signedIn", user != null);
		model.addAttribute("mayRegister", user != null && service.mayRegister(user, auction));
		model.addAttribute("mayBid", mine.map(Registration::depositConfirmed).orElse(false) && !auction.status().isClosed());
		model.addAttribute("mayCancel", seller && auction.status() == AuctionStatus.ANNOUNCED
				&& clock.instant().isBefore(auction.startsAt()));
		model.addAttribute("mayRelist", seller && auction.mayRelist(clock.instant()));
		model.addAttribute("mayConfirm", winner && auction.status() == AuctionStatus.SOLD
				&& auction.signingSettledAt() == null);
		model.addAttribute("bids", service.latestBids(id, LiveAuctions.RECENT).stream().map(LiveAuctions::bid).toList());
		model.addAttribute("registrations", service.registrationsOf(id).size());
		model.addAttribute("inquiryLink", view.links().get("inquiry"));
		model.addAttribute("noticeText", AuctionTerms.describe(rules.minimumNotice()));
		model.addAttribute("durationText", AuctionTerms.describe(rules.minimumDuration()));
		model.addAttribute("windowText", AuctionTerms.describe(auction.extensionWindow()));
		model.addAttribute("extensionText", AuctionTerms.describe(auction.extension()));
		model.addAttribute("relistCut", rules.relistMaxCut().movePointRight(2).stripTrailingZeros().toPlainString());
		model.addAttribute("relistDays", AuctionTerms.describe(rules.relistWindow()));
		model.addAttribute("signingDays", rules.winnerSigningDays());
		model.addAttribute("buyerRate", auction.commissionBuyerRate().movePointRight(2).stripTrailingZeros().toPlainString());
		model.addAttribute("sellerRate", auction.commissionSellerRate().movePointRight(2).stripTrailingZeros().toPlainString());
		return "auction/show";
	}

	@GetMapping("/auctions/{id:[0-9]+}/bids")
	String log(@PathVariable long id, Model model, HttpServletRequest request) {
		Auction auction = service.view(id);
		String api = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
			.path("/api/v1/auctions/{id}/bids").buildAndExpand(id).toUriString();
		model.addAttribute("apiUrl", api);
		model.addAttribute("verifyScript", verifyScript(id, api));
		model.addAttribute("auction", auction);
		model.addAttribute("log", AuctionJson.log(service.log(id)));
		model.addAttribute("verification", service.verify(id));
		return "auction/bids";
	}

	@GetMapping(path = "/auctions/{id:[0-9]+}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		service.view(id);
		return live.watch(id, service.registrationOf(user, id).orElse(null));
	}

	@PostMapping("/auctions/{id:[0-9]+}/registrations")
	String register(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean acceptRules, RedirectAttributes redirect) {
		try {
			Registration r = service.register(user, id, acceptRules);
			redirect.addFlashAttribute("notice", r.depositConfirmed() ? "auction.registered.confirmed" : "auction.registered");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", message(e));
		}
		return "redirect:/auctions/" + id;
	}

	/** The bid form without JavaScript: redirect back with the outcome. */
	@PostMapping(path = "/auctions/{id:[0-9]+}/bids", produces = MediaType.TEXT_HTML_VALUE)
	String bid(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String amount,
			RedirectAttributes redirect) {
		try {
			bidding.place(user, id, amount);
			redirect.addFlashAttribute("notice", "auction.bid.accepted");
		}
		catch (BidService.BidRefused e) {
			redirect.addFlashAttribute("problem", messages.getMessage(e.reason().messageKey(), e.messageArguments(),
					LocaleContextHolder.getLocale()));
		}
		catch (BidDesk.DeskUnavailable e) {
			redirect.addFlashAttribute("problem", messages.getMessage("auction.bid.unavailable", null,
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/auctions/" + id;
	}

	/** The live page's bid (fetch with the session and the CSRF header): the API's answers. */
	@PostMapping(path = "/auctions/{id:[0-9]+}/bids", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<?> bidJson(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String amount, HttpServletRequest request) {
		try {
			return ResponseEntity.status(201).body(AuctionApiController.placed(bidding.place(user, id, amount), clock));
		}
		catch (BidService.BidRefused e) {
			return AuctionApiController.problem(e, request, messages, clock);
		}
		catch (BidDesk.DeskUnavailable e) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
					messages.getMessage("auction.bid.unavailable", null, LocaleContextHolder.getLocale()));
			return ResponseEntity.status(503).body(problem);
		}
	}

	@PostMapping("/auctions/{id:[0-9]+}/confirmation")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			service.confirmSale(user, id);
			redirect.addFlashAttribute("notice", "auction.confirmed");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("problem", message(e));
		}
		return "redirect:/auctions/" + id;
	}

	@PostMapping("/auctions/{id:[0-9]+}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			service.cancel(user, id);
			redirect.addFlashAttribute("notice", "auction.cancelled");
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			redirect.addFlashAttribute("problem", message(e));
		}
		return "redirect:/auctions/" + id;
	}

	/** A shell line that checks every hash and link of the log with curl, jq and sha256sum (shown on the log page). */
	static String verifyScript(long id, String api) {
		return "prev=$(printf '0%.0s' $(seq 64)); curl -s " + api + " | jq -r '.[] | \"\\(.sequence)|\\(.amount)|"
				+ "\\(.bidder)|\\(.placedAt)|\\(.previousHash) \\(.hash)\"' | { while read -r line hash; do "
				+ "[ \"${line##*|}\" = \"$prev\" ] || echo \"link broken: $line\"; "
				+ "[ \"$(printf '%s' \"" + id + "|$line\" | sha256sum | cut -c1-64)\" = \"$hash\" ] || echo \"hash wrong: $line\"; "
				+ "prev=$hash; done; echo \"last: $prev\"; }";
	}

	private String message(DomainException e) {
		if (!e.violations().isEmpty()) {
			var v = e.violations().get(0);
			return messages.getMessage(v.code(), v.argsArray(), v.code(), LocaleContextHolder.getLocale());
		}
		return messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale());
	}
}
