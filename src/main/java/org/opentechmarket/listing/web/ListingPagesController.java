package org.opentechmarket.listing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.listing.ListingStatus;
import org.opentechmarket.listing.domain.Listing;
import org.opentechmarket.listing.domain.ListingIntent;
import org.opentechmarket.listing.domain.ListingService;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FormErrors;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.DepositView;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.springframework.data.domain.Page;
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

/** Listing pages: the public list and page, the buyer's intent, the seller's listings and form, the buyer's intents. */
@Controller
class ListingPagesController {

	private final ListingService service;
	private final Achievements achievements;
	private final CodeTables codes;

	ListingPagesController(ListingService service, Achievements achievements, CodeTables codes) {
		this.service = service;
		this.achievements = achievements;
		this.codes = codes;
	}

	@GetMapping("/listings")
	String list(@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<Listing> p = service.publicList(all, page, 20);
		model.addAttribute("listings", p.getContent());
		model.addAttribute("all", all);
		model.addAttribute("page", p.getNumber());
		model.addAttribute("hasNext", p.hasNext());
		model.addAttribute("nextHref", "/listings?all=" + all + "&page=" + (p.getNumber() + 1));
		model.addAttribute("prevHref", "/listings?all=" + all + "&page=" + Math.max(p.getNumber() - 1, 0));
		return "listing/list";
	}

	/** A row of the intents table: the intent and its deposit. */
	record IntentRow(ListingIntent intent, DepositView deposit) {
	}

	@GetMapping("/listings/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Listing l = service.view(id);
		model.addAttribute("listing", l);
		model.addAttribute("manage", service.mayManage(user, l));
		model.addAttribute("counts", service.counts(user, l).orElse(null));
		model.addAttribute("mayRegister", service.mayRegister(user, l));
		model.addAttribute("signedIn", user != null);
		ListingIntent own = service.ownIntent(user, id).orElse(null);
		model.addAttribute("ownIntent", own == null ? null : new IntentRow(own, service.deposit(own).orElse(null)));
		List<IntentRow> rows = new ArrayList<>();
		if (user != null && (user.isAdmin() || service.mayManage(user, l) && l.getStatus() != ListingStatus.LISTED)) {
			service.intentsFor(user, id).forEach(i -> rows.add(new IntentRow(i, service.deposit(i).orElse(null))));
		}
		model.addAttribute("intents", rows);
		model.addAttribute("regionLabel", l.getBuyerRegion() == null ? null
				: codes.regions().label(l.getBuyerRegion(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("auctionHref", l.getAuctionId() == null ? null : "/auctions/" + l.getAuctionId());
		model.addAttribute("tenderHref", l.getTenderId() == null ? null : "/tenders/" + l.getTenderId());
		model.addAttribute("dealHref", l.getDealId() == null ? null : "/deals/" + l.getDealId());
		model.addAttribute("relistedHref", l.getRelistedAs() == null ? null : "/listings/" + l.getRelistedAs());
		model.addAttribute("relistHref", "/my/listings/" + id + "/relist");
		model.addAttribute("mayRelist", user != null && !user.isAdmin() && service.mayManage(user, l)
				&& l.getStatus().mayRelist() && l.getRelistedAs() == null);
		return "listing/show";
	}

	@PostMapping("/listings/{id:[0-9]+}/intents")
	String register(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		service.register(user, id);
		redirect.addFlashAttribute("notice", "listing.intent.registered");
		return "redirect:/listings/" + id;
	}

	@PostMapping("/listings/{id:[0-9]+}/intents/withdraw")
	String withdrawIntent(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		service.withdrawIntent(user, id);
		redirect.addFlashAttribute("notice", "listing.intent.withdrawn");
		return "redirect:/listings/" + id;
	}

	@PostMapping("/listings/{id:[0-9]+}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		service.withdraw(user, id);
		redirect.addFlashAttribute("notice", "listing.withdrawn");
		return "redirect:/listings/" + id;
	}

	// ------------------------------------------------------------------ the seller's and the buyer's own pages

	/** An own intent with its deposit and listing. */
	record OwnIntentRow(ListingIntent intent, DepositView deposit, Listing listing) {
	}

	@GetMapping("/my/listings")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("listings", service.sellerListings(user));
		List<OwnIntentRow> rows = new ArrayList<>();
		service.ownIntents(user).forEach(i -> rows.add(new OwnIntentRow(i, service.deposit(i).orElse(null),
				service.view(i.getListingId()))));
		model.addAttribute("intents", rows);
		model.addAttribute("mayList", !achievementsOf(user).isEmpty());
		return "listing/mine";
	}

	@GetMapping("/my/listings/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long achievementId,
			Model model) {
		ListingBody form = new ListingBody();
		form.setAchievementId(achievementId);
		form.setPeriodWorkingDays(service.properties().periodWorkingDays());
		return form(user, form, null, model);
	}

	@PostMapping("/my/listings")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ListingBody form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(user, form, null, model);
		}
		try {
			Listing l = service.publish(user, form.toDraft());
			redirect.addFlashAttribute("notice", "listing.published");
			return "redirect:/listings/" + l.getId();
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return form(user, form, null, model);
		}
	}

