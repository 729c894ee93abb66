package org.opentechmarket.achievement.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.AchievementContent.InventorLine;
import org.opentechmarket.achievement.domain.AchievementContent.IpLine;
import org.opentechmarket.achievement.domain.Codes.AchievementLevel;
import org.opentechmarket.achievement.domain.Codes.ConversionMethod;
import org.opentechmarket.achievement.domain.Codes.EvaluationRoute;
import org.opentechmarket.achievement.domain.Codes.FundingSource;
import org.opentechmarket.achievement.domain.Codes.InnovationAttribute;
import org.opentechmarket.achievement.domain.Codes.IpStatus;
import org.opentechmarket.achievement.domain.Codes.IpType;
import org.opentechmarket.achievement.domain.Codes.Stage;

/**
 * The exchange fields as text, one column each: the workbook's header ({@code 成果名称(title)}), how a value is written and
 * how it is read back. Lists are joined with {@code ；}; an inventor is {@code name|organisation|role|share}, an IP right
 * {@code type|number|grantDate|status}; codes are the enum names; dates ISO ({@code 2024-05-01}).
 */
final class Columns {

	static final String LIST_SEPARATOR = "；";
	private static final Pattern LIST_SPLIT = Pattern.compile("[；;\\r\\n]+");
	private static final Pattern PART_SPLIT = Pattern.compile("[|｜]");
	private static final Pattern HEADER = Pattern.compile("^(.*?)\\s*[(（]\\s*([A-Za-z]+)\\s*[)）]\\s*$");
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	/** A value that cannot be read: message code and arguments. No stack trace, it is a row error. */
	static final class BadValue extends RuntimeException {

		private final String code;
		private final transient Object[] args;

		BadValue(String code, Object... args) {
			super(code, null, false, false);
			this.code = code;
			this.args = args;
		}

		RowError at(int row, String field) {
			return RowError.of(row, field, code, args);
		}
	}

	record Column(String field, String label, boolean identity, Function<TransferRecord, String> writer,
			BiConsumer<TransferRecord, String> reader) {

		String header() {
			return label + "(" + field + ")";
		}
	}

