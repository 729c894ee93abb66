package org.opentechmarket.auction.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.AuctionService;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FormErrors;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The seller's and the bidder's own auctions, the seller's announcement form and the relisting of a failed auction. */
@Controller
class MyAuctionsController {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final AuctionService service;
	private final Achievements achievements;
	private final Clock clock;

	MyAuctionsController(AuctionService service, Achievements achievements, Clock clock) {
		this.service = service;
		this.achievements = achievements;
		this.clock = clock;
	}

	@GetMapping("/my/auctions")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Registration> registrations = service.bidding(user);
		model.addAttribute("selling", service.selling(user));
		model.addAttribute("registrations", registrations);
		model.addAttribute("bidAuctions", service.auctionsOf(registrations).stream()
			.collect(java.util.stream.Collectors.toMap(Auction::id, a -> a)));
		return "auction/mine";
	}

	@GetMapping("/my/auctions/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long achievementId,
			Model model) {
		AuctionForm form = new AuctionForm();
		form.setAchievementId(achievementId);
		proposeTimes(form, Duration.ZERO);
		return form(user, form, null, model);
	}

	@PostMapping("/my/auctions")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") AuctionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			Auction auction = service.announce(user, form.toTerms(user.organisationId(), clock.getZone()));
			redirect.addFlashAttribute("notice", "auction.announced");
			return "redirect:/auctions/" + auction.id();
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return form(user, form, null, model);
		}
	}

	@GetMapping("/my/auctions/{id:[0-9]+}/relist")
	String relistForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Auction failed = relistable(user, id);
		AuctionForm form = new AuctionForm();
		form.setAchievementId(failed.achievementId());
		form.setStartPrice(Money.text(failed.lowestRelistStart(service.rules().relistMaxCut())));
		form.setIncrement(Money.text(failed.increment()));
		form.setMethod(failed.terms().method().name());
		form.setLicenceMode(failed.terms().licenceMode() == null ? null : failed.terms().licenceMode().name());
		form.setTerm(failed.terms().term());
		form.setTerritory(failed.terms().territory());
		proposeTimes(form, Duration.ZERO);
		return form(user, form, failed, model);
	}

	@PostMapping("/my/auctions/{id:[0-9]+}/relist")
	String relist(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") AuctionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Auction failed = relistable(user, id);
		form.setAchievementId(failed.achievementId());
		try {
			Auction auction = service.relist(user, id, form.toTerms(user.organisationId(), clock.getZone()));
			redirect.addFlashAttribute("notice", "auction.announced");
			return "redirect:/auctions/" + auction.id();
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return form(user, form, failed, model);
		}
	}

	private Auction relistable(CurrentUser user, long id) {
		Auction failed = service.view(id);
		if (!service.isSeller(user, failed)) {
			throw DomainException.notFound("auction.notFound", id);
		}
		return failed;
	}

	private String form(CurrentUser user, AuctionForm form, Auction relisting, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("relisting", relisting);
		model.addAttribute("lots", lots(user, form.getAchievementId()));
		model.addAttribute("methods", TradeMethod.values());
		model.addAttribute("licenceModes", LicenceMode.values());
		model.addAttribute("action", relisting == null ? "/my/auctions" : "/my/auctions/" + relisting.id() + "/relist");
		var rules = service.rules();
		model.addAttribute("depositMin", rules.depositShareMin().movePointRight(2).stripTrailingZeros().toPlainString());
		model.addAttribute("depositMax", rules.depositShareMax().movePointRight(2).stripTrailingZeros().toPlainString());
		model.addAttribute("depositDefault", rules.depositShare().movePointRight(2).stripTrailingZeros().toPlainString());
		model.addAttribute("noticeText", org.opentechmarket.auction.domain.AuctionTerms.describe(rules.minimumNotice()));
		model.addAttribute("durationText", org.opentechmarket.auction.domain.AuctionTerms.describe(rules.minimumDuration()));
		model.addAttribute("lowestRelist", relisting == null ? null
				: Money.text(relisting.lowestRelistStart(rules.relistMaxCut())));
		return "auction/form";
	}

	/**
	 * The organisation's published achievements a form may offer (the 200 most recently published ones, plus the one asked
	 * for by id when it is the organisation's).
	 */
	private List<AchievementSummary> lots(CurrentUser user, Long asked) {
		List<AchievementSummary> lots = new java.util.ArrayList<>(achievements.recentPublished(List.of(), List.of(),
				List.of(), 200).stream().filter(a -> a.holderOrganisationId() == user.organisationId()).toList());
		if (asked != null && lots.stream().noneMatch(a -> a.id() == asked)) {
			achievements.findHeldBy(asked, user.organisationId()).filter(a -> a.status() == AchievementStatus.PUBLISHED)
				.ifPresent(lots::add);
		}
		return lots;
	}

	/** Proposes the earliest start allowed (rounded up to the next hour) and the shortest bidding period. */
	private void proposeTimes(AuctionForm form, Duration extra) {
		var rules = service.rules();
		Instant earliest = clock.instant().plus(rules.minimumNotice()).plus(extra);
		LocalDateTime start = LocalDateTime.ofInstant(earliest, clock.getZone()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
		form.setStartsAt(LOCAL.format(start));
		form.setEndsAt(LOCAL.format(start.plus(rules.minimumDuration())));
	}
}
