package org.opentechmarket.auction.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators confirm the deposits of registered bidders (保证金到账确认). */
@Controller
class AdminAuctionsController {

	private final AuctionService service;
	private final MessageSource messages;

	AdminAuctionsController(AuctionService service, MessageSource messages) {
		this.service = service;
		this.messages = messages;
	}

	@GetMapping("/admin/auctions")
	String queue(@AuthenticationPrincipal CurrentUser admin, Model model) {
		List<Registration> waiting = service.awaitingDeposit(admin);
		Map<Long, Auction> auctions = service.auctionsOf(waiting).stream().collect(Collectors.toMap(Auction::id, a -> a));
		model.addAttribute("waiting", waiting);
		model.addAttribute("auctions", auctions);
		return "auction/admin";
	}

	@PostMapping("/admin/auctions/{id:[0-9]+}/registrations/{registrationId:[0-9]+}/deposit-confirmation")
	String confirm(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) String bankReference, RedirectAttributes redirect) {
		try {
			service.confirmDeposit(admin, id, registrationId, bankReference);
			redirect.addFlashAttribute("notice", "auction.deposit.confirmed");
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			String code = e.violations().isEmpty() ? e.code() : e.violations().get(0).code();
			Object[] args = e.violations().isEmpty() ? e.args() : e.violations().get(0).argsArray();
			redirect.addFlashAttribute("problem", messages.getMessage(code, args, code, LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/auctions";
	}
}
