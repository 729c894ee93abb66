package org.opentechmarket.subscription.web;

import java.util.OptionalLong;

import org.opentechmarket.platform.DomainException;
import org.opentechmarket.subscription.domain.SubscriptionService;
import org.opentechmarket.subscription.mail.UnsubscribeTokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of digest mails, without signing in: GET shows what it will do and a button (a link preview or a
 * mail scanner fetching the link changes nothing); POST stops digest mails for the token's user. The POST is also RFC 8058's
 * one-click target (body {@code List-Unsubscribe=One-Click}), so it takes no CSRF token: the signed token is the proof.
 */
@Controller
class UnsubscribeController {

	private final UnsubscribeTokens tokens;
	private final SubscriptionService service;

	UnsubscribeController(UnsubscribeTokens tokens, SubscriptionService service) {
		this.tokens = tokens;
		this.service = service;
	}

	@GetMapping("/unsubscribe")
	String confirm(@RequestParam(name = "t", required = false) String token, Model model) {
		user(token);
		model.addAttribute("token", token);
		return "subscription/unsubscribe";
	}

	@PostMapping("/unsubscribe")
	String unsubscribe(@RequestParam(name = "t", required = false) String token, Model model) {
		service.unsubscribeMail(user(token));
		model.addAttribute("done", true);
		return "subscription/unsubscribe";
	}

	private long user(String token) {
		OptionalLong user = tokens.verify(token);
		if (user.isEmpty()) {
			throw DomainException.notFound("subscription.unsubscribe.invalid");
		}
		return user.getAsLong();
	}
}
