package org.opentechmarket.contract.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.opentechmarket.contract.domain.CertificatePdf;
import org.opentechmarket.contract.domain.Contract;
import org.opentechmarket.contract.domain.ContractService;
import org.opentechmarket.contract.domain.ContractStatus;
import org.opentechmarket.contract.domain.ContractSubType;
import org.opentechmarket.contract.domain.ContractType;
import org.opentechmarket.contract.domain.CostKind;
import org.opentechmarket.contract.domain.IpType;
import org.opentechmarket.contract.domain.LicenceMode;
import org.opentechmarket.contract.domain.NotRegistrableReason;
import org.opentechmarket.contract.domain.PartyNature;
import org.opentechmarket.contract.domain.PaymentMode;
import org.opentechmarket.contract.domain.PlanSource;
import org.opentechmarket.contract.domain.RegistrationPoints;
import org.opentechmarket.contract.domain.TechnicalField;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FileStore;
import org.opentechmarket.platform.FormErrors;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registrant's pages (my contracts, the form, resubmission) and each contract's page with the registrar's actions. */
@Controller
class ContractController {

	private final ContractService contracts;
	private final CertificatePdf certificates;
	private final FileStore files;
	private final CodeTables codes;

	ContractController(ContractService contracts, CertificatePdf certificates, FileStore files, CodeTables codes) {
		this.contracts = contracts;
		this.certificates = certificates;
		this.files = files;
		this.codes = codes;
	}

