package org.opentechmarket.achievement.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.domain.Codes;

/**
 * Excel workbooks (.xlsx): the first sheet holds one achievement per row under a header row naming the fields
 * ({@code 成果名称(title)}, see {@link Columns}); columns may come in any order and missing ones are empty. Export streams
 * (SXSSF, 200 rows in memory) and adds a second sheet listing the codes each code column accepts.
 */
final class XlsxCodec {

	static final int EXCEL_CELL_LIMIT = 32_767;

	/** The rows of the workbook's first sheet, or the file's errors (row 0 or 1) when it cannot be read as such. */
	record Read(List<ParsedRow> rows, List<RowError> fileErrors) {
	}

	Read read(byte[] data) {
		Workbook workbook;
		try {
			workbook = new XSSFWorkbook(new ByteArrayInputStream(data));
		}
		catch (IOException | RuntimeException e) {
			// not an xlsx file, encrypted, corrupt or a zip bomb
			return new Read(List.of(), List.of(RowError.of(0, "file", "transfer.xlsx.unreadable")));
		}
		try (workbook) {
			if (workbook.getNumberOfSheets() == 0) {
				return new Read(List.of(), List.of(RowError.of(0, "file", "transfer.file.empty")));
			}
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null || sheet.getPhysicalNumberOfRows() == 0) {
				return new Read(List.of(), List.of(RowError.of(0, "file", "transfer.file.empty")));
			}
			int headerRow = header.getRowNum() + 1;
			Map<Integer, Columns.Column> columns = new HashMap<>();
			List<RowError> fileErrors = new ArrayList<>();
			for (Cell cell : header) {
				String name = text(cell);
				if (name == null || name.isBlank()) {
					continue;
				}
				Optional<Columns.Column> column = Columns.byHeader(name);
				if (column.isEmpty()) {
					fileErrors.add(RowError.of(headerRow, name.strip(), "transfer.xlsx.unknownColumn", name.strip()));
				}
				else if (columns.containsValue(column.get())) {
					fileErrors.add(RowError.of(headerRow, column.get().field(), "transfer.xlsx.duplicateColumn", name.strip()));
				}
				else {
					columns.put(cell.getColumnIndex(), column.get());
				}
			}
			if (!fileErrors.isEmpty()) {
				return new Read(List.of(), fileErrors);
			}
			List<ParsedRow> rows = new ArrayList<>();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				int number = r + 1;
				TransferRecord record = new TransferRecord();
				List<RowError> errors = new ArrayList<>();
				boolean any = false;
				for (Map.Entry<Integer, Columns.Column> column : columns.entrySet()) {
					String value = text(row.getCell(column.getKey()));
					if (value == null || value.isBlank()) {
						continue;
					}
					any = true;
					try {
						column.getValue().reader().accept(record, value);
					}
					catch (Columns.BadValue e) {
						errors.add(e.at(number, column.getValue().field()));
					}
				}
				if (any) {
					rows.add(new ParsedRow(number, record, errors));
				}
			}
			return new Read(rows, List.of());
		}
		catch (IOException | EncryptedDocumentException e) {
			return new Read(List.of(), List.of(RowError.of(0, "file", "transfer.xlsx.unreadable")));
		}
	}

	/** A cell as text: numbers without a spurious {@code .0} or binary noise, dates ISO, formulas by their cached value. */
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
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> null;
		};
	}

	/** Writes one workbook, row by row; {@link #close()} finishes it into the stream. */
	static final class Writer implements AutoCloseable {

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		private final SXSSFSheet sheet;
		private final OutputStream out;
		private int next = 1;

		Writer(OutputStream out) {
			this.out = out;
			this.workbook.setCompressTempFiles(true);
			this.sheet = workbook.createSheet("achievements");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < Columns.ALL.size(); i++) {
				Columns.Column column = Columns.ALL.get(i);
				Cell cell = header.createCell(i, CellType.STRING);
				cell.setCellValue(column.header());
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, width(column.field()));
			}
			sheet.createFreezePane(0, 1);
			codes(workbook.createSheet("codes"));
		}

		void add(TransferRecord record) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < Columns.ALL.size(); i++) {
				String value = Columns.ALL.get(i).writer().apply(record);
				if (value != null && !value.isEmpty()) {
					// always a string cell: codes keep their leading zeros and nothing is ever read as a formula
					row.createCell(i, CellType.STRING)
						.setCellValue(value.length() > EXCEL_CELL_LIMIT ? value.substring(0, EXCEL_CELL_LIMIT) : value);
				}
			}
		}

		@Override
		public void close() throws IOException {
			try (workbook) {
				workbook.write(out);
			}
		}

		private static int width(String field) {
			return switch (field) {
				case "title", "keywords", "completingOrganisations", "inventors", "ipRights", "applicationFields",
						"cooperationRequirements", "marketField" -> 30 * 256;
				case "abstractText" -> 60 * 256;
				default -> 16 * 256;
			};
		}

		/** The second sheet: each code column and the values it accepts. */
		private static void codes(Sheet sheet) {
			Map<String, String> codes = new java.util.LinkedHashMap<>();
			codes.put("category", names(AchievementCategory.values()));
			codes.put("attribute", names(Codes.InnovationAttribute.values()));
			codes.put("evaluationRoute", names(Codes.EvaluationRoute.values()));
			codes.put("level", names(Codes.AchievementLevel.values()));
			codes.put("stage", names(Codes.Stage.values()));
			codes.put("fundingSource", names(Codes.FundingSource.values()));
			codes.put("ipRights type", names(Codes.IpType.values()));
			codes.put("ipRights status", names(Codes.IpStatus.values()));
			codes.put("conversionMethods", names(Codes.ConversionMethod.values()));
			codes.put("disciplineCode", "GB/T 13745-2009");
			codes.put("industryCode", "GB/T 4754-2017");
			codes.put("regionCode", "GB/T 2260");
			int r = 0;
			for (Map.Entry<String, String> e : codes.entrySet()) {
				Row row = sheet.createRow(r++);
				row.createCell(0, CellType.STRING).setCellValue(e.getKey());
				row.createCell(1, CellType.STRING).setCellValue(e.getValue());
			}
			sheet.setColumnWidth(0, 22 * 256);
			sheet.setColumnWidth(1, 100 * 256);
		}

		private static String names(Enum<?>[] values) {
			return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
		}
	}
}
