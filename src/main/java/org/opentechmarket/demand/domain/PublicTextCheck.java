package org.opentechmarket.demand.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opentechmarket.platform.FieldViolation;

/**
 * Finds personal contact data in a need's public text: mobile and landline numbers, e-mail addresses and web addresses.
 * The public text is what everyone reads, the contact fields are revealed only when both sides agree to talk; a number in
 * the description would bypass that rule, and a web address is the usual form of advertising. Posters get a field error
 * at once (they know where their contact belongs); imports of third-party listings redact instead ({@link #redact}).
 */
public final class PublicTextCheck {

	/** Mobile (11 digits from 13–19), landline with area code (0xx-xxxxxxx), 400/800 service numbers. */
	static final Pattern PHONE = Pattern.compile(
			"(?<![0-9])(?:(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}|0[1-9][0-9]{1,2}[- ]?[0-9]{7,8}|[48]00[- ]?[0-9]{3}[- ]?[0-9]{4})(?![0-9])");
	static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+\\s*(?:@|＠)\\s*[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
	static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s，。；、]+|\\b[a-z0-9-]+\\.(?:com|cn|net|org)(?:\\.cn)?\\b");
	private static final Pattern QQ_OR_WECHAT = Pattern.compile("(?i)(?:QQ|微信|vx|wechat)[:：\\s]*[A-Za-z0-9_-]{5,}");

	public static final String REDACTED = "〔联系方式已隐去〕";

	private PublicTextCheck() {
	}

	/** The kind of contact data found first in {@code text}, or null: {@code phone}, {@code email}, {@code url}, {@code im}. */
	public static String find(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (EMAIL.matcher(text).find()) {
			return "email";
		}
		if (URL.matcher(text).find()) {
			return "url";
		}
		if (PHONE.matcher(text).find()) {
			return "phone";
		}
		if (QQ_OR_WECHAT.matcher(text).find()) {
			return "im";
		}
		return null;
	}

	/** A field error for each public field holding contact data. */
	public static List<FieldViolation> check(NeedContent c) {
		List<FieldViolation> violations = new ArrayList<>();
		add(violations, "title", c.title());
		add(violations, "description", c.description());
		add(violations, "currentState", c.currentState());
		add(violations, "targets", c.targets());
		add(violations, "keywords", c.keywords() == null ? null : String.join(" ", c.keywords()));
		return violations;
	}

	private static void add(List<FieldViolation> violations, String field, String text) {
		String kind = find(text);
		if (kind != null) {
			violations.add(FieldViolation.of(field, "need.publicText." + kind));
		}
	}

	/** The text with every contact datum replaced by {@link #REDACTED}. */
	public static String redact(String text) {
		if (text == null) {
			return null;
		}
		String out = text;
		for (Pattern p : List.of(EMAIL, URL, PHONE, QQ_OR_WECHAT)) {
			Matcher m = p.matcher(out);
			out = m.replaceAll(Matcher.quoteReplacement(REDACTED));
		}
		return out;
	}
}