	@GetMapping("/contracts")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("contracts", contracts.mine(user));
		model.addAttribute("deals", contracts.deals(user));
		return "contract/list";
	}

	@GetMapping("/contracts/new")
	String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String deal, Model model) {
		ContractForm form = deal == null || deal.isBlank() ? new ContractForm() : ContractForm.of(contracts.prefill(user, deal));
		if (form.getSellerName() == null) {
			form.setSellerName(user.organisationName());
		}
		model.addAttribute("form", form);
		return formPage(model, null);
	}

	@PostMapping("/contracts")
	String submit(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ContractForm form, BindingResult binding,
			@RequestParam(name = "document", required = false) MultipartFile document, Model model) {
		try {
			Contract c = contracts.submit(user, form.draft(), upload(document));
			return "redirect:/contracts/" + c.getId();
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			form.pad();
			return formPage(model, null);
		}
	}

	@GetMapping("/contracts/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Contract c = contracts.view(user, id);
		if (!contracts.isRegistrant(user, c) || c.getStatus() != ContractStatus.RETURNED) {
			return "redirect:/contracts/" + id;
		}
		model.addAttribute("form", ContractForm.of(c));
		return formPage(model, c);
	}

	@PostMapping("/contracts/{id}/resubmit")
	String resubmit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") ContractForm form,
			BindingResult binding, @RequestParam(name = "document", required = false) MultipartFile document, Model model) {
		try {
			contracts.resubmit(user, id, form.draft(), upload(document));
			return "redirect:/contracts/" + id;
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			form.pad();
			return formPage(model, contracts.view(user, id));
		}
	}

	private String formPage(Model model, Contract existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("types", ContractType.values());
		model.addAttribute("subTypes", ContractSubType.values());
		model.addAttribute("licenceModes", LicenceMode.values());
		model.addAttribute("fields", TechnicalField.values());
		model.addAttribute("ipTypes", IpType.values());
		model.addAttribute("planSources", PlanSource.values());
		model.addAttribute("paymentModes", PaymentMode.values());
		model.addAttribute("natures", PartyNature.values());
		model.addAttribute("costKinds", CostKind.values());
		model.addAttribute("carrierSets", contracts.properties().carrierEquipmentSets());
		return "contract/form";
	}

	private static ContractService.Upload upload(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new ContractService.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// ------------------------------------------------------------------ one contract

	@GetMapping("/contracts/{id}")
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) BigDecimal netBookValue, @RequestParam(required = false) BigDecimal relatedTaxes,
			Locale locale, Model model) {
		Contract c = contracts.view(user, id);
		model.addAttribute("c", c);
		model.addAttribute("mayDecide", contracts.mayDecide(user, c));
		model.addAttribute("isRegistrant", contracts.isRegistrant(user, c));
		model.addAttribute("isAdmin", user.isAdmin());
		model.addAttribute("remaining", contracts.remainingWorkingDays(c));
		model.addAttribute("limit", contracts.limitFor(c));
		model.addAttribute("needsOpinion", c.needsExpertOpinion(contracts.properties().largeAmount()));
		model.addAttribute("pointName",
				contracts.point(c.getPointOrganisationId()).map(RegistrationPoints.Point::name).orElse("#" + c.getPointOrganisationId()));
		model.addAttribute("reasons", NotRegistrableReason.values());
		model.addAttribute("buyerRegion", region(c.getBuyer().getRegionCode(), locale));
		model.addAttribute("sellerRegion", region(c.getSeller().getRegionCode(), locale));
		model.addAttribute("opinions", contracts.opinions(user, c));
		boolean taxBlock = c.getStatus().inForce() && c.getTerms().getType().transferOrLicense();
		model.addAttribute("taxBlock", taxBlock);
		if (taxBlock) {
			BigDecimal book = netBookValue == null || netBookValue.signum() < 0 ? BigDecimal.ZERO : netBookValue;
			BigDecimal taxes = relatedTaxes == null || relatedTaxes.signum() < 0 ? BigDecimal.ZERO : relatedTaxes;
			boolean pilot = contracts.pilotZone(c.getSeller().getRegionCode());
			model.addAttribute("netBookValue", book);
			model.addAttribute("relatedTaxes", taxes);
			model.addAttribute("pilot", pilot);
			model.addAttribute("taxQualifying", c.getTerms().incomeTaxQualifying());
			model.addAttribute("tax", contracts.properties().taxEstimator().estimate(c.getTechnicalAmount(), book, taxes, pilot));
		}
		return "contract/detail";
	}

	private String region(String code, Locale locale) {
		return code == null ? "" : codes.regions().label(code, locale);
	}

	@GetMapping("/contracts/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Contract c = contracts.view(user, id);
		if (!c.getStatus().inForce()) {
			throw DomainException.notFound("contract.certificate.none", id);
		}
		String point = contracts.point(c.getPointOrganisationId()).map(RegistrationPoints.Point::name).orElse("");
		byte[] pdf = certificates.render(c, point);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("contract-" + c.getRegistrationNumber() + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(pdf);
	}

	@GetMapping("/contracts/{id}/document")
	ResponseEntity<Resource> document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Contract c = contracts.view(user, id);
		if (c.getDocument() == null || c.getDocument().getStorageKey() == null
				|| !Files.exists(files.path(c.getDocument().getStorageKey()))) {
			throw DomainException.notFound("contract.document.missing", id);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(c.getDocument().getFileName(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(new FileSystemResource(files.path(c.getDocument().getStorageKey())));
	}

	// ------------------------------------------------------------------ registrar actions

	@PostMapping("/contracts/{id}/return")
	String returnIt(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reasons,
			RedirectAttributes flash) {
		return act(id, flash, () -> contracts.returnForCorrection(user, id, reasons), "contract.flash.returned");
	}

	@PostMapping("/contracts/{id}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(id, flash, () -> contracts.approve(user, id), "contract.flash.registered");
	}

	@PostMapping("/contracts/{id}/refuse")
	String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) NotRegistrableReason reason, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		return act(id, flash, () -> contracts.refuse(user, id, reason, note), "contract.flash.notRegistered");
	}

	@PostMapping("/contracts/{id}/dispute")
	String dispute(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		return act(id, flash, () -> contracts.markDisputed(user, id, note), "contract.flash.disputed");
	}

	@PostMapping("/contracts/{id}/opinion")
	String opinion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
		return act(id, flash, () -> contracts.requestOpinion(user, id), "contract.flash.opinionRequested");
	}

	@PostMapping("/contracts/{id}/amend")
	String amend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) BigDecimal contractAmount, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		return act(id, flash, () -> contracts.amend(user, id, contractAmount, note), "contract.flash.amended");
	}

	@PostMapping("/contracts/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		return act(id, flash, () -> contracts.cancel(user, id, note), "contract.flash.cancelled");
	}

	private String act(long id, RedirectAttributes flash, Runnable action, String successKey) {
		try {
			action.run();
			flash.addFlashAttribute("flashKey", successKey);
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
				throw e;
			}
			flash.addFlashAttribute("errorKeys", e.violations().isEmpty() ? List.of(e.code())
					: e.violations().stream().map(v -> v.code()).toList());
		}
		return "redirect:/contracts/" + id;
	}
}
