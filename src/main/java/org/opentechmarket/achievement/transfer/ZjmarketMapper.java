package org.opentechmarket.achievement.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.AchievementContent.IpLine;
import org.opentechmarket.achievement.domain.Codes.ConversionMethod;
import org.opentechmarket.achievement.domain.Codes.IpStatus;
import org.opentechmarket.achievement.domain.Codes.IpType;
import org.opentechmarket.achievement.domain.Codes.Stage;
import org.opentechmarket.platform.CodeTables;

/**
 * Maps a listing of the Zhejiang online technology market (中国浙江网上技术市场) to the platform's fields. The listing keeps
 * its own wording: its description in full as the abstract, its field taxonomy as the market field, its scope as the
 * application fields; codes are derived where the platform has them (industry, IP type, TRL, conversion methods, price).
 * Values the market does not use are row errors, never guesses. Not mapped: {@code promotionStatus},
 * {@code earlyApplication}, {@code funding}.
 */
final class ZjmarketMapper {

	static final String EXTERNAL_ID_PREFIX = "zjmarket:";
	static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

	/** One line of the market's listing file. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Listing(String id, String title, String postedOn, String classification, String ipType, String maturity,
			String cooperation, String promotionStatus, String price, String industry, String scope,
			String earlyApplication, String funding, String description) {
	}

	record Mapped(TransferRecord record, List<RowError> errors) {
	}

	private static final Map<String, IpType> IP_TYPES = new LinkedHashMap<>();
	private static final Map<String, Integer> MATURITY = new LinkedHashMap<>();
	private static final Map<String, ConversionMethod> COOPERATION = new LinkedHashMap<>();
	private static final Set<IpType> PATENTS = EnumSet.of(IpType.INVENTION_PATENT, IpType.UTILITY_MODEL, IpType.DESIGN);

	static {
		IP_TYPES.put("发明专利", IpType.INVENTION_PATENT);
		IP_TYPES.put("实用新型专利", IpType.UTILITY_MODEL);
		IP_TYPES.put("实用新型", IpType.UTILITY_MODEL);
		IP_TYPES.put("外观专利", IpType.DESIGN);
		IP_TYPES.put("外观设计专利", IpType.DESIGN);
		IP_TYPES.put("外观设计", IpType.DESIGN);
		IP_TYPES.put("非专利技术", IpType.TECHNICAL_SECRET);
		IP_TYPES.put("软件著作权", IpType.SOFTWARE_COPYRIGHT);
		MATURITY.put("正在研发", 3);
		MATURITY.put("通过小试", 4);
		MATURITY.put("已有样品", 5);
		MATURITY.put("通过中试", 6);
		MATURITY.put("可以量产", 8);
		// the market's words, as written without separators (完全转让许可转让技术入股合作生产) or with them
		COOPERATION.put("完全转让", ConversionMethod.TRANSFER);
		COOPERATION.put("技术转让", ConversionMethod.TRANSFER);
		COOPERATION.put("许可转让", ConversionMethod.LICENSE);
		COOPERATION.put("技术许可", ConversionMethod.LICENSE);
		COOPERATION.put("技术入股", ConversionMethod.EQUITY);
		COOPERATION.put("合作生产", ConversionMethod.COOPERATION);
		COOPERATION.put("合作开发", ConversionMethod.COOPERATION);
		COOPERATION.put("其他", ConversionMethod.OTHER);
		COOPERATION.put("其它", ConversionMethod.OTHER);
	}

	private static final Pattern PRICE_BAND = Pattern
		.compile("(\\d+(?:\\.\\d+)?)\\s*万元?\\s*(?:-|－|—|–|~|～|至|到)\\s*(\\d+(?:\\.\\d+)?)\\s*万元?");
	private static final Pattern PRICE_ONE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*万元?");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；/|]+");

	private final IndustryMatcher industries;

	ZjmarketMapper(CodeTables codes) {
		this.industries = new IndustryMatcher(codes.industries());
	}

	IndustryMatcher industries() {
		return industries;
	}

	Mapped map(int row, Listing l, String regionCode) {
		List<RowError> errors = new ArrayList<>();
		TransferRecord r = new TransferRecord();
		if (blank(l.id())) {
			errors.add(RowError.of(row, "id", "validation.required"));
		}
		else {
			r.setExternalId(EXTERNAL_ID_PREFIX + l.id().strip());
		}
		r.setCategory(AchievementCategory.APPLIED);
		r.setTitle(l.title());
		r.setAbstractText(blank(l.description()) ? l.title() : l.description());
		r.setMarketField(l.industry());
		r.setApplicationFields(blank(l.scope()) ? null : l.scope());
		r.setRegionCode(regionCode);
		industries.match(l.classification()).ifPresent(r::setIndustryCode);
		ipType(row, l.ipType(), r, errors);
		maturity(row, l.maturity(), r, errors);
		cooperation(row, l.cooperation(), r, errors);
		price(row, l.price(), r, errors);
		if (blank(l.postedOn())) {
			errors.add(RowError.of(row, "postedOn", "validation.required"));
		}
		else {
			try {
				r.setPublishedAt(LocalDate.parse(l.postedOn().strip()).atStartOfDay(MARKET_ZONE).toInstant());
			}
			catch (DateTimeParseException e) {
				errors.add(RowError.of(row, "postedOn", "transfer.value.date", l.postedOn()));
			}
		}
		return new Mapped(r, errors);
	}

	static void ipType(int row, String value, TransferRecord r, List<RowError> errors) {
		if (blank(value)) {
			return;
		}
		IpType type = IP_TYPES.get(value.strip());
		if (type == null) {
			errors.add(RowError.of(row, "ipType", "transfer.value.unknown", value));
			return;
		}
		r.getIpRights().add(new IpLine(type, null, null, PATENTS.contains(type) ? IpStatus.GRANTED : null));
	}

	static void maturity(int row, String value, TransferRecord r, List<RowError> errors) {
		if (blank(value)) {
			return;
		}
		Integer trl = MATURITY.get(value.strip());
		if (trl == null) {
			errors.add(RowError.of(row, "maturity", "transfer.value.unknown", value));
			return;
		}
		r.setTrl(trl);
		r.setStage(stageOf(trl));
	}

	static Stage stageOf(int trl) {
		return trl <= 3 ? Stage.EARLY : trl <= 6 ? Stage.MIDDLE : Stage.MATURE;
	}

	/** Every known word found in the text, in any order, with or without separators; anything left over is an error. */
	static void cooperation(int row, String value, TransferRecord r, List<RowError> errors) {
		if (blank(value)) {
			return;
		}
		Set<ConversionMethod> methods = EnumSet.noneOf(ConversionMethod.class);
		String rest = value;
		for (Map.Entry<String, ConversionMethod> word : COOPERATION.entrySet()) {
			if (rest.contains(word.getKey())) {
				methods.add(word.getValue());
				rest = rest.replace(word.getKey(), " ");
			}
		}
		if (!SEPARATORS.matcher(rest).replaceAll("").isEmpty()) {
			errors.add(RowError.of(row, "cooperation", "transfer.value.unknown", value));
			return;
		}
		r.setConversionMethods(methods);
	}

	/** {@code 面议}, or a band in 万元 such as {@code 100.0万元-200.0万元}, or one amount; BigDecimal throughout. */
	static void price(int row, String value, TransferRecord r, List<RowError> errors) {
		if (blank(value) || value.strip().equals("面议")) {
			r.setPriceNegotiable(true);
			return;
		}
		String text = value.strip();
		Matcher band = PRICE_BAND.matcher(text);
		Matcher one = PRICE_ONE.matcher(text);
		if (band.matches()) {
			r.setPriceMin(new BigDecimal(band.group(1)));
			r.setPriceMax(new BigDecimal(band.group(2)));
		}
		else if (one.matches()) {
			r.setPriceMin(new BigDecimal(one.group(1)));
			r.setPriceMax(new BigDecimal(one.group(1)));
		}
		else {
			errors.add(RowError.of(row, "price", "transfer.value.price", value));
			return;
		}
		r.setPriceNegotiable(false);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
