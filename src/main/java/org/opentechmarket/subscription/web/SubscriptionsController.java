package org.opentechmarket.subscription.web;

import java.util.List;
import java.util.Locale;

import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FormErrors;
import org.opentechmarket.subscription.domain.Digests;
import org.opentechmarket.subscription.domain.Recipients;
import org.opentechmarket.subscription.domain.Subscription;
import org.opentechmarket.subscription.domain.SubscriptionService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My subscriptions": saved searches and followed needs (list, create, pause, resume, delete), the e-mail choice, recent
 * digests and the digest page. The catalogue's "subscribe to this search" opens {@code /my/subscriptions/new} with the
 * search's parameters; the need page's button posts to {@code /my/subscriptions/needs/{id}}.
 */
@Controller
class SubscriptionsController {

	private final SubscriptionService service;
	private final Digests digests;
	private final Recipients recipients;
	private final UserAccounts users;
	private final CodeTables codes;
	private final ObjectProvider<JavaMailSender> mail;

	SubscriptionsController(SubscriptionService service, Digests digests, Recipients recipients, UserAccounts users,
			CodeTables codes, ObjectProvider<JavaMailSender> mail) {
		this.service = service;
		this.digests = digests;
		this.recipients = recipients;
		this.users = users;
		this.codes = codes;
		this.mail = mail;
	}

	@GetMapping("/my/subscriptions")
	String list(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		return page(user, new SearchForm(), model, locale);
	}

	/** The form filled from a catalogue search (its parameter names: q, industrySection, disciplineRoot, provinceCode, trl). */
	@GetMapping("/my/subscriptions/new")
	String prefilled(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String industrySection, @RequestParam(required = false) String disciplineRoot,
			@RequestParam(required = false) String provinceCode, @RequestParam(required = false) String trl, Model model,
			Locale locale) {
		SearchForm form = new SearchForm();
		form.setText(q);
		form.setName(q);
		form.setIndustryCode(industrySection);
		form.setDisciplineCode(disciplineRoot);
		form.setRegionCode(provinceCode);
		if (trl != null && trl.matches("[1-9]")) {
			form.setMinTrl(Integer.valueOf(trl));
		}
		model.addAttribute("prefilled", true);
		return page(user, form, model, locale);
	}

	@PostMapping("/my/subscriptions")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SearchForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			return page(user, form, model, locale);
		}
		try {
			service.saveSearch(user, form.getName(), form.toCriteria(), locale);
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.CONFLICT) {
				binding.reject(e.code(), e.args(), e.code());
			}
			else {
				FormErrors.bind(binding, e);
			}
			return page(user, form, model, locale);
		}
		redirect.addFlashAttribute("notice", "subscription.saved");
		return "redirect:/my/subscriptions";
	}

	@PostMapping("/my/subscriptions/{id:[0-9]+}/pause")
	String pause(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		service.pause(user, id);
		redirect.addFlashAttribute("notice", "subscription.paused");
		return "redirect:/my/subscriptions";
	}

	@PostMapping("/my/subscriptions/{id:[0-9]+}/resume")
	String resume(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		service.resume(user, id);
		redirect.addFlashAttribute("notice", "subscription.resumed");
		return "redirect:/my/subscriptions";
	}

	@PostMapping("/my/subscriptions/{id:[0-9]+}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		service.delete(user, id);
		redirect.addFlashAttribute("notice", "subscription.deleted");
		return "redirect:/my/subscriptions";
	}

	/** Follow a need of one's own organisation (the need page's button; with htmx it swaps in a confirmation). */
	@PostMapping("/my/subscriptions/needs/{needId:[0-9]+}")
	String followNeed(@AuthenticationPrincipal CurrentUser user, @PathVariable long needId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect,
			Locale locale) {
		Subscription s = service.followNeed(user, needId, locale);
		if (htmx != null) {
			model.addAttribute("subscription", s);
			return "subscription/fragments :: followed";
		}
		redirect.addFlashAttribute("notice", "subscription.needFollowed");
		return "redirect:/my/subscriptions";
	}

	@PostMapping("/my/subscriptions/mail")
	String mail(@AuthenticationPrincipal CurrentUser user, @RequestParam boolean enabled, RedirectAttributes redirect,
			Locale locale) {
		service.setMail(user, enabled, locale);
		redirect.addFlashAttribute("notice", enabled ? "subscription.mail.enabled" : "subscription.mail.disabled");
		return "redirect:/my/subscriptions";
	}

	@GetMapping("/my/digests/{id:[0-9]+}")
	String digest(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("digest", digests.forUser(user, id));
		return "subscription/digest";
	}

	private String page(CurrentUser user, SearchForm form, Model model, Locale locale) {
		List<SubscriptionRow> rows = service.mine(user).stream().map(s -> SubscriptionRow.of(s, codes, locale)).toList();
		model.addAttribute("subscriptions", rows);
		model.addAttribute("form", form);
		model.addAttribute("industries", codes.industries().topLevel());
		model.addAttribute("disciplines", codes.disciplines().topLevel());
		model.addAttribute("regions", codes.regions().all().stream().filter(c -> c.level() <= 2).toList());
		model.addAttribute("preferences", recipients.of(user.id()));
		model.addAttribute("hasEmail", users.emailOf(user.id()).isPresent());
		model.addAttribute("mailConfigured", mail.getIfAvailable() != null);
		model.addAttribute("digests", digests.recent(user, 10));
		return "subscription/list";
	}
}
