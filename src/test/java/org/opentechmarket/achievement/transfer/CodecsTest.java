package org.opentechmarket.achievement.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.AchievementContent.InventorLine;
import org.opentechmarket.achievement.domain.AchievementContent.IpLine;
import org.opentechmarket.achievement.domain.Codes.ConversionMethod;
import org.opentechmarket.achievement.domain.Codes.IpStatus;
import org.opentechmarket.achievement.domain.Codes.IpType;
import org.opentechmarket.achievement.domain.Codes.Stage;
import tools.jackson.databind.json.JsonMapper;

/** JSON Lines and workbook rows: read what was written, and turn every unreadable value into a row error. */
class CodecsTest {

	private final JsonlCodec jsonl = new JsonlCodec(JsonMapper.builder().build());

	static TransferRecord sample() {
		TransferRecord r = new TransferRecord();
		r.setExternalId("test:codec-1");
		r.setRegistrationNumber("3302021Y0007");
		r.setPublishedAt(Instant.parse("2021-05-05T16:00:00Z"));
		r.setTitle("茶渣基活性炭低温制备工艺");
		r.setCategory(AchievementCategory.APPLIED);
		r.setKeywords(List.of("茶渣", "活性炭", "吸附"));
		r.setAbstractText("以茶饮料厂的茶渣为原料，低温炭化后用磷酸活化，制得比表面积高的活性炭；可用于水处理。\n第二段。");
		r.setCompletingOrganisations(List.of("钱塘新材料研究院", "之江理工大学"));
		r.setInventors(List.of(new InventorLine("甲某", "钱塘新材料研究院", "负责人", new BigDecimal("60")),
				new InventorLine("乙某", "之江理工大学", null, new BigDecimal("40.5"))));
		r.setResearchStart("2019-03");
		r.setResearchEnd("2020-12");
		r.setStage(Stage.MIDDLE);
		r.setDisciplineCode("43035");
		r.setIndustryCode("26");
		r.setRegionCode("330106");
		r.setAcceptanceDate(LocalDate.parse("2021-01-15"));
		r.setTrl(5);
		r.setIpRights(List.of(new IpLine(IpType.INVENTION_PATENT, "ZL202010000001.X", LocalDate.parse("2021-03-01"),
				IpStatus.GRANTED), new IpLine(IpType.TECHNICAL_SECRET, null, null, null)));
		r.setConversionMethods(EnumSet.of(ConversionMethod.LICENSE, ConversionMethod.COOPERATION));
		r.setPriceMin(new BigDecimal("12.50"));
		r.setPriceMax(new BigDecimal("30"));
		r.setApplicationFields("污水处理；空气净化");
		r.setMarketField("新材料-环境材料");
		return r;
	}

	@Test
	void jsonLineRoundTrip() {
		StringWriter out = new StringWriter();
		jsonl.write(sample(), out);
		String line = out.toString();
		assertThat(line).endsWith("\n").doesNotContain("keywordsText").startsWith("{\"externalId\":\"test:codec-1\"");
		assertThat(line.strip()).doesNotContain("\n");
		ParsedRow row = jsonl.record(new JsonlCodec.Line(1, line.strip()));
		assertThat(row.errors()).isEmpty();
		assertThat(Columns.content(row.record())).isEqualTo(Columns.content(sample()));
		assertThat(row.record().getPublishedAt()).isEqualTo(sample().getPublishedAt());
		assertThat(row.record().getRegistrationNumber()).isEqualTo("3302021Y0007");
	}

	@Test
	void jsonErrorsNameTheLineAndTheField() {
		assertThat(jsonl.record(new JsonlCodec.Line(4, "{\"title\": \"x\", ")).errors())
			.singleElement().satisfies(e -> {
				assertThat(e.row()).isEqualTo(4);
				assertThat(e.field()).isEqualTo("json");
				assertThat(e.code()).isEqualTo("transfer.json.malformed");
			});
		assertThat(jsonl.record(new JsonlCodec.Line(5, "{\"title\": \"x\", \"category\": \"GOOD\"}")).errors())
			.singleElement().satisfies(e -> {
				assertThat(e.field()).isEqualTo("category");
				assertThat(e.code()).isEqualTo("transfer.value.invalid");
				assertThat(e.args()).containsExactly("GOOD");
			});
		assertThat(jsonl.record(new JsonlCodec.Line(6, "{\"ipRights\": [{\"type\": \"PATENT\"}]}")).errors())
			.extracting(RowError::field).containsExactly("ipRights[0].type");
		assertThat(jsonl.record(new JsonlCodec.Line(7, "{\"titel\": \"x\"}")).errors())
			.extracting(RowError::field, RowError::code).containsExactly(org.assertj.core.groups.Tuple.tuple("titel",
					"transfer.field.unknown"));
		assertThat(jsonl.record(new JsonlCodec.Line(8, "{\"trl\": \"high\"}")).errors())
			.extracting(RowError::field).containsExactly("trl");
		assertThat(jsonl.record(new JsonlCodec.Line(9, "[1, 2]")).errors()).extracting(RowError::field).containsExactly("json");
		assertThat(jsonl.record(new JsonlCodec.Line(10, "null")).errors()).extracting(RowError::code)
			.containsExactly("transfer.json.notObject");
	}

