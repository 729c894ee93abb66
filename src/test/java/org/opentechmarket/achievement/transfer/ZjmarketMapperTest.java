package org.opentechmarket.achievement.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.Codes.ConversionMethod;
import org.opentechmarket.achievement.domain.Codes.IpStatus;
import org.opentechmarket.achievement.domain.Codes.IpType;
import org.opentechmarket.achievement.domain.Codes.Stage;
import org.opentechmarket.platform.CodeTables;
import tools.jackson.databind.json.JsonMapper;

/** The market listing mapping, on listings written for this test. */
class ZjmarketMapperTest {

	private static final CodeTables CODES = new CodeTables();
	private final ZjmarketMapper mapper = new ZjmarketMapper(CODES);
	private final JsonlCodec jsonl = new JsonlCodec(JsonMapper.builder().build());

	private static TransferRecord empty() {
		return new TransferRecord();
	}

	// ------------------------------------------------------------------ price

	@Test
	void negotiablePrice() {
		TransferRecord r = empty();
		List<RowError> errors = new ArrayList<>();
		ZjmarketMapper.price(3, "面议", r, errors);
		assertThat(errors).isEmpty();
		assertThat(r.isPriceNegotiable()).isTrue();
		assertThat(r.getPriceMin()).isNull();
		assertThat(r.getPriceMax()).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "100.0万元-200.0万元;100.0;200.0", "9.0万元-9.0万元;9.0;9.0",
			"30.0万元-100.0万元;30.0;100.0", "30万-100万;30;100", "0.5万元 - 1.25万元;0.5;1.25", "50万元;50;50" })
	void priceBands(String text, String min, String max) {
		TransferRecord r = empty();
		List<RowError> errors = new ArrayList<>();
		ZjmarketMapper.price(3, text, r, errors);
		assertThat(errors).isEmpty();
		assertThat(r.isPriceNegotiable()).isFalse();
		// BigDecimal exactly as written, never through double
		assertThat(r.getPriceMin()).isEqualTo(new BigDecimal(min));
		assertThat(r.getPriceMax()).isEqualTo(new BigDecimal(max));
	}

	@Test
	void unreadablePriceIsARowError() {
		List<RowError> errors = new ArrayList<>();
		ZjmarketMapper.price(7, "价格从优", empty(), errors);
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(7);
			assertThat(e.field()).isEqualTo("price");
			assertThat(e.code()).isEqualTo("transfer.value.price");
		});
	}

	// ------------------------------------------------------------------ cooperation

	@Test
	void cooperationWordsRunTogether() {
		TransferRecord r = empty();
		List<RowError> errors = new ArrayList<>();
		ZjmarketMapper.cooperation(1, "完全转让许可转让技术入股合作生产", r, errors);
		assertThat(errors).isEmpty();
		assertThat(r.getConversionMethods()).containsExactlyInAnyOrder(ConversionMethod.TRANSFER, ConversionMethod.LICENSE,
				ConversionMethod.EQUITY, ConversionMethod.COOPERATION);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "其他;OTHER", "完全转让;TRANSFER", "许可转让;LICENSE", "完全转让其他;TRANSFER OTHER",
			"完全转让合作生产;TRANSFER COOPERATION", "技术转让，合作开发;TRANSFER COOPERATION", "技术许可, 技术入股;LICENSE EQUITY" })
	void cooperation(String text, String expected) {
		TransferRecord r = empty();
		List<RowError> errors = new ArrayList<>();
		ZjmarketMapper.cooperation(1, text, r, errors);
		assertThat(errors).isEmpty();
		assertThat(r.getConversionMethods().stream().map(Enum::name).sorted().toList())
			.isEqualTo(List.of(expected.split(" ")).stream().sorted().toList());
	}

	@Test
	void unknownCooperationIsARowError() {
		List<RowError> errors = new ArrayList<>();
		ZjmarketMapper.cooperation(2, "完全转让以物易物", empty(), errors);
		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo("cooperation");
			assertThat(e.code()).isEqualTo("transfer.value.unknown");
		});
	}

	// ------------------------------------------------------------------ maturity and IP

	@ParameterizedTest
	@CsvSource({ "正在研发,3,EARLY", "通过小试,4,MIDDLE", "已有样品,5,MIDDLE", "通过中试,6,MIDDLE", "可以量产,8,MATURE" })
	void maturity(String text, int trl, Stage stage) {
		TransferRecord r = empty();
		List<RowError> errors = new ArrayList<>();
		ZjmarketMapper.maturity(1, text, r, errors);
		assertThat(errors).isEmpty();
		assertThat(r.getTrl()).isEqualTo(trl);
		assertThat(r.getStage()).isEqualTo(stage);
	}

	@Test
	void unknownMaturityIsARowError() {
		List<RowError> errors = new ArrayList<>();
		ZjmarketMapper.maturity(4, "即将上市", empty(), errors);
		assertThat(errors).extracting(RowError::field).containsExactly("maturity");
	}

	@ParameterizedTest
	@CsvSource({ "发明专利,INVENTION_PATENT,GRANTED", "实用新型专利,UTILITY_MODEL,GRANTED", "外观专利,DESIGN,GRANTED",
			"非专利技术,TECHNICAL_SECRET," })
	void ipType(String text, IpType type, IpStatus status) {
		TransferRecord r = empty();
		List<RowError> errors = new ArrayList<>();
		ZjmarketMapper.ipType(1, text, r, errors);
		assertThat(errors).isEmpty();
		assertThat(r.getIpRights()).singleElement().satisfies(ip -> {
			assertThat(ip.getType()).isEqualTo(type);
			assertThat(ip.getNumber()).isNull();
			assertThat(ip.getStatus()).isEqualTo(status);
		});
	}

	// ------------------------------------------------------------------ classification

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "制造业——计算机、通信和其他电子设备制造;39", "制造业——纺织业;17",
			"电力、热力、燃气、及水生产和供应业——水的生产和供应业;46", "电力、热力、燃气、及水生产和供应业——电力、热力生产和供应业;44",
			"交通运输、仓储和邮政业——仓储业;59", "采矿业——煤炭开发和洗选业;06", "制造业——酒、饮料喝精制茶制造业;15",
			"制造业——铁路、船舶、航空航天和其他运输;37", "制造业——皮革毛皮羽毛及其制品和制鞋业;19",
			"居民服务、修理和其他服务业——机动车、电子产品和日用产品修理;81", "教育——教育;83",
			"信息传输、软件和信息技术服务业——科技推广和应用服务业;I", "农、林、牧、渔业——农、林、牧、渔服务业;A",
			"制造业——石油加工炼焦和核燃料加工业;C", "制造业;C" })
	void classification(String text, String code) {
		assertThat(mapper.industries().match(text)).contains(code);
	}

	@Test
	void unknownClassificationMapsToNothing() {
		assertThat(mapper.industries().match("星际贸易——曲速引擎维修")).isEmpty();
		assertThat(mapper.industries().match("")).isEmpty();
	}

	// ------------------------------------------------------------------ a whole listing

	@Test
	void wholeListing() {
		String line = """
				{"id": "T00042", "title": "笋壳纤维模塑餐盒成型技术", "postedOn": "2021-05-06",
				 "classification": "制造业——造纸和纸制品业", "ipType": "发明专利", "maturity": "通过中试",
				 "cooperation": "完全转让许可转让", "promotionStatus": "正在技术推广", "price": "20.0万元-45.5万元",
				 "industry": "新材料-生物基材料", "scope": "一次性餐具、食品包装", "earlyApplication": "", "funding": "",
				 "description": "以竹笋加工后废弃的笋壳为原料，经蒸煮、打浆和热压模塑制成可降解餐盒，替代发泡塑料餐具。"}
				""".replace("\n", " ");
		Object listing = jsonl.listing(new JsonlCodec.Line(5, line));
		assertThat(listing).isInstanceOf(ZjmarketMapper.Listing.class);
		ZjmarketMapper.Mapped mapped = mapper.map(5, (ZjmarketMapper.Listing) listing, "330000");
		assertThat(mapped.errors()).isEmpty();
		TransferRecord r = mapped.record();
		assertThat(r.getExternalId()).isEqualTo("zjmarket:T00042");
		assertThat(r.getCategory()).isEqualTo(AchievementCategory.APPLIED);
		assertThat(r.getTitle()).isEqualTo("笋壳纤维模塑餐盒成型技术");
		assertThat(r.getAbstractText()).startsWith("以竹笋加工后废弃的笋壳为原料");
		assertThat(r.getKeywords()).isEmpty();
		assertThat(r.getMarketField()).isEqualTo("新材料-生物基材料");
		assertThat(r.getApplicationFields()).isEqualTo("一次性餐具、食品包装");
		assertThat(r.getIndustryCode()).isEqualTo("22");
		assertThat(r.getRegionCode()).isEqualTo("330000");
		assertThat(r.getTrl()).isEqualTo(6);
		assertThat(r.getStage()).isEqualTo(Stage.MIDDLE);
		assertThat(r.getConversionMethods()).containsExactlyInAnyOrder(ConversionMethod.TRANSFER, ConversionMethod.LICENSE);
		assertThat(r.getPriceMin()).isEqualTo(new BigDecimal("20.0"));
		assertThat(r.getPriceMax()).isEqualTo(new BigDecimal("45.5"));
		assertThat(r.getIpRights()).singleElement().satisfies(ip -> assertThat(ip.getType()).isEqualTo(IpType.INVENTION_PATENT));
		assertThat(r.getPublishedAt()).isEqualTo(OffsetDateTime.parse("2021-05-06T00:00:00+08:00").toInstant());
	}

	@Test
	void emptyDescriptionFallsBackToTheTitle() {
		ZjmarketMapper.Listing listing = new ZjmarketMapper.Listing("T1", "桑枝屑栽培香菇技术", "2021-01-02", "", "", "", "",
				"", "面议", "", "", "", "", "  ");
		ZjmarketMapper.Mapped mapped = mapper.map(1, listing, "330100");
		assertThat(mapped.errors()).isEmpty();
		assertThat(mapped.record().getAbstractText()).isEqualTo("桑枝屑栽培香菇技术");
		assertThat(mapped.record().isPriceNegotiable()).isTrue();
		assertThat(mapped.record().getIpRights()).isEmpty();
		assertThat(mapped.record().getTrl()).isNull();
	}

	@Test
	void badLineIsARowErrorNotAnException() {
		Object result = jsonl.listing(new JsonlCodec.Line(9, "{\"id\": \"T1\", \"title\": "));
		assertThat(result).isInstanceOfSatisfying(RowError.class, e -> {
			assertThat(e.row()).isEqualTo(9);
			assertThat(e.field()).isEqualTo("json");
		});
		ZjmarketMapper.Listing listing = new ZjmarketMapper.Listing("T2", "茶渣活性炭", "2021-13-40", "", "", "", "", "", "",
				"", "", "", "", "");
		assertThat(mapper.map(2, listing, "330000").errors()).extracting(RowError::field).containsExactly("postedOn");
	}
}