	static final List<Column> ALL = List.of(
			identity("externalId", "外部编号", TransferRecord::getExternalId, TransferRecord::setExternalId),
			identity("registrationNumber", "登记号", TransferRecord::getRegistrationNumber, TransferRecord::setRegistrationNumber),
			identity("holderCreditCode", "持有单位统一社会信用代码", TransferRecord::getHolderCreditCode,
					TransferRecord::setHolderCreditCode),
			new Column("publishedAt", "发布时间", true, r -> r.getPublishedAt() == null ? null
					: PUBLISHED.format(r.getPublishedAt().atZone(ZONE).toOffsetDateTime()),
					(r, v) -> r.setPublishedAt(instant(v))),
			text("title", "成果名称", TransferRecord::getTitle, TransferRecord::setTitle),
			enumeration("category", "成果类型", AchievementCategory.class, TransferRecord::getCategory, TransferRecord::setCategory),
			new Column("keywords", "关键词", false, r -> String.join(LIST_SEPARATOR, r.getKeywords()),
					(r, v) -> r.setKeywords(list(v))),
			text("abstractText", "成果简介", TransferRecord::getAbstractText, TransferRecord::setAbstractText),
			new Column("completingOrganisations", "完成单位", false,
					r -> String.join(LIST_SEPARATOR, r.getCompletingOrganisations()),
					(r, v) -> r.setCompletingOrganisations(list(v))),
			new Column("inventors", "完成人(姓名|单位|角色|贡献%)", false, Columns::inventors,
					(r, v) -> r.setInventors(inventors(v))),
			text("researchStart", "研究起始(年-月)", TransferRecord::getResearchStart, TransferRecord::setResearchStart),
			text("researchEnd", "研究截止(年-月)", TransferRecord::getResearchEnd, TransferRecord::setResearchEnd),
			enumeration("attribute", "成果属性", InnovationAttribute.class, TransferRecord::getAttribute,
					TransferRecord::setAttribute),
			enumeration("evaluationRoute", "评价方式", EvaluationRoute.class, TransferRecord::getEvaluationRoute,
					TransferRecord::setEvaluationRoute),
			enumeration("level", "成果水平", AchievementLevel.class, TransferRecord::getLevel, TransferRecord::setLevel),
			enumeration("stage", "所处阶段", Stage.class, TransferRecord::getStage, TransferRecord::setStage),
			text("disciplineCode", "学科代码", TransferRecord::getDisciplineCode, TransferRecord::setDisciplineCode),
			text("industryCode", "行业代码", TransferRecord::getIndustryCode, TransferRecord::setIndustryCode),
			text("regionCode", "地区代码", TransferRecord::getRegionCode, TransferRecord::setRegionCode),
			enumeration("fundingSource", "项目来源", FundingSource.class, TransferRecord::getFundingSource,
					TransferRecord::setFundingSource),
			text("projectNumber", "项目编号", TransferRecord::getProjectNumber, TransferRecord::setProjectNumber),
			new Column("acceptanceDate", "验收日期", false,
					r -> r.getAcceptanceDate() == null ? null : r.getAcceptanceDate().toString(),
					(r, v) -> r.setAcceptanceDate(date(v))),
			new Column("trl", "技术成熟度", false, r -> r.getTrl() == null ? null : r.getTrl().toString(),
					(r, v) -> r.setTrl(integer(v))),
			new Column("ipRights", "知识产权(类型|号码|授权日|状态)", false, Columns::ipRights,
					(r, v) -> r.setIpRights(ipRights(v))),
			new Column("conversionMethods", "转化方式", false,
					r -> r.getConversionMethods().stream().map(Enum::name).collect(Collectors.joining(LIST_SEPARATOR)),
					(r, v) -> r.setConversionMethods(conversionMethods(v))),
			new Column("priceNegotiable", "价格面议", false, r -> Boolean.toString(r.isPriceNegotiable()),
					(r, v) -> r.setPriceNegotiable(bool(v))),
			new Column("priceMin", "最低价格(万元)", false, r -> plain(r.getPriceMin()), (r, v) -> r.setPriceMin(decimal(v))),
			new Column("priceMax", "最高价格(万元)", false, r -> plain(r.getPriceMax()), (r, v) -> r.setPriceMax(decimal(v))),
			text("applicationFields", "应用领域", TransferRecord::getApplicationFields, TransferRecord::setApplicationFields),
			text("cooperationRequirements", "合作要求", TransferRecord::getCooperationRequirements,
					TransferRecord::setCooperationRequirements),
			text("marketField", "市场领域", TransferRecord::getMarketField, TransferRecord::setMarketField),
			new Column("classified", "涉密", false, r -> Boolean.toString(r.isClassified()),
					(r, v) -> r.setClassified(bool(v))));

	private static final Map<String, Column> BY_FIELD = new LinkedHashMap<>();
	private static final Map<String, Column> BY_LABEL = new LinkedHashMap<>();

	static {
		for (Column c : ALL) {
			BY_FIELD.put(c.field().toLowerCase(Locale.ROOT), c);
			BY_LABEL.put(c.label(), c);
			BY_LABEL.put(c.label().replaceAll("[(（].*$", ""), c);
		}
	}

	private Columns() {
	}

	/** The column a header names: {@code 成果名称(title)}, {@code title} or {@code 成果名称}. */
	static Optional<Column> byHeader(String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String h = header.strip();
		Matcher m = HEADER.matcher(h);
		if (m.matches() && BY_FIELD.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
			return Optional.of(BY_FIELD.get(m.group(2).toLowerCase(Locale.ROOT)));
		}
		Column c = BY_FIELD.get(h.toLowerCase(Locale.ROOT));
		return Optional.ofNullable(c != null ? c : BY_LABEL.get(h));
	}

	/** The content as text, column by column: two records with the same content give the same list. */
	static List<String> content(TransferRecord r) {
		List<String> values = new ArrayList<>();
		for (Column c : ALL) {
			if (!c.identity()) {
				String v = c.writer().apply(r);
				values.add(v == null ? "" : v);
			}
		}
		return values;
	}

	// ------------------------------------------------------------------ writing

	private static String inventors(TransferRecord r) {
		return r.getInventors().stream()
			.map(i -> String.join("|", nz(i.getName()), nz(i.getOrganisation()), nz(i.getRole()), nz(plain(i.getShare()))))
			.collect(Collectors.joining(LIST_SEPARATOR));
	}