	@Test
	void linesKeepTheirNumbers() throws Exception {
		byte[] data = "\uFEFF{\"a\":1}\r\n\n  \n{\"b\":2}".getBytes(StandardCharsets.UTF_8);
		assertThat(JsonlCodec.lines(data)).extracting(JsonlCodec.Line::number).containsExactly(1, 4);
	}

	@Test
	void workbookRoundTrip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxCodec.Writer writer = new XlsxCodec.Writer(out)) {
			writer.add(sample());
			TransferRecord second = new TransferRecord();
			second.setTitle("=1+1 不是公式");
			second.setCategory(AchievementCategory.BASIC);
			second.setAbstractText("-不是负数");
			second.setIndustryCode("06");
			second.setPriceNegotiable(true);
			writer.add(second);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
			Row header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("成果名称(title)");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(9).getStringCellValue())
				.isEqualTo("甲某|钱塘新材料研究院|负责人|60；乙某|之江理工大学||40.5");
		}
		XlsxCodec.Read read = new XlsxCodec().read(out.toByteArray());
		assertThat(read.fileErrors()).isEmpty();
		assertThat(read.rows()).hasSize(2);
		assertThat(read.rows().get(0).row()).isEqualTo(2);
		assertThat(read.rows().get(0).errors()).isEmpty();
		assertThat(Columns.content(read.rows().get(0).record())).isEqualTo(Columns.content(sample()));
		assertThat(read.rows().get(0).record().getPublishedAt()).isEqualTo(sample().getPublishedAt());
		assertThat(read.rows().get(1).record().getTitle()).isEqualTo("=1+1 不是公式");
		assertThat(read.rows().get(1).record().getIndustryCode()).isEqualTo("06");
	}

	@Test
	void workbookCellErrorsNameTheRowAndTheColumn() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("成果名称(title)");
			header.createCell(1).setCellValue("技术成熟度(trl)");
			header.createCell(2).setCellValue("完成人(inventors)");
			header.createCell(3).setCellValue("成果类型");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("桑枝食用菌栽培基质");
			row.createCell(1).setCellValue("很高");
			row.createCell(2).setCellValue("甲某|单位");
			row.createCell(3).setCellValue("APPLIED");
			Row numeric = sheet.createRow(3);
			numeric.createCell(0).setCellValue("数字");
			numeric.createCell(1).setCellValue(7.0);
			workbook.write(out);
		}
		XlsxCodec.Read read = new XlsxCodec().read(out.toByteArray());
		assertThat(read.fileErrors()).isEmpty();
		assertThat(read.rows()).hasSize(2);
		assertThat(read.rows().get(0).errors()).extracting(RowError::row, RowError::field)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2, "trl"),
					org.assertj.core.groups.Tuple.tuple(2, "inventors"));
		assertThat(read.rows().get(0).record().getCategory()).isEqualTo(AchievementCategory.APPLIED);
		assertThat(read.rows().get(1).row()).isEqualTo(4);
		assertThat(read.rows().get(1).record().getTrl()).isEqualTo(7);
	}

	@Test
	void unknownColumnsAndUnreadableFilesAreFileErrors() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet().createRow(0).createCell(0).setCellValue("颜色(colour)");
			workbook.write(out);
		}
		assertThat(new XlsxCodec().read(out.toByteArray()).fileErrors()).extracting(RowError::row, RowError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "transfer.xlsx.unknownColumn"));
		assertThat(new XlsxCodec().read("not a workbook".getBytes(StandardCharsets.UTF_8)).fileErrors())
			.extracting(RowError::code).containsExactly("transfer.xlsx.unreadable");
	}
}
