package org.opentechmarket.matching.web;

import java.util.Locale;

import org.opentechmarket.matching.domain.BrokerRequest;
import org.opentechmarket.matching.domain.BrokerRequestService;
import org.opentechmarket.matching.domain.MatchFeedbackService;
import org.opentechmarket.matching.domain.MatchFeedback;
import org.opentechmarket.matching.domain.MatchViews;
import org.opentechmarket.matching.domain.ShownOn;
import org.opentechmarket.matching.domain.Verdict;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The match parts of the need and achievement pages. The demand and achievement pages load them with htmx (on load), so
 * neither module depends on matching; without JavaScript each is also a page of its own. Matches of a public need, an
 * achievement's likely needs and similar achievements are public; feedback and broker requests need a sign-in.
 */
@Controller
class MatchPagesController {

	private final MatchViews views;
	private final MatchFeedbackService feedback;
	private final BrokerRequestService requests;

	MatchPagesController(MatchViews views, MatchFeedbackService feedback, BrokerRequestService requests) {
		this.views = views;
		this.feedback = feedback;
		this.requests = requests;
	}

	@GetMapping("/needs/{id:[0-9]+}/matches")
	String needMatches(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		model.addAttribute("m", views.forNeed(user, id, locale));
		return htmx != null ? "matching/fragments :: need-matches" : "matching/need-matches";
	}

	@GetMapping("/achievements/{id:[0-9]+}/needs")
	String achievementNeeds(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		model.addAttribute("a", views.forAchievement(user, id, locale));
		return htmx != null ? "matching/fragments :: achievement-needs" : "matching/achievement-needs";
	}

	@GetMapping("/achievements/{id:[0-9]+}/similar")
	String similar(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Locale locale, Model model) {
		model.addAttribute("achievementId", id);
		model.addAttribute("similar", views.similar(id, locale));
		return htmx != null ? "matching/fragments :: similar" : "matching/similar";
	}

	/** Useful / not useful on a shown match: the buttons again (htmx), or back to the page it was shown on. */
	@PostMapping("/matching/feedback")
	String judge(@AuthenticationPrincipal CurrentUser user, @RequestParam long needId, @RequestParam long achievementId,
			@RequestParam String verdict, @RequestParam(defaultValue = "NEED_PAGE") String shownOn,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
		ShownOn where = parse(ShownOn.class, shownOn);
		MatchFeedback f = feedback.judge(user, new MatchFeedbackService.Judgement(needId, null, null, achievementId,
				parse(Verdict.class, verdict), where));
		if (htmx != null) {
			model.addAttribute("needId", needId);
			model.addAttribute("achievementId", achievementId);
			model.addAttribute("shownOn", where.name());
			model.addAttribute("verdict", f.getVerdict());
			model.addAttribute("saved", true);
			return "matching/fragments :: feedback";
		}
		redirect.addFlashAttribute("notice", "matching.feedback.saved");
		return where == ShownOn.ACHIEVEMENT_PAGE ? "redirect:/achievements/" + achievementId + "#likely-needs"
				: where == ShownOn.BROKER_PAIRS ? "redirect:/broker/pairs" : "redirect:/needs/" + needId + "#matches";
	}

	/** The need's manager hands it to a broker (the offer shown when no strong match was found). */
	@PostMapping("/needs/{id:[0-9]+}/broker-request")
	String requestBroker(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String note, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Locale locale, Model model, RedirectAttributes redirect) {
		requests.request(user, id, note);
		if (htmx != null) {
			model.addAttribute("m", views.forNeed(user, id, locale));
			model.addAttribute("brokerRequested", true);
			return "matching/fragments :: need-matches";
		}
		redirect.addFlashAttribute("notice", "matching.brokerRequest.sent");
		return "redirect:/needs/" + id + "#matches";
	}

	@PostMapping("/matching/broker-requests/{requestId:[0-9]+}/cancel")
	String cancelBrokerRequest(@AuthenticationPrincipal CurrentUser user, @PathVariable long requestId,
			RedirectAttributes redirect) {
		BrokerRequest r = requests.cancel(user, requestId);
		redirect.addFlashAttribute("notice", "matching.brokerRequest.cancelled");
		return "redirect:/needs/" + r.getNeedId() + "#matches";
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw DomainException.invalid("matching.feedback.invalid");
		}
	}
}
