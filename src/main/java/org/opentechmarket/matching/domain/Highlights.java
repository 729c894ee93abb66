package org.opentechmarket.matching.domain;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Matched terms marked in a text for a page: every occurrence of every term (case-insensitive; overlapping and adjacent
 * occurrences merge into one mark) is wrapped in {@code <mark>}, and everything else, the marked text included, is
 * HTML-escaped. The result is the only HTML a match page writes unescaped ({@code th:utext}); it contains no markup but
 * {@code <mark>} and {@code </mark>}.
 */
public final class Highlights {

	private static final String ELLIPSIS = "…";

	private Highlights() {
	}

	/** The whole text, escaped, with the terms marked; "" for null. */
	public static String html(String text, List<String> terms) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return render(text, marks(text, terms), 0, text.length());
	}

	/**
	 * About {@code length} characters of the text around its first marked term (its start when none is marked), escaped,
	 * with the terms marked and an ellipsis where the text was cut. Never cuts a character in two or a mark in half.
	 */
	public static String excerpt(String text, List<String> terms, int length) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String t = text.strip().replaceAll("\\s+", " ");
		boolean[] marked = marks(t, terms);
		if (t.length() <= length) {
			return render(t, marked, 0, t.length());
		}
		int first = 0;
		while (first < t.length() && !marked[first]) {
			first++;
		}
		if (first == t.length()) {
			first = 0;
		}
		int start = Math.max(0, first - length / 4);
		int end = Math.min(t.length(), start + length);
		start = Math.max(0, Math.min(start, end - length));
		// move the cut points out of surrogate pairs and marks
		while (start > 0 && (Character.isLowSurrogate(t.charAt(start)) || marked[start] && marked[start - 1])) {
			start--;
		}
		while (end < t.length() && (Character.isLowSurrogate(t.charAt(end)) || marked[end] && marked[end - 1])) {
			end++;
		}
		return (start > 0 ? ELLIPSIS : "") + render(t, marked, start, end) + (end < t.length() ? ELLIPSIS : "");
	}

	/**
	 * The terms worth listing to a reader of this text: a character pair whose every occurrence lies inside the marks of the
	 * other terms (疵在 in 瑕疵在线, between 瑕疵 and 在线) only bridges them and is left out; it still counts for the marks.
	 */
	public static List<String> readable(List<String> terms, String text) {
		if (terms == null) {
			return List.of();
		}
		if (text == null || text.isEmpty()) {
			return List.copyOf(terms);
		}
		return terms.stream().filter(t -> !bridges(t, terms, text)).toList();
	}

	private static boolean bridges(String t, List<String> terms, String text) {
		if (t == null || t.codePointCount(0, t.length()) != 2) {
			return false;
		}
		boolean[] others = marks(text, terms.stream().filter(x -> !t.equals(x)).toList());
		boolean occurs = false;
		for (int i = 0; i + t.length() <= text.length(); i++) {
			if (text.regionMatches(true, i, t, 0, t.length())) {
				occurs = true;
				for (int k = i; k < i + t.length(); k++) {
					if (!others[k]) {
						return false;
					}
				}
			}
		}
		return occurs;
	}

	/** Which characters of the text belong to an occurrence of a term. */
	static boolean[] marks(String text, List<String> terms) {
		boolean[] marked = new boolean[text.length()];
		if (terms == null) {
			return marked;
		}
		for (String term : terms) {
			if (term == null || term.isBlank()) {
				continue;
			}
			int n = term.length();
			for (int i = 0; i + n <= text.length(); i++) {
				if (text.regionMatches(true, i, term, 0, n)) {
					for (int k = i; k < i + n; k++) {
						marked[k] = true;
					}
				}
			}
		}
		return marked;
	}

	private static String render(String text, boolean[] marked, int start, int end) {
		StringBuilder html = new StringBuilder(end - start + 32);
		int i = start;
		while (i < end) {
			int j = i;
			while (j < end && marked[j] == marked[i]) {
				j++;
			}
			String escaped = HtmlUtils.htmlEscape(text.substring(i, j), "UTF-8");
			if (marked[i]) {
				html.append("<mark>").append(escaped).append("</mark>");
			}
			else {
				html.append(escaped);
			}
			i = j;
		}
		return html.toString();
	}
}
