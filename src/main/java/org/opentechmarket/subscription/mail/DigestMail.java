package org.opentechmarket.subscription.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.opentechmarket.subscription.domain.DigestItem;
import org.opentechmarket.subscription.domain.Digests;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A digest as a mail in the recipient's language: HTML and plain text from the Thymeleaf templates
 * {@code templates/subscription/mail/digest.html|txt}, absolute links to the platform, and the unsubscribe link in the body and
 * in RFC 2369 / RFC 8058 headers (one-click: a mail client POSTs {@code List-Unsubscribe=One-Click} to the link).
 * It carries only public facts: titles, the holder of a published achievement, matched terms; never a contact of the other
 * side. The engines are this class's own (not beans), so the web's template engine stays Spring Boot's.
 */
@Component
public class DigestMail {

	private final SpringTemplateEngine html = engine(TemplateMode.HTML, ".html");
	private final SpringTemplateEngine text = engine(TemplateMode.TEXT, ".txt");
	private final MessageSource messages;
	private final UnsubscribeTokens tokens;
	private final PushMailProperties properties;

	DigestMail(MessageSource messages, UnsubscribeTokens tokens, PushMailProperties properties) {
		this.messages = messages;
		this.tokens = tokens;
		this.properties = properties;
		html.setTemplateEngineMessageSource(messages);
		text.setTemplateEngineMessageSource(messages);
	}

	/** The unsubscribe link of a user (also used by the tests and the settings page). */
	public String unsubscribeLink(long userId) {
		return properties.link("/unsubscribe?t=" + tokens.tokenFor(userId));
	}

	/** Fills {@code message} with the digest for {@code to}. */
	public void write(MimeMessage message, Digests.Digest digest, String to, String name, Locale locale)
			throws MessagingException {
		Context context = new Context(locale);
		context.setVariable("name", name);
		context.setVariable("groups", groups(digest.matches()));
		context.setVariable("holderItems", digest.holderItems());
		context.setVariable("digestLink", properties.link("/my/digests/" + digest.id()));
		context.setVariable("settingsLink", properties.link("/my/subscriptions"));
		context.setVariable("unsubscribeLink", unsubscribeLink(digest.userId()));
		context.setVariable("achievementBase", properties.link("/achievements/"));
		context.setVariable("needBase", properties.link("/needs/"));
		String subject = messages.getMessage("subscription.mail.subject",
				new Object[] { digest.matches().size(), digest.holderItems().size() }, locale);
		context.setVariable("subject", subject);

		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
		helper.setFrom(properties.from());
		helper.setTo(to);
		helper.setSubject(subject);
		helper.setText(text.process("digest", context), html.process("digest", context));
		message.setHeader("List-Unsubscribe", "<" + unsubscribeLink(digest.userId()) + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		// RFC 3834: sent by a program, no auto-replies please
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("X-OTM-Digest", Long.toString(digest.id()));
	}

	/** Matches grouped by subscription name, in digest order. */
	static Map<String, List<DigestItem>> groups(List<DigestItem> matches) {
		Map<String, List<DigestItem>> groups = new LinkedHashMap<>();
		for (DigestItem i : matches) {
			groups.computeIfAbsent(i.subscriptionName() == null ? "—" : i.subscriptionName(), k -> new java.util.ArrayList<>())
				.add(i);
		}
		return groups;
	}

	private static SpringTemplateEngine engine(TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/subscription/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}
}
