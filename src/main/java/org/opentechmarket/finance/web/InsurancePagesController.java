package org.opentechmarket.finance.web;

import org.opentechmarket.platform.FormErrors;
import java.time.LocalDate;

import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.finance.domain.EvidenceService;
import org.opentechmarket.finance.domain.FinanceAccess;
import org.opentechmarket.finance.domain.InsuranceKind;
import org.opentechmarket.finance.domain.InsurancePolicy;
import org.opentechmarket.finance.domain.InsuranceService;
import org.opentechmarket.finance.domain.PolicyForm;
import org.opentechmarket.finance.domain.PolicyStatus;
import org.opentechmarket.finance.domain.ProductForm;
import org.opentechmarket.finance.domain.RecordType;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Insurance: products (anyone signed in reads them, insurers add theirs) and policies (like loans). */
@Controller
class InsurancePagesController {

	private final InsuranceService insurance;
	private final EvidenceService evidence;
	private final FinanceAccess access;
	private final Achievements achievements;
	private final MessageSource messages;

	InsurancePagesController(InsuranceService insurance, EvidenceService evidence, FinanceAccess access,
			Achievements achievements, MessageSource messages) {
		this.insurance = insurance;
		this.evidence = evidence;
		this.access = access;
		this.achievements = achievements;
		this.messages = messages;
	}

	@GetMapping("/finance/insurance")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("productForm", new ProductForm());
		return listPage(user, page, model);
	}

	@PostMapping("/finance/insurance/products")
	String addProduct(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("productForm") ProductForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		access.financier(user);
		if (!binding.hasErrors()) {
			try {
				insurance.addProduct(user, form);
				redirect.addFlashAttribute("notice", "finance.product.saved");
				return "redirect:/finance/insurance";
			}
			catch (DomainException e) {
				FormErrors.bind(binding, e);
			}
		}
		model.addAttribute("productFormOpen", true);
		return listPage(user, 0, model);
	}

	@GetMapping("/finance/insurance/policies/new")
	String newPolicy(@AuthenticationPrincipal CurrentUser user, Model model) {
		access.financier(user);
		model.addAttribute("form", new PolicyForm());
		return formPage(user, model);
	}

	@PostMapping("/finance/insurance/policies")
	String issue(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") PolicyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		access.financier(user);
		if (binding.hasErrors()) {
			return formPage(user, model);
		}
		try {
			InsurancePolicy policy = insurance.issue(user, form);
			redirect.addFlashAttribute("notice", "finance.policy.saved");
			return "redirect:/finance/insurance/policies/" + policy.getId();
		}
		catch (DomainException e) {
			FormErrors.bind(binding, e);
			return formPage(user, model);
		}
	}

	@GetMapping("/finance/insurance/policies/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		InsurancePolicy policy = insurance.view(user, id);
		model.addAttribute("policy", policy);
		model.addAttribute("mayEdit", insurance.mayEdit(user, policy));
		model.addAttribute("evidence", evidence.of(user, RecordType.POLICY, id));
		model.addAttribute("achievementTitle", policy.getAchievementId() == null ? null
				: achievements.find(policy.getAchievementId()).map(a -> a.title()).orElse(null));
		return "finance/policy";
	}

	@PostMapping("/finance/insurance/policies/{id}/status")
	String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) PolicyStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		try {
			insurance.move(user, id, status, on);
			redirect.addFlashAttribute("notice", "finance.status.changed");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("actionError", Downloads.message(messages, e));
		}
		return "redirect:/finance/insurance/policies/" + id;
	}

	private String listPage(CurrentUser user, int page, Model model) {
		model.addAttribute("products", insurance.products());
		model.addAttribute("policies", insurance.list(user, page));
		model.addAttribute("mayRecord", user.has(Role.FINANCIER));
		model.addAttribute("kinds", InsuranceKind.values());
		return "finance/insurance";
	}

	private String formPage(CurrentUser user, Model model) {
		model.addAttribute("products", insurance.productsOf(user));
		return "finance/policy-form";
	}
}
