package org.opentechmarket.challenge.domain;

import java.util.regex.Pattern;

/**
 * Finds personal contact data in a challenge's public text: phone numbers, e-mail and web addresses, QQ/WeChat ids. The public
 * page never shows contact data (applicants reach the poster through the platform), and a web address is the usual form of
 * advertising; the poster gets a field error at once, and the light review checks again.
 */
public final class ContactDataCheck {

	/** Mobile (11 digits from 13–19), landline with area code (0xx-xxxxxxx), 400/800 service numbers. */
	static final Pattern PHONE = Pattern.compile(
			"(?<![0-9])(?:(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}|0[1-9][0-9]{1,2}[- ]?[0-9]{7,8}|[48]00[- ]?[0-9]{3}[- ]?[0-9]{4})(?![0-9])");
	static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+\\s*(?:@|＠)\\s*[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
	static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s，。；、]+|\\b[a-z0-9-]+\\.(?:com|cn|net|org)(?:\\.cn)?\\b");
	static final Pattern IM = Pattern.compile("(?i)(?:QQ|微信|vx|wechat)[:：\\s]*[A-Za-z0-9_-]{5,}");

	private ContactDataCheck() {
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
		if (IM.matcher(text).find()) {
			return "im";
		}
		return null;
	}
}
