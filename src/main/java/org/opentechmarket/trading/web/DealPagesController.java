package org.opentechmarket.trading.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.broker.AttachmentSubject;
import org.opentechmarket.broker.Brokers;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FormErrors;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.domain.DealDocument;
import org.opentechmarket.trading.domain.DealPayment;
import org.opentechmarket.trading.domain.DealService;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Deal pages: my organisation's deals, one deal with its plan, documents, payments and brokers, the administrators' list. */
@Controller
class DealPagesController {

	private final DealService deals;
	private final Brokers brokers;
	private final MessageSource messages;
	private final Clock clock;

	DealPagesController(DealService deals, Brokers brokers, MessageSource messages, Clock clock) {
		this.deals = deals;
		this.brokers = brokers;
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

	@GetMapping("/deals")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("deals", deals.ofMyOrganisation(user));
		model.addAttribute("organisationId", user.organisationId());
		return "trading/deals";
	}

	@GetMapping("/admin/deals")
	String all(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("deals", deals.all(admin));
		return "trading/admin-deals";
	}

	@GetMapping("/deals/{id:[0-9]+}")
	String deal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page(user, id, null, null, model);
	}

	private String page(CurrentUser user, long id, PlanHolder planForm, PaymentForm paymentForm, Model model) {
		DealService.Details d = deals.details(user, id);
		model.addAttribute("d", d);
		model.addAttribute("deal", d.deal());
		if (planForm == null) {
			planForm = new PlanHolder();
			planForm.setPlan(PlanForm.of(d.plan()));
		}
		planForm.getPlan().fill();
		model.addAttribute("planForm", planForm);
		if (paymentForm == null) {
			paymentForm = new PaymentForm();
			paymentForm.setPaidOn(LocalDate.now(clock));
			paymentForm.setAmount(d.plan() != null && d.plan().kind().fixedTotal()
					? Money.text(d.outstanding().subtract(d.pendingPayments())
						.max(BigDecimal.ZERO))
					: null);
		}
		model.addAttribute("paymentForm", paymentForm);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("achievementBrokers", d.mayInviteBroker()
				? brokers.brokersOf(AttachmentSubject.ACHIEVEMENT, d.deal().getAchievementId()) : List.of());
		return "trading/deal";
	}

	@PostMapping("/deals/{id:[0-9]+}/plan")
	String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("planForm") PlanHolder form, BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				List<FieldViolation> v = new ArrayList<>();
				var plan = form.getPlan().toPlan(v);
				Json.failOn(v);
				deals.setPlan(user, id, plan);
				redirect.addFlashAttribute("notice", "deal.plan.saved");
				return "redirect:/deals/" + id;
			}
			catch (DomainException e) {
				FormErrors.bind(binding, e);
			}
		}
		return page(user, id, form, null, model);
	}

	@PostMapping("/deals/{id:[0-9]+}/documents")
	String document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "OTHER") DealDocument.Kind kind, RedirectAttributes redirect) throws IOException {
		try {
			deals.addDocument(user, id, kind, file == null ? null : file.getOriginalFilename(),
					file == null ? 0 : file.getSize(), file == null || file.isEmpty() ? null : file.getInputStream());
			redirect.addFlashAttribute("notice", "deal.document.added");
		}
		catch (DomainException e) {
			Pages.problem(redirect, messages, e);
		}
		return "redirect:/deals/" + id + "#documents";
	}

	@GetMapping("/deals/documents/{id:[0-9]+}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) throws IOException {
		DealDocument d = deals.document(user, id);
		return Pages.attachment(d.getFileName(), d.getContentType(), deals.file(d.getStorageKey()));
	}

	@PostMapping("/deals/{id:[0-9]+}/signature")
	String sign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			RedirectAttributes redirect) {
		try {
			deals.sign(user, id, signedOn);
			redirect.addFlashAttribute("notice", "deal.signed");
		}
		catch (DomainException e) {
			Pages.problem(redirect, messages, e);
		}
		return "redirect:/deals/" + id;
	}

	@PostMapping("/deals/{id:[0-9]+}/payments")
	String pay(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("paymentForm") PaymentForm form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		if (!binding.hasErrors()) {
			try {
				List<FieldViolation> v = new ArrayList<>();
				BigDecimal amount = Json.amount(form.getAmount(), "amount", v);
				Json.failOn(v);
				DealPayment p = deals.recordPayment(user, id, amount, form.getPaidOn(), form.getBankReference(),
						file == null ? null : file.getOriginalFilename(), file == null ? 0 : file.getSize(),
						file == null || file.isEmpty() ? null : file.getInputStream());
				redirect.addFlashAttribute("notice", "payment.recorded");
				return "redirect:/deals/" + id + "#payment-" + p.getId();
			}
			catch (DomainException e) {
				FormErrors.bind(binding, e);
			}
		}
		return page(user, id, null, form, model);
	}

	@GetMapping("/deals/payments/{id:[0-9]+}/evidence")
	ResponseEntity<Resource> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) throws IOException {
		DealPayment p = deals.payment(user, id);
		return Pages.attachment(p.getEvidenceFileName(), p.getEvidenceContentType(),
				deals.file(p.getEvidenceStorageKey()));
	}

	@PostMapping("/deals/payments/{id:[0-9]+}/{decision:confirm|reject}")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String decision,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		DealPayment p = deals.payment(user, id);
		try {
			if (decision.equals("confirm")) {
				deals.confirmPayment(user, id);
				redirect.addFlashAttribute("notice", "payment.confirmed");
			}
			else {
				deals.rejectPayment(user, id, reason);
				redirect.addFlashAttribute("notice", "payment.rejected");
			}
		}
		catch (DomainException e) {
			Pages.problem(redirect, messages, e);
		}
		return "redirect:/deals/" + p.getDealId() + "#payments";
	}

	@PostMapping("/deals/{id:[0-9]+}/{action:complete|terminate}")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			if (action.equals("complete")) {
				deals.complete(user, id);
				redirect.addFlashAttribute("notice", "deal.completed");
			}
			else {
				deals.terminate(user, id, reason);
				redirect.addFlashAttribute("notice", "deal.terminated");
			}
		}
		catch (DomainException e) {
			Pages.problem(redirect, messages, e);
		}
		return "redirect:/deals/" + id;
	}

	@PostMapping("/deals/{id:[0-9]+}/brokers")
	String broker(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long brokerUserId, RedirectAttributes redirect) {
		try {
			if (brokerUserId == null) {
				throw DomainException.invalid(List.of(FieldViolation.of("brokerUserId", "validation.required")));
			}
			deals.inviteBroker(user, id, brokerUserId);
			redirect.addFlashAttribute("notice", "deal.broker.invited");
		}
		catch (DomainException e) {
			Pages.problem(redirect, messages, e);
		}
		return "redirect:/deals/" + id + "#brokers";
	}

	static BindingResult binding(Object form, String name) {
		return new BeanPropertyBindingResult(form, name);
	}
}
