package org.opentechmarket.broker.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.opentechmarket.broker.AttachmentSubject;
import org.opentechmarket.broker.domain.Attachment;
import org.opentechmarket.broker.domain.BrokerService;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The holder's side of attachments: brokers' offers on our achievements to accept or decline, and invitations we send. */
@Controller
class HolderBrokersController {

	private final BrokerService brokers;

	HolderBrokersController(BrokerService brokers) {
		this.brokers = brokers;
	}

	@GetMapping("/my/brokers")
	String list(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		List<Attachment> attachments = brokers.attachmentsOfHolder(user);
		model.addAttribute("attachments", attachments);
		model.addAttribute("names", attachments.stream().map(Attachment::getBrokerUserId).distinct()
			.collect(Collectors.toMap(id -> id, brokers::displayName)));
		Map<Long, String> titles = attachments.stream().map(Attachment::getSubjectId).distinct()
			.collect(Collectors.toMap(id -> id, id -> brokers.achievement(id).map(a -> a.title()).orElse("#" + id)));
		model.addAttribute("titles", titles);
		model.addAttribute("directory", brokers.directory(locale));
		return "broker/holder";
	}

	@PostMapping("/my/brokers/invite")
	String invite(@AuthenticationPrincipal CurrentUser user, @RequestParam long achievementId, @RequestParam long brokerUserId,
			RedirectAttributes redirect) {
		brokers.invite(user, brokerUserId, AttachmentSubject.ACHIEVEMENT, achievementId, user.organisationId());
		redirect.addFlashAttribute("notice", "broker.invitation.sent");
		return "redirect:/my/brokers";
	}

	@PostMapping("/my/brokers/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		brokers.decide(user, id, true);
		redirect.addFlashAttribute("notice", "broker.attachment.accepted");
		return "redirect:/my/brokers";
	}

	@PostMapping("/my/brokers/{id}/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		brokers.end(user, id);
		redirect.addFlashAttribute("notice", "broker.attachment.ended");
		return "redirect:/my/brokers";
	}

	@PostMapping("/my/brokers/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		brokers.decide(user, id, false);
		redirect.addFlashAttribute("notice", "broker.attachment.declined");
		return "redirect:/my/brokers";
	}
}
