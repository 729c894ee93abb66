package org.opentechmarket.demand.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.opentechmarket.demand.Cooperation;
import org.opentechmarket.demand.domain.NeedContent;
import org.opentechmarket.demand.domain.PublicTextCheck;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.FieldViolation;

/**
 * Maps a need of the Zhejiang online technology market ({@code id, title, postedOn, classification, cooperation, validity,
 * description}) to the platform's content. The classification names a GB/T 4754 section (sometimes several run together,
 * e.g. {@code 制造业电力、热力、燃气、及水生产和供应业}: the first is taken); validity {@code start至end} gives the deadline (the end's
 * date; without an end, the posting date plus the maximum validity). Contact data in the text is redacted: these are
 * third-party listings the poster cannot be asked to fix. A record without title and description is skipped.
 */
final class ZjmarketNeeds {

	private static final Pattern NOISE = Pattern.compile("[\\s、，,;；:：·.。()（）\"“”'‘’和及与]");

	static final Map<String, Cooperation> COOPERATION = Map.of("技术转让", Cooperation.TRANSFER, "转让", Cooperation.TRANSFER,
			"技术许可", Cooperation.LICENSE, "许可", Cooperation.LICENSE, "委托开发", Cooperation.COMMISSIONED_DEVELOPMENT,
			"合作开发", Cooperation.JOINT_DEVELOPMENT, "技术服务", Cooperation.TECHNICAL_SERVICE, "技术入股", Cooperation.EQUITY,
			"作价投资", Cooperation.EQUITY, "其他", Cooperation.OTHER);

	/** A record mapped: null content when skipped. */
	record Mapped(String externalId, NeedContent content, LocalDate postedOn, List<FieldViolation> problems) {
	}

	private final List<String[]> sections = new ArrayList<>();
	private final int maxValidityDays;
	private final String regionCode;

	ZjmarketNeeds(CodeTables codes, int maxValidityDays, String regionCode) {
		for (CodeTables.Code section : codes.industries().topLevel()) {
			sections.add(new String[] { section.code(), normalise(section.nameZh()) });
		}
		this.maxValidityDays = maxValidityDays;
		this.regionCode = regionCode;
	}

	Mapped map(Map<String, Object> r) {
		List<FieldViolation> problems = new ArrayList<>();
		String id = text(r.get("id"));
		String title = PublicTextCheck.redact(text(r.get("title")));
		String description = PublicTextCheck.redact(text(r.get("description")));
		if (id == null) {
			problems.add(FieldViolation.of("id", "validation.required"));
		}
		if (title == null && description == null) {
			return new Mapped(id == null ? null : "zjmarket:" + id, null, null, problems);
		}
		if (title == null) {
			title = description.length() > 30 ? description.substring(0, 30) : description;
		}
		if (description == null) {
			description = title;
		}
		LocalDate postedOn = null;
		String posted = text(r.get("postedOn"));
		if (posted != null) {
			try {
				postedOn = LocalDate.parse(posted);
			}
			catch (DateTimeParseException e) {
				problems.add(FieldViolation.of("postedOn", "need.import.notDate", posted));
			}
		}
		Set<Cooperation> cooperation = EnumSet.noneOf(Cooperation.class);
		String coop = text(r.get("cooperation"));
		if (coop != null) {
			for (String c : coop.split("[,，、]")) {
				if (c.isBlank()) {
					continue;
				}
				Cooperation value = COOPERATION.get(c.strip());
				if (value == null) {
					problems.add(FieldViolation.of("cooperation", "need.import.unknownValue", c.strip()));
				}
				else {
					cooperation.add(value);
				}
			}
		}
		LocalDate deadline = deadline(text(r.get("validity")), postedOn, problems);
		NeedContent content = new NeedContent(title, description, null, null, section(text(r.get("classification"))), null,
				regionCode, cooperation, true, null, null, null, deadline, null, null, null, List.of());
		return new Mapped("zjmarket:" + id, content, postedOn, problems);
	}

	/** The first GB/T 4754 section whose name starts the classification; null when none does. */
	String section(String classification) {
		if (classification == null) {
			return null;
		}
		String name = normalise(classification);
		for (String[] s : sections) {
			if (!s[1].isEmpty() && name.startsWith(s[1])) {
				return s[0];
			}
		}
		return null;
	}

	private LocalDate deadline(String validity, LocalDate postedOn, List<FieldViolation> problems) {
		String end = null;
		if (validity != null) {
			int at = validity.indexOf('至');
			end = at >= 0 ? validity.substring(at + 1).strip() : null;
		}
		if (end != null && end.length() >= 10) {
			try {
				return LocalDate.parse(end.substring(0, 10));
			}
			catch (DateTimeParseException e) {
				problems.add(FieldViolation.of("validity", "need.import.notDate", validity));
				return null;
			}
		}
		return postedOn == null ? null : postedOn.plusDays(maxValidityDays);
	}

	static String normalise(String name) {
		return name == null ? "" : NOISE.matcher(name).replaceAll("");
	}

	private static String text(Object v) {
		return v == null || v.toString().isBlank() ? null : v.toString().strip();
	}
}