	private static String ipRights(TransferRecord r) {
		return r.getIpRights().stream()
			.map(i -> String.join("|", i.getType() == null ? "" : i.getType().name(), nz(i.getNumber()),
					i.getGrantDate() == null ? "" : i.getGrantDate().toString(), i.getStatus() == null ? "" : i.getStatus().name()))
			.collect(Collectors.joining(LIST_SEPARATOR));
	}

	static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	// ------------------------------------------------------------------ reading

	private static Column identity(String field, String label, Function<TransferRecord, String> get,
			BiConsumer<TransferRecord, String> set) {
		return new Column(field, label, true, get, set);
	}

	private static Column text(String field, String label, Function<TransferRecord, String> get,
			BiConsumer<TransferRecord, String> set) {
		return new Column(field, label, false, get, set);
	}

	private static <E extends Enum<E>> Column enumeration(String field, String label, Class<E> type,
			Function<TransferRecord, E> get, BiConsumer<TransferRecord, E> set) {
		return new Column(field, label, false, r -> get.apply(r) == null ? null : get.apply(r).name(),
				(r, v) -> set.accept(r, enumValue(type, v)));
	}

	static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new BadValue("transfer.value.enum", value.strip(),
					EnumSet.allOf(type).stream().map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

	static List<String> list(String value) {
		List<String> items = new ArrayList<>();
		if (value != null) {
			for (String item : LIST_SPLIT.split(value)) {
				if (!item.isBlank()) {
					items.add(item.strip());
				}
			}
		}
		return items;
	}

	static List<InventorLine> inventors(String value) {
		List<InventorLine> lines = new ArrayList<>();
		for (String item : list(value)) {
			String[] p = parts(item, 4, "name|organisation|role|share");
			lines.add(new InventorLine(emptyToNull(p[0]), emptyToNull(p[1]), emptyToNull(p[2]), decimal(p[3])));
		}
		return lines;
	}

	static List<IpLine> ipRights(String value) {
		List<IpLine> lines = new ArrayList<>();
		for (String item : list(value)) {
			String[] p = parts(item, 4, "type|number|grantDate|status");
			lines.add(new IpLine(enumValue(IpType.class, p[0]), emptyToNull(p[1]), date(p[2]), enumValue(IpStatus.class, p[3])));
		}
		return lines;
	}

	static EnumSet<ConversionMethod> conversionMethods(String value) {
		EnumSet<ConversionMethod> methods = EnumSet.noneOf(ConversionMethod.class);
		for (String item : list(value)) {
			for (String name : item.split("[,，、\\s]+")) {
				if (!name.isBlank()) {
					methods.add(enumValue(ConversionMethod.class, name));
				}
			}
		}
		return methods;
	}

	private static String[] parts(String item, int count, String format) {
		String[] p = PART_SPLIT.split(item, -1);
		if (p.length != count) {
			throw new BadValue("transfer.value.parts", item, format);
		}
		for (int i = 0; i < p.length; i++) {
			p[i] = p[i].strip();
		}
		return p;
	}

	static BigDecimal decimal(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw new BadValue("transfer.value.number", value.strip());
		}
	}

	static Integer integer(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip()).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException e) {
			throw new BadValue("transfer.value.integer", value.strip());
		}
	}

	static boolean bool(String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true", "yes", "y", "1", "是", "对", "√" -> true;
			case "false", "no", "n", "0", "否", "" -> false;
			default -> throw new BadValue("transfer.value.boolean", value.strip());
		};
	}

	static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip().replace('/', '-'));
		}
		catch (DateTimeParseException e) {
			throw new BadValue("transfer.value.date", value.strip());
		}
	}

	/** An ISO instant or offset date-time; a local date or date-time is read in the platform's zone (Asia/Shanghai). */
	static Instant instant(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		try {
			return OffsetDateTime.parse(v).toInstant();
		}
		catch (DateTimeParseException e) {
			// next form
		}
		try {
			return Instant.parse(v);
		}
		catch (DateTimeParseException e) {
			// next form
		}
		try {
			return LocalDateTime.parse(v.replace(' ', 'T')).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException e) {
			// next form
		}
		try {
			return LocalDate.parse(v.replace('/', '-')).atStartOfDay(ZONE).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new BadValue("transfer.value.date", v);
		}
	}

	private static String emptyToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}

	static Collection<Column> all() {
		return ALL;
	}
}
