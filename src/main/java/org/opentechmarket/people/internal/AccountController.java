package org.opentechmarket.people.internal;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

	private final AccountService accounts;
	private final CodeTables codes;

	AccountController(AccountService accounts, CodeTables codes) {
		this.accounts = accounts;
		this.codes = codes;
	}

	@GetMapping("/login")
	String login() {
		return "people/login";
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("form", new SignUpForm());
		return signUpPage(model);
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult binding, Model model,
			HttpServletRequest request, RedirectAttributes redirect) throws ServletException {
		if (binding.hasErrors()) {
			return signUpPage(model);
		}
		try {
			accounts.signUp(form);
		}
		catch (DomainException e) {
			for (FieldViolation v : e.violations()) {
				binding.rejectValue(v.field(), v.code(), v.argsArray(), v.code());
			}
			if (e.violations().isEmpty()) {
				binding.reject(e.code(), e.args(), e.code());
			}
			return signUpPage(model);
		}
		request.login(form.getUsername(), form.getPassword());
		redirect.addFlashAttribute("notice", "signup.done");
		return "redirect:/account";
	}

	private String signUpPage(Model model) {
		model.addAttribute("organisationTypes", Arrays.stream(OrganisationType.values())
			.filter(t -> t != OrganisationType.GOVERNMENT)
			.toList());
		model.addAttribute("regions", codes.regions());
		return "people/signup";
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		Organisation organisation = accounts.organisation(user.organisationId());
		model.addAttribute("organisation", organisation);
		model.addAttribute("regionLabel", codes.regions().label(organisation.getRegionCode(), locale));
		return "people/account";
	}
}
