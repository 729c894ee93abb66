package org.opentechmarket.contract.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The registered-contract worksheet: one row per contract, columns as the national submission set names them (登记号 … 登记日期;
 * codes for types, fields and natures: the enum names and nature codes of this module). Export writes it; the back-catalogue
 * import reads the same columns, so an export can be imported elsewhere.
 */
public final class ContractWorkbook {

	/** One column: Chinese header and how a contract fills it. */
	record Column(String header, Function<Contract, Object> value) {
	}

	static final List<Column> COLUMNS = List.of(
			new Column("登记号", Contract::getRegistrationNumber),
			new Column("项目名称", c -> c.getTerms().getProjectName()),
			new Column("合同类型", c -> c.getTerms().getType().name()),
			new Column("合同子类", c -> c.getTerms().getSubType().name()),
			new Column("许可方式", c -> c.getTerms().getLicenceMode() == null ? null : c.getTerms().getLicenceMode().name()),
			new Column("签订日期", c -> c.getTerms().getSignedOn()),
			new Column("有效期自", c -> c.getTerms().getValidFrom()),
			new Column("有效期至", c -> c.getTerms().getValidUntil()),
			new Column("卖方名称", c -> c.getSeller().getName()),
			new Column("卖方国别", c -> c.getSeller().getCountryCode()),
			new Column("卖方地区", c -> c.getSeller().getRegionCode()),
			new Column("卖方性质", c -> c.getSeller().getNatureCode()),
			new Column("买方名称", c -> c.getBuyer().getName()),
			new Column("买方国别", c -> c.getBuyer().getCountryCode()),
			new Column("买方地区", c -> c.getBuyer().getRegionCode()),
			new Column("买方性质", c -> c.getBuyer().getNatureCode()),
			new Column("技术进口", c -> c.getTerms().isTechnologyImport() ? "是" : "否"),
			new Column("技术领域", c -> c.getTerms().getTechnicalField().name()),
			new Column("知识产权类型", c -> c.getTerms().getIpType().name()),
			new Column("计划来源", c -> c.getTerms().getPlanSource().name()),
			new Column("成交额", c -> c.getTerms().getContractAmount()),
			new Column("技术交易额", Contract::getTechnicalAmount),
			new Column("支付方式", c -> c.getTerms().getPaymentMode().name()),
			new Column("预计新增投资", c -> c.getTerms().getExpectedInvestment()),
			new Column("预计新增产值", c -> c.getTerms().getExpectedOutput()),
			new Column("登记日期", Contract::getRegisteredOn),
			new Column("状态", c -> c.getStatus().name()));

	private ContractWorkbook() {
	}

	public static byte[] write(List<Contract> contracts) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("技术合同登记");
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(COLUMNS.get(i).header());
			}
			int r = 1;
			for (Contract c : contracts) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < COLUMNS.size(); i++) {
					Object v = COLUMNS.get(i).value().apply(c);
					if (v != null) {
						// text cells throughout: codes keep their leading zeros, amounts their two decimals
						row.createCell(i).setCellValue(v instanceof BigDecimal b ? b.toPlainString() : v.toString());
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The rows of the first sheet as header → text, with their worksheet row numbers (1 = the header row). */
	public record SheetRow(int number, Map<String, String> values) {

		public String get(String header) {
			String v = values.get(header);
			return v == null || v.isBlank() ? null : v.strip();
		}
	}

	/**
	 * Reads the worksheet. Missing headers are reported by name in {@code missing}; unknown extra columns are ignored.
	 */
	public record Sheet1(List<SheetRow> rows, List<String> missing) {
	}

	public static Sheet1 read(InputStream in) throws IOException {
		try (Workbook wb = WorkbookFactory.create(in)) {
			Sheet sheet = wb.getSheetAt(0);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			Map<Integer, String> headers = new LinkedHashMap<>();
			if (header != null) {
				for (Cell cell : header) {
					String h = text(cell);
					if (h != null) {
						headers.put(cell.getColumnIndex(), h.strip());
					}
				}
			}
			List<String> missing = new ArrayList<>();
			for (Column c : COLUMNS) {
				if (!c.header().equals("状态") && !headers.containsValue(c.header())) {
					missing.add(c.header());
				}
			}
			List<SheetRow> rows = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				boolean any = false;
				for (Map.Entry<Integer, String> h : headers.entrySet()) {
					String v = text(row.getCell(h.getKey()));
					values.put(h.getValue(), v);
					any |= v != null && !v.isBlank();
				}
				if (any) {
					rows.add(new SheetRow(r + 1, values));
				}
			}
			return new Sheet1(rows, missing);
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cell)) {
					LocalDateTime at = cell.getLocalDateTimeCellValue();
					yield at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
				}
				yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			}
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> null;
		};
	}

	static LocalDate date(String s) {
		return s == null ? null : LocalDate.parse(s);
	}
}
