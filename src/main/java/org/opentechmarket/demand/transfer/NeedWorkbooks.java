package org.opentechmarket.demand.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Needs as Excel workbooks (.xlsx): the first sheet, a header row of field names ({@code title} or {@code 标题(title)}: the
 * name in parentheses counts), one need per row. Every cell is written as text, so codes keep their leading zeros.
 */
final class NeedWorkbooks {

	static final int EXCEL_CELL_LIMIT = 32_767;

	static final Map<String, String> HEADERS = new LinkedHashMap<>();

	static {
		String[] zh = { "外部编号", "需求方信用代码", "需求方", "状态", "需求名称", "问题描述", "现状", "量化指标", "行业代码", "学科代码",
				"地区代码", "合作方式", "预算面议", "预算下限(元)", "预算上限(元)", "最低TRL", "截止日期", "关键词", "联系人", "联系电话",
				"电子邮箱", "发布日期" };
		for (int i = 0; i < NeedRecords.FIELDS.size(); i++) {
			HEADERS.put(NeedRecords.FIELDS.get(i), zh[i] + "(" + NeedRecords.FIELDS.get(i) + ")");
		}
	}

	/** The rows (row number → values), or a file problem. */
	record Read(Map<Integer, Map<String, Object>> rows, String fileProblem, List<String> unknownColumns) {
	}

	private NeedWorkbooks() {
	}

	static Read read(byte[] data) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(data))) {
			if (workbook.getNumberOfSheets() == 0) {
				return new Read(Map.of(), "need.import.emptyFile", List.of());
			}
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null) {
				return new Read(Map.of(), "need.import.emptyFile", List.of());
			}
			Map<Integer, String> columns = new HashMap<>();
			List<String> unknown = new ArrayList<>();
			for (Cell cell : header) {
				String name = text(cell);
				if (name == null || name.isBlank()) {
					continue;
				}
				String field = name.strip();
				int open = field.lastIndexOf('(');
				if (open >= 0 && field.endsWith(")")) {
					field = field.substring(open + 1, field.length() - 1).strip();
				}
				columns.put(cell.getColumnIndex(), field);
				if (!NeedRecords.FIELDS.contains(field)) {
					unknown.add(name.strip());
				}
			}
			Map<Integer, Map<String, Object>> rows = new LinkedHashMap<>();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, Object> values = new LinkedHashMap<>();
				for (Map.Entry<Integer, String> c : columns.entrySet()) {
					String v = text(row.getCell(c.getKey()));
					if (v != null && !v.isBlank()) {
						values.put(c.getValue(), v);
					}
				}
				if (!values.isEmpty()) {
					rows.put(r + 1, values);
				}
			}
			return new Read(rows, null, unknown);
		}
		catch (IOException | RuntimeException e) {
			return new Read(Map.of(), "need.import.xlsxUnreadable", List.of());
		}
	}

	static String text(Cell cell) {
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
				yield NumberToTextConverter.toText(cell.getNumericCellValue());
			}
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toLowerCase(Locale.ROOT);
			default -> null;
		};
	}

	static void write(List<Map<String, Object>> records, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("needs");
			Row header = sheet.createRow(0);
			int i = 0;
			for (String h : HEADERS.values()) {
				header.createCell(i++, CellType.STRING).setCellValue(h);
			}
			int r = 1;
			for (Map<String, Object> record : records) {
				Row row = sheet.createRow(r++);
				int c = 0;
				for (String field : NeedRecords.FIELDS) {
					String v = NeedRecords.cell(record.get(field));
					if (v != null && !v.isEmpty()) {
						row.createCell(c, CellType.STRING)
							.setCellValue(v.length() > EXCEL_CELL_LIMIT ? v.substring(0, EXCEL_CELL_LIMIT) : v);
					}
					c++;
				}
			}
			workbook.write(out);
		}
	}
}
