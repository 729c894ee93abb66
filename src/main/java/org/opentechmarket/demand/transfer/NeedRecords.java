package org.opentechmarket.demand.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.opentechmarket.demand.Cooperation;
import org.opentechmarket.demand.domain.NeedContent;
import org.opentechmarket.platform.FieldViolation;

/**
 * The platform's own record of a need, as JSON Lines objects and worksheet rows: the field names below, values as JSON
 * types or (worksheets) text. Lists are JSON arrays or text separated by commas; money in yuan; dates ISO (yyyy-MM-dd).
 */
final class NeedRecords {

	/** Every field, in export order. {@code externalId} makes re-imports update instead of duplicating. */
	static final List<String> FIELDS = List.of("externalId", "ownerCreditCode", "ownerName", "status", "title", "description",
			"currentState", "targets", "industryCode", "disciplineCode", "regionCode", "cooperation", "budgetNegotiable",
			"budgetMin", "budgetMax", "minTrl", "deadline", "keywords", "contactName", "contactPhone", "contactEmail",
			"postedOn");

	/** Fields written on export for information only; an import ignores them. */
	static final Set<String> INFORMATIONAL = Set.of("ownerName", "status");

	/** A row read: its external id, owner, content and posting date, or its problems. */
	record Parsed(String externalId, String ownerCreditCode, NeedContent content, LocalDate postedOn,
			List<FieldViolation> problems) {
	}

	private NeedRecords() {
	}

	static Parsed parse(Map<String, Object> values) {
		List<FieldViolation> problems = new ArrayList<>();
		for (String key : values.keySet()) {
			if (!FIELDS.contains(key)) {
				problems.add(FieldViolation.of(key, "need.import.unknownField", key));
			}
		}
		String externalId = text(values, "externalId");
		if (externalId == null) {
			problems.add(FieldViolation.of("externalId", "validation.required"));
		}
		else if (externalId.length() > 100) {
			problems.add(FieldViolation.of("externalId", "validation.size.max", 100));
		}
		Set<Cooperation> cooperation = EnumSet.noneOf(Cooperation.class);
		for (String c : list(values.get("cooperation"))) {
			try {
				cooperation.add(Cooperation.valueOf(c.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				problems.add(FieldViolation.of("cooperation", "need.import.unknownValue", c));
			}
		}
		Boolean negotiable = bool(values, "budgetNegotiable", problems);
		BigDecimal min = money(values, "budgetMin", problems);
		BigDecimal max = money(values, "budgetMax", problems);
		Integer trl = integer(values, "minTrl", problems);
		LocalDate deadline = date(values, "deadline", problems);
		LocalDate postedOn = date(values, "postedOn", problems);
		NeedContent content = new NeedContent(text(values, "title"), text(values, "description"),
				text(values, "currentState"), text(values, "targets"), text(values, "industryCode"),
				text(values, "disciplineCode"), text(values, "regionCode"), cooperation,
				negotiable != null ? negotiable : min == null && max == null, min, max, trl, deadline,
				text(values, "contactName"), text(values, "contactPhone"), text(values, "contactEmail"),
				list(values.get("keywords")));
		return new Parsed(externalId, text(values, "ownerCreditCode"), content, postedOn, problems);
	}

	static Map<String, Object> write(String externalId, String ownerCreditCode, String ownerName, String status,
			NeedContent c, LocalDate postedOn) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("externalId", externalId);
		m.put("ownerCreditCode", ownerCreditCode);
		m.put("ownerName", ownerName);
		m.put("status", status);
		m.put("title", c.title());
		m.put("description", c.description());
		m.put("currentState", c.currentState());
		m.put("targets", c.targets());
		m.put("industryCode", c.industryCode());
		m.put("disciplineCode", c.disciplineCode());
		m.put("regionCode", c.regionCode());
		m.put("cooperation", c.cooperation().stream().sorted().map(Enum::name).toList());
		m.put("budgetNegotiable", c.budgetNegotiable());
		m.put("budgetMin", c.budgetMin());
		m.put("budgetMax", c.budgetMax());
		m.put("minTrl", c.minTrl());
		m.put("deadline", c.deadline() == null ? null : c.deadline().toString());
		m.put("keywords", c.keywords());
		m.put("contactName", c.contactName());
		m.put("contactPhone", c.contactPhone());
		m.put("contactEmail", c.contactEmail());
		m.put("postedOn", postedOn == null ? null : postedOn.toString());
		m.values().removeIf(v -> v == null);
		return m;
	}

	/** A value as worksheet text: lists joined by commas. */
	static String cell(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> c) {
			return String.join(",", c.stream().map(String::valueOf).toList());
		}
		if (value instanceof BigDecimal b) {
			return b.toPlainString();
		}
		return value.toString();
	}

	private static String text(Map<String, Object> values, String field) {
		Object v = values.get(field);
		if (v == null) {
			return null;
		}
		String s = v instanceof BigDecimal b ? b.toPlainString() : v.toString();
		return s.isBlank() ? null : s.strip();
	}

	private static List<String> list(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> c) {
			return c.stream().filter(x -> x != null).map(x -> x.toString().strip()).filter(s -> !s.isEmpty()).toList();
		}
		return Arrays.stream(value.toString().split("[,，;；、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Boolean bool(Map<String, Object> values, String field, List<FieldViolation> problems) {
		Object v = values.get(field);
		if (v == null || v.toString().isBlank()) {
			return null;
		}
		if (v instanceof Boolean b) {
			return b;
		}
		String s = v.toString().strip().toLowerCase(Locale.ROOT);
		return switch (s) {
			case "true", "yes", "1", "是", "面议" -> true;
			case "false", "no", "0", "否" -> false;
			default -> {
				problems.add(FieldViolation.of(field, "need.import.notBoolean", v));
				yield null;
			}
		};
	}

	private static BigDecimal money(Map<String, Object> values, String field, List<FieldViolation> problems) {
		Object v = values.get(field);
		if (v == null || v.toString().isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(v instanceof BigDecimal b ? b.toPlainString() : v.toString().strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			problems.add(FieldViolation.of(field, "need.import.notNumber", v));
			return null;
		}
	}

	private static Integer integer(Map<String, Object> values, String field, List<FieldViolation> problems) {
		Object v = values.get(field);
		if (v == null || v.toString().isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(v.toString().strip()).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException e) {
			problems.add(FieldViolation.of(field, "need.import.notNumber", v));
			return null;
		}
	}

	private static LocalDate date(Map<String, Object> values, String field, List<FieldViolation> problems) {
		String s = text(values, field);
		if (s == null) {
			return null;
		}
		try {
			return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
		}
		catch (DateTimeParseException e) {
			problems.add(FieldViolation.of(field, "need.import.notDate", s));
			return null;
		}
	}
}
