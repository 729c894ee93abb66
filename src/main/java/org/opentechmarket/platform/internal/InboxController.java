package org.opentechmarket.platform.internal;

import java.time.Clock;

import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's inbox: newest first; opening a message marks it read and follows its link. */
@Controller
class InboxController {

	private final InboxMessages messages;
	private final Clock clock;

	InboxController(InboxMessages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	@Transactional(readOnly = true)
	String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("messages", messages.findByUserIdOrderByDeliveredAtDescIdDesc(user.id(),
				PageRequest.of(Math.max(0, Math.min(page, 1000)), 30)).map(InboxRow::of));
		return "platform/inbox";
	}

	@PostMapping("/inbox/{id}/open")
	@Transactional
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		InboxMessage message = messages.findByIdAndUserId(id, user.id())
			.orElseThrow(() -> DomainException.notFound("inbox.notFound", id));
		message.markRead(clock.instant());
		return "redirect:" + (message.getLink() == null ? "/inbox" : message.getLink());
	}

	@PostMapping("/inbox/read")
	@Transactional
	String readAll(@AuthenticationPrincipal CurrentUser user) {
		messages.markAllRead(user.id(), clock.instant());
		return "redirect:/inbox";
	}
}