	@GetMapping("/my/listings/{id:[0-9]+}/relist")
	String relistForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Listing old = service.view(id);
		if (user == null || user.isAdmin() || !service.mayManage(user, old)) {
			throw DomainException.notFound("listing.notFound", id);
		}
		ListingBody form = ListingBody.of(old);
		return form(user, form, old, model);
	}

	@PostMapping("/my/listings/{id:[0-9]+}/relist")
	String relist(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") ListingBody form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Listing old = service.view(id);
		if (binding.hasErrors()) {
			return form(user, form, old, model);
		}
		try {
			Listing l = service.relist(user, id, form.toDraft());
			redirect.addFlashAttribute("notice", "listing.published");
			return "redirect:/listings/" + l.getId();
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return form(user, form, old, model);
		}
	}

	private List<AchievementSummary> achievementsOf(CurrentUser user) {
		return user == null ? List.of() : achievements.publicHeldBy(user.organisationId(), 500);
	}

	private String form(CurrentUser user, ListingBody form, Listing relisting, Model model) {
		if (user == null) {
			throw DomainException.forbidden("listing.create.notAllowed");
		}
		model.addAttribute("form", form);
		model.addAttribute("relisting", relisting);
		model.addAttribute("action", relisting == null ? "/my/listings" : "/my/listings/" + relisting.getId() + "/relist");
		model.addAttribute("achievements", achievementsOf(user));
		model.addAttribute("methods", TradeMethod.values());
		model.addAttribute("licenceModes", LicenceMode.values());
		model.addAttribute("organisationTypes", OrganisationType.values());
		model.addAttribute("routes", Listing.Route.values());
		model.addAttribute("regions", codes.regions().all().stream().filter(c -> c.level() <= 2)
			.sorted(java.util.Comparator.comparing(CodeTables.Code::code)).toList());
		var p = service.properties();
		model.addAttribute("periodMin", p.minPeriodWorkingDays());
		model.addAttribute("periodMax", p.maxPeriodWorkingDays());
		model.addAttribute("depositMinPercent", p.depositMinRate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros()
			.toPlainString());
		model.addAttribute("depositMaxPercent", p.depositMaxRate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros()
			.toPlainString());
		int days = form.getPeriodWorkingDays() == null ? p.periodWorkingDays() : form.getPeriodWorkingDays();
		if (days >= p.minPeriodWorkingDays() && days <= p.maxPeriodWorkingDays()) {
			model.addAttribute("periodEnd", service.periodFromNow(days).lastDay());
		}
		model.addAttribute("maxPrice", Money.MAX);
		return "listing/form";
	}
}
