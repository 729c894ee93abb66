package org.opentechmarket.listing.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.listing.TenderStatus;
import org.opentechmarket.listing.tender.OfferStatus;
import org.opentechmarket.listing.tender.Tender;
import org.opentechmarket.listing.tender.TenderKind;
import org.opentechmarket.listing.tender.TenderOffer;
import org.opentechmarket.listing.tender.TenderService;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FormErrors;
import org.opentechmarket.trading.Deposits;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tender pages: the public list and page (with the offer form), the owner's actions, the opened offers, the own tenders. */
@Controller
class TenderPagesController {

	private final TenderService service;
	private final Deposits deposits;
	private final Achievements achievements;
	private final Clock clock;

	TenderPagesController(TenderService service, Deposits deposits, Achievements achievements, Clock clock) {
		this.service = service;
		this.deposits = deposits;
		this.achievements = achievements;
		this.clock = clock;
	}

	@GetMapping("/tenders")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<Tender> p = service.publicList(page, 20);
		model.addAttribute("tenders", p.getContent());
		model.addAttribute("hasNext", p.hasNext());
		model.addAttribute("page", p.getNumber());
		model.addAttribute("nextHref", "/tenders?page=" + (p.getNumber() + 1));
		model.addAttribute("prevHref", "/tenders?page=" + Math.max(p.getNumber() - 1, 0));
		return "listing/tenders";
	}

	@GetMapping("/tenders/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		OfferForm form = new OfferForm();
		service.ownOffer(user, id).filter(o -> o.getPrice() != null).ifPresent(o -> form.setPrice(o.getPrice()));
		return page(user, id, form, null, model);
	}

	private String page(CurrentUser user, long id, OfferForm form, BindingResult binding, Model model) {
		Tender t = service.view(id);
		boolean manage = service.mayManage(user, t);
		model.addAttribute("tender", t);
		model.addAttribute("manage", manage);
		model.addAttribute("admin", user != null && user.isAdmin());
		model.addAttribute("signedIn", user != null);
		model.addAttribute("mayBid", service.mayBid(user, t));
		model.addAttribute("offerForm", form);
		if (binding != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "offerForm", binding);
		}
		TenderOffer own = service.ownOffer(user, id).orElse(null);
		model.addAttribute("ownOffer", own);
		model.addAttribute("ownDeposit", own == null || own.getDepositId() == null ? null
				: deposits.find(own.getDepositId()).orElse(null));
		model.addAttribute("ownFiles", own == null ? List.of() : service.ownFiles(user, id));
		model.addAttribute("offersAchievements", t.getKind() == TenderKind.BUY && t.terms() != null && user != null
				? achievements.publicHeldBy(user.organisationId(), 500) : List.of());
		boolean opened = t.isOpened(clock);
		boolean dueToOpen = t.getStatus() == TenderStatus.OPEN && !clock.instant().isBefore(t.getOpeningAt());
		model.addAttribute("awaitingOpening", t.getStatus() == TenderStatus.OPEN && !t.takesOffers(clock));
		model.addAttribute("canOpen", manage && dueToOpen);
		model.addAttribute("canEvaluate", user != null && user.isAdmin() && t.getStatus() == TenderStatus.OPENED);
		model.addAttribute("canAward", manage && t.getStatus() == TenderStatus.EVALUATING && t.getRankedAt() != null);
		model.addAttribute("canFail", manage && (t.getStatus() == TenderStatus.OPENED
				|| t.getStatus() == TenderStatus.EVALUATING));
		model.addAttribute("canCancel", manage && t.takesOffers(clock));
		model.addAttribute("offersHref", "/tenders/" + id + "/offers");
		model.addAttribute("showOffers", opened && (manage || user != null && !service.offersFor(user, id).isEmpty()));
		model.addAttribute("ranking", t.getRankedAt() != null && manage ? service.ranking(user, id) : List.of());
		model.addAttribute("formula", TenderView.formula(t.getKind()));
		model.addAttribute("defaultPanelSize", service.properties().panelSize());
		model.addAttribute("listingHref", t.getListingId() == null ? null : "/listings/" + t.getListingId());
		model.addAttribute("dealHref", t.getDealId() == null ? null : "/deals/" + t.getDealId());
		return "listing/tender";
	}

	@PostMapping("/tenders/{id:[0-9]+}/offers")
	String offer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("offerForm") OfferForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(user, id, form, binding, model);
		}
		try {
			service.submit(user, id, form.toDraft());
			redirect.addFlashAttribute("notice", "tender.offer.sealed");
			return "redirect:/tenders/" + id;
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return page(user, id, form, binding, model);
		}
	}

	@PostMapping("/tenders/{id:[0-9]+}/offers/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			if (file.isEmpty()) {
				throw DomainException.invalid(List.of(FieldViolation.of("file", "tender.file.empty")));
			}
			service.attach(user, id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
			redirect.addFlashAttribute("notice", "tender.file.sealed");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("fileError", e.violations().isEmpty() ? e.code() : e.violations().get(0).code());
			redirect.addFlashAttribute("fileErrorArg", e.violations().isEmpty() || e.violations().get(0).args().isEmpty() ? ""
					: e.violations().get(0).args().get(0));
		}
		return "redirect:/tenders/" + id;
	}

	@PostMapping("/tenders/{id:[0-9]+}/offers/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		service.withdraw(user, id);
		redirect.addFlashAttribute("notice", "tender.offer.withdrawn");
		return "redirect:/tenders/" + id;
	}

	@PostMapping("/tenders/{id:[0-9]+}/opening")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		service.open(user, id);
		redirect.addFlashAttribute("notice", "tender.opened");
		return "redirect:/tenders/" + id;
	}

	@PostMapping("/tenders/{id:[0-9]+}/evaluation")
	String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Integer panelSize, RedirectAttributes redirect) {
		service.startEvaluation(user, id, panelSize);
		redirect.addFlashAttribute("notice", "tender.evaluation.started");
		return "redirect:/tenders/" + id;
	}

	@PostMapping("/tenders/{id:[0-9]+}/{action:award|failure|cancellation}")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) String reasons, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "award" -> service.award(user, id, reasons);
				case "failure" -> service.fail(user, id, reasons);
				default -> service.cancel(user, id, reasons);
			}
			redirect.addFlashAttribute("notice", "tender." + action + ".done");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("reasonsError", action);
		}
		return "redirect:/tenders/" + id;
	}

	@GetMapping("/tenders/{id:[0-9]+}/offers")
	String offers(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Tender t = service.view(id);
		List<TenderOffer> offers = service.offersFor(user, id);
		if (!service.mayManage(user, t) && offers.isEmpty()) {
			throw DomainException.notFound("tender.notFound", id);
		}
		model.addAttribute("tender", t);
		model.addAttribute("offers", offers.stream().filter(o -> o.getStatus() != OfferStatus.WITHDRAWN).toList());
		return "listing/offers";
	}

	@GetMapping("/tenders/{id:[0-9]+}/offers/{offerId:[0-9]+}")
	String offerPage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long offerId,
			Model model) {
		model.addAttribute("reading", service.read(user, id, offerId));
		return "listing/offer";
	}

	@GetMapping("/tenders/{id:[0-9]+}/files/{fileId:[0-9]+}")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
		TenderService.FileDownload f = service.file(user, id, fileId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.name(), StandardCharsets.UTF_8)
				.build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(f.bytes());
	}

	// ------------------------------------------------------------------ the owner's side

	@GetMapping("/tenders/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		TenderForm form = new TenderForm();
		form.setPriceWeight(service.properties().buyPriceWeight());
		form.setPassThreshold(service.properties().passThreshold());
		LocalDateTime deadline = LocalDateTime.now(clock).plus(service.properties().minimumOfferPeriod()).plusDays(1)
			.withHour(10).withMinute(0).withSecond(0).withNano(0);
		form.setDeadline(deadline);
		form.setOpeningAt(deadline);
		form.prefill(service.properties().defaultCriteria());
		return form(user, form, model);
	}

	@PostMapping("/tenders")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") TenderForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			form.pad();
			return form(user, form, model);
		}
		try {
			Tender t = service.create(user, form.toDraft(clock.getZone()));
			redirect.addFlashAttribute("notice", "tender.published");
			return "redirect:/tenders/" + t.getId();
		}
		catch (DomainException e) {
			form.pad();
			FormErrors.bind(binding, e);
			return form(user, form, model);
		}
	}

	private String form(CurrentUser user, TenderForm form, Model model) {
		if (user == null) {
			throw DomainException.forbidden("tender.create.notAllowed");
		}
		model.addAttribute("form", form);
		model.addAttribute("kinds", TenderKind.values());
		model.addAttribute("methods", TradeMethod.values());
		model.addAttribute("licenceModes", LicenceMode.values());
		model.addAttribute("achievements", achievements.publicHeldBy(user.organisationId(), 500));
		model.addAttribute("minimumOfferDays", service.properties().minimumOfferPeriod().toDays());
		return "listing/tender-form";
	}

	/** An own offer with its tender, for the "my tenders" page. */
	record OwnRow(TenderOffer offer, Tender tender) {
	}

	@GetMapping("/my/tenders")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("tenders", service.owned(user));
		model.addAttribute("offers", service.ownOffers(user).stream()
			.map(o -> new OwnRow(o, service.view(o.getTenderId())))
			.toList());
		return "listing/my-tenders";
	}
}
