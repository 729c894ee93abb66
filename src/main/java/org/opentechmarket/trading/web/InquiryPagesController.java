package org.opentechmarket.trading.web;

import java.time.Clock;
import java.time.LocalDate;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FormErrors;
import org.opentechmarket.trading.domain.Agreement;
import org.opentechmarket.trading.domain.Inquiry;
import org.opentechmarket.trading.domain.NegotiationService;
import org.opentechmarket.trading.domain.Offer;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inquiry pages: a new inquiry from an achievement (also the link a failed auction offers:
 * {@code /achievements/{id}/inquiries/new?afterAuction={auctionId}}), the list of the organisation's threads, one thread
 * with its messages, offers and the offer form.
 */
@Controller
class InquiryPagesController {

	/** The validity a new offer form suggests (two weeks; the service enforces otm.trading.negotiation.*). */
	static final int SUGGESTED_VALIDITY_DAYS = 14;

	private final NegotiationService negotiation;
	private final Achievements achievements;
	private final MessageSource messages;
	private final Clock clock;

	InquiryPagesController(NegotiationService negotiation, Achievements achievements, MessageSource messages, Clock clock) {
		this.negotiation = negotiation;
		this.achievements = achievements;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("planKinds")
	org.opentechmarket.trading.domain.PlanKind[] planKinds() {
		return org.opentechmarket.trading.domain.PlanKind.values();
	}

	@ModelAttribute("methods")
	org.opentechmarket.trading.TradeMethod[] methods() {
		return org.opentechmarket.trading.TradeMethod.values();
	}

	@ModelAttribute("licenceModes")
	org.opentechmarket.trading.LicenceMode[] licenceModes() {
		return org.opentechmarket.trading.LicenceMode.values();
	}

	@GetMapping("/achievements/{id:[0-9]+}/inquiries/new")
	String newInquiry(@PathVariable long id, @RequestParam(required = false) Long afterAuction, Model model) {
		return newForm(achievement(id), afterAuction, "", null, model);
	}

	@PostMapping("/achievements/{id:[0-9]+}/inquiries")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String message, @RequestParam(required = false) Long afterAuction, Model model,
			RedirectAttributes redirect) {
		AchievementSummary achievement = achievement(id);
		try {
			Inquiry inquiry = negotiation.open(user, id, message, afterAuction);
			redirect.addFlashAttribute("notice", "inquiry.sent");
			return "redirect:/inquiries/" + inquiry.getId();
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			return newForm(achievement, afterAuction, message, e, model);
		}
	}

	private String newForm(AchievementSummary achievement, Long afterAuction, String message, DomainException error,
			Model model) {
		model.addAttribute("achievement", achievement);
		model.addAttribute("afterAuction", afterAuction);
		model.addAttribute("message", message);
		model.addAttribute("messageError", error == null || error.violations().isEmpty() ? null
				: error.violations().get(0));
		return "trading/inquiry-new";
	}

	private AchievementSummary achievement(long id) {
		return achievements.find(id).orElseThrow(() -> DomainException.notFound("achievement.notFound", id));
	}

	@GetMapping("/inquiries")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("inquiries", negotiation.mine(user));
		model.addAttribute("organisationId", user.organisationId());
		return "trading/inquiries";
	}

	@GetMapping("/inquiries/{id:[0-9]+}")
	String thread(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		NegotiationService.Thread thread = negotiation.thread(user, id);
		OfferForm form = thread.openOffer()
			.filter(o -> thread.viewerSide() != null && o.getSide() != thread.viewerSide())
			.map(o -> OfferForm.from(o, suggestedValidity()))
			.orElseGet(() -> {
				OfferForm f = new OfferForm();
				f.setValidUntil(suggestedValidity());
				return f;
			});
		return page(thread, form, null, model);
	}

	private LocalDate suggestedValidity() {
		return LocalDate.now(clock).plusDays(SUGGESTED_VALIDITY_DAYS);
	}

	private String page(NegotiationService.Thread thread, OfferForm form, BindingResult binding, Model model) {
		model.addAttribute("thread", thread);
		model.addAttribute("inquiry", thread.inquiry());
		model.addAttribute("offerForm", form);
		if (binding != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "offerForm", binding);
		}
		if (!model.containsAttribute("messageText")) {
			model.addAttribute("messageText", "");
		}
		return "trading/inquiry";
	}

	@PostMapping("/inquiries/{id:[0-9]+}/messages")
	String write(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String message,
			Model model, RedirectAttributes redirect) {
		try {
			negotiation.write(user, id, message);
			return "redirect:/inquiries/" + id + "#messages";
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			model.addAttribute("messageText", message);
			model.addAttribute("messageError", e.violations().isEmpty() ? null : e.violations().get(0));
			NegotiationService.Thread thread = negotiation.thread(user, id);
			OfferForm form = new OfferForm();
			form.setValidUntil(suggestedValidity());
			return page(thread, form, null, model);
		}
	}

	@PostMapping("/inquiries/{id:[0-9]+}/offers")
	String offer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("offerForm") OfferForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				negotiation.offer(user, id, form.toDraft());
				redirect.addFlashAttribute("notice", "offer.sent");
				return "redirect:/inquiries/" + id;
			}
			catch (DomainException e) {
				FormErrors.bind(binding, e);
			}
		}
		form.getPlan().fill();
		return page(negotiation.thread(user, id), form, binding, model);
	}

	@PostMapping("/offers/{id:[0-9]+}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean relatedParty,
			@RequestParam(required = false) String relatedPartyNote, RedirectAttributes redirect) {
		Offer offer = negotiation.offerFor(user, id);
		try {
			Agreement a = negotiation.accept(user, id, relatedParty, relatedPartyNote);
			if (a.getDealId() != null) {
				redirect.addFlashAttribute("notice", "offer.accepted.deal");
				return "redirect:/deals/" + a.getDealId();
			}
			redirect.addFlashAttribute("notice", "offer.accepted.notice");
			return "redirect:/trade-notices/" + a.getId();
		}
		catch (DomainException e) {
			Pages.problem(redirect, messages, e);
			return "redirect:/inquiries/" + offer.getInquiryId();
		}
	}

	@PostMapping("/offers/{id:[0-9]+}/reject")
	String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Offer offer = negotiation.offerFor(user, id);
		try {
			negotiation.reject(user, id, reason);
			redirect.addFlashAttribute("notice", "offer.rejected");
		}
		catch (DomainException e) {
			Pages.problem(redirect, messages, e);
		}
		return "redirect:/inquiries/" + offer.getInquiryId();
	}

	@PostMapping("/inquiries/{id:[0-9]+}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			negotiation.close(user, id);
			redirect.addFlashAttribute("notice", "inquiry.closed");
		}
		catch (DomainException e) {
			Pages.problem(redirect, messages, e);
		}
		return "redirect:/inquiries/" + id;
	}

	static BindingResult binding(Object form, String name) {
		return new BeanPropertyBindingResult(form, name);
	}
}
