package org.opentechmarket.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;

import org.opentechmarket.evaluation.domain.ExpertPool;
import org.opentechmarket.evaluation.domain.ExpertStatus;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: the expert pool with filters, one expert's record, status changes and misconduct findings. */
@Controller
class AdminExpertController {

	private final ExpertPool pool;
	private final CodeTables codes;
	private final Clock clock;

	AdminExpertController(ExpertPool pool, CodeTables codes, Clock clock) {
		this.pool = pool;
		this.codes = codes;
		this.clock = clock;
	}

	@GetMapping("/admin/experts")
	String list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) ExpertStatus status,
			@RequestParam(required = false) String discipline, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("experts", pool.list(admin, status, discipline, q));
		model.addAttribute("statuses", ExpertStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("discipline", discipline);
		model.addAttribute("q", q);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("codes", codes);
		return "evaluation/admin-experts";
	}

	@GetMapping("/admin/experts/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, Model model) {
		ExpertPool.Member m = pool.member(admin, id);
		model.addAttribute("m", m);
		model.addAttribute("p", m.profile());
		model.addAttribute("next", m.profile().getStatus().next());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("codes", codes);
		return "evaluation/admin-expert";
	}

	@PostMapping("/admin/experts/{id:[0-9]+}/status")
	String status(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) ExpertStatus status, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			pool.changeStatus(admin, id, status, reason);
			redirect.addFlashAttribute("notice", "expert.status.changed");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("statusError", e.violations().isEmpty() ? e.code() : e.violations().get(0).code());
		}
		return "redirect:/admin/experts/" + id;
	}

	@PostMapping("/admin/experts/{id:[0-9]+}/misconduct")
	String misconduct(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(required = false) Long reviewId, @RequestParam(required = false) String description,
			RedirectAttributes redirect) {
		try {
			pool.recordMisconduct(admin, id, reviewId, description);
			redirect.addFlashAttribute("notice", "expert.misconduct.recorded");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("misconductError", e.violations().get(0).code());
		}
		return "redirect:/admin/experts/" + id;
	}
}
