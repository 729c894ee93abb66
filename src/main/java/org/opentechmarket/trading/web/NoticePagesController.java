package org.opentechmarket.trading.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.trading.domain.Agreement;
import org.opentechmarket.trading.domain.AgreementObjection;
import org.opentechmarket.trading.domain.NoticeService;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public notice board of negotiated prices (/trade-notices: the achievement registrations' notices are at /notices),
 * objections, and the administrators' queue of objections to resolve.
 */
@Controller
class NoticePagesController {

	private final NoticeService notices;
	private final MessageSource messages;
	private final Clock clock;

	NoticePagesController(NoticeService notices, MessageSource messages, Clock clock) {
		this.notices = notices;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/trade-notices")
	String board(Model model) {
		model.addAttribute("current", notices.current());
		model.addAttribute("past", notices.past());
		return "trading/notices";
	}

	@GetMapping("/trade-notices/{id:[0-9]+}")
	String notice(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page(user, notices.notice(id), "", null, model);
	}

	private String page(CurrentUser user, Agreement a, String reasons, DomainException error, Model model) {
		model.addAttribute("agreement", a);
		model.addAttribute("objections", notices.objectionsOf(user, a));
		model.addAttribute("pending", notices.hasOpenObjection(a));
		model.addAttribute("open", a.inNotice(clock.instant()));
		model.addAttribute("signedIn", user != null);
		model.addAttribute("reasons", reasons);
		model.addAttribute("reasonsError", error == null || error.violations().isEmpty() ? null : error.violations().get(0));
		return "trading/notice";
	}

	@PostMapping("/trade-notices/{id:[0-9]+}/objections")
	String object(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reasons, Model model, RedirectAttributes redirect) {
		try {
			notices.object(user, id, reasons);
			redirect.addFlashAttribute("notice", "notice.objection.filed");
			return "redirect:/trade-notices/" + id;
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				Pages.problem(redirect, messages, e);
				return "redirect:/trade-notices/" + id;
			}
			return page(user, notices.notice(id), reasons, e, model);
		}
	}

	@GetMapping("/admin/trade-notices")
	String queue(@AuthenticationPrincipal CurrentUser admin, Model model) {
		List<AgreementObjection> open = notices.openObjections(admin);
		Map<Long, Agreement> agreements = new LinkedHashMap<>();
		for (AgreementObjection o : open) {
			agreements.computeIfAbsent(o.getAgreementId(), notices::notice);
		}
		model.addAttribute("objections", open);
		model.addAttribute("agreements", agreements);
		model.addAttribute("current", notices.current());
		return "trading/admin-notices";
	}

	@PostMapping("/admin/trade-notices/objections/{id:[0-9]+}")
	String resolve(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam String decision,
			@RequestParam(required = false) String resolution, RedirectAttributes redirect) {
		try {
			boolean upheld = "uphold".equals(decision);
			notices.resolve(admin, id, upheld, resolution);
			redirect.addFlashAttribute("notice", upheld ? "notice.objection.upheld" : "notice.objection.dismissed");
		}
		catch (DomainException e) {
			Pages.problem(redirect, messages, e);
		}
		return "redirect:/admin/trade-notices";
	}
}
