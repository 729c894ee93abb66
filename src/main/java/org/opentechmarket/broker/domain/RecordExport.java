package org.opentechmarket.broker.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A broker's record as an Excel workbook for title evaluation (职称评审) and subsidies (seed 002 §15: 贡献积分可以作为职称评定、
 * 地方奖补的重要依据): profile, the points ledger with each entry's source, offline deals, trainings and evaluations. For the
 * broker themself and administrators only.
 */
@Component
public class RecordExport {

	private final BrokerService brokers;
	private final RecordsService records;
	private final EvaluationService evaluations;
	private final CodeTables codes;
	private final MessageSource messages;
	private final Formats formats;

	public RecordExport(BrokerService brokers, RecordsService records, EvaluationService evaluations, CodeTables codes,
			MessageSource messages, Formats formats) {
		this.brokers = brokers;
		this.records = records;
		this.evaluations = evaluations;
		this.codes = codes;
		this.messages = messages;
		this.formats = formats;
	}

	@Transactional(readOnly = true)
	public byte[] export(CurrentUser viewer, long brokerUserId, Locale locale) {
		List<PointEntry> ledger = brokers.ledgerOf(viewer, brokerUserId); // checks: the broker or an administrator
		BrokerProfile p = brokers.load(brokerUserId);
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);

			Sheet profile = wb.createSheet(t("broker.export.sheet.profile", locale));
			int r = 0;
			r = pair(profile, r, t("broker.name", locale), brokers.displayName(brokerUserId), bold);
			r = pair(profile, r, t("broker.grade", locale), t("broker.grade." + p.getGrade(), locale), bold);
			r = pair(profile, r, t("broker.certificateNumber", locale), p.getCertificateNumber(), bold);
			r = pair(profile, r, t("broker.gradeVerified", locale), t(p.isGradeVerified() ? "broker.yes" : "broker.no", locale),
					bold);
			r = pair(profile, r, t("broker.status", locale), t("broker.status." + p.getStatus(), locale), bold);
			r = pair(profile, r, t("broker.disciplines", locale), String.join("; ",
					p.getDisciplines().stream().map(c -> c + " " + codes.disciplines().shortLabel(c, locale)).toList()), bold);
			r = pair(profile, r, t("broker.industries", locale), String.join("; ",
					p.getIndustries().stream().map(c -> c + " " + codes.industries().shortLabel(c, locale)).toList()), bold);
			r = pair(profile, r, t("broker.regions", locale), String.join("; ",
					p.getRegions().stream().map(c -> codes.regions().label(c, locale)).toList()), bold);
			r = pair(profile, r, t("broker.languages", locale), String.join("; ", p.getLanguages()), bold);
			pair(profile, r, t("broker.points.total", locale), brokers.totalPoints(brokerUserId).toPlainString(), bold);
			profile.setColumnWidth(0, 30 * 256);
			profile.setColumnWidth(1, 80 * 256);

			Sheet points = wb.createSheet(t("broker.export.sheet.points", locale));
			header(points, bold, t("broker.points.id", locale), t("broker.points.recordedAt", locale),
					t("broker.points.year", locale), t("broker.points.source", locale), t("broker.points.reference", locale),
					t("broker.points.points", locale), t("broker.points.amount", locale), t("broker.points.corrects", locale),
					t("broker.points.reason", locale), t("broker.points.recordedBy", locale));
			r = 1;
			for (PointEntry e : ledger) {
				Row row = points.createRow(r++);
				row.createCell(0).setCellValue(e.getId());
				row.createCell(1).setCellValue(formats.dateTime(e.getRecordedAt()));
				row.createCell(2).setCellValue(e.getAccountingYear());
				row.createCell(3).setCellValue(t("broker.source." + e.getSource(), locale));
				row.createCell(4).setCellValue(e.getSourceReference());
				row.createCell(5).setCellValue(e.getPoints().doubleValue());
				money(row, 6, e.getAmount());
				if (e.getCorrectsEntryId() != null) {
					row.createCell(7).setCellValue(e.getCorrectsEntryId());
				}
				row.createCell(8).setCellValue(e.getReason() == null ? "" : e.getReason());
				row.createCell(9).setCellValue(e.getRecordedBy());
			}

			Sheet deals = wb.createSheet(t("broker.export.sheet.deals", locale));
			header(deals, bold, t("broker.deal.signedOn", locale), t("broker.deal.seller", locale), t("broker.deal.buyer", locale),
					t("broker.deal.contractAmount", locale), t("broker.deal.commission", locale),
					t("broker.deal.rewardPool", locale), t("broker.deal.staffShare", locale),
					t("broker.deal.staffReward", locale), t("broker.verification", locale), t("broker.deal.evidence", locale));
			r = 1;
			for (OfflineDeal d : records.dealsOf(viewer, brokerUserId)) {
				Row row = deals.createRow(r++);
				row.createCell(0).setCellValue(formats.date(d.getSignedOn()));
				row.createCell(1).setCellValue(d.getSeller());
				row.createCell(2).setCellValue(d.getBuyer());
				money(row, 3, d.getContractAmount());
				money(row, 4, d.terms().commission());
				money(row, 5, d.getRewardPool());
				if (d.getStaffShare() != null) {
					row.createCell(6).setCellValue(d.getStaffShare().toPlainString());
				}
				money(row, 7, d.terms().staffReward());
				row.createCell(8).setCellValue(t("broker.verification." + d.getStatus(), locale));
				row.createCell(9).setCellValue(d.getEvidence().name() + " sha256=" + d.getEvidence().sha256());
			}

			Sheet trainings = wb.createSheet(t("broker.export.sheet.trainings", locale));
			header(trainings, bold, t("broker.training.givenOn", locale), t("broker.training.title", locale),
					t("broker.training.hours", locale), t("broker.training.audienceSize", locale),
					t("broker.verification", locale), t("broker.deal.evidence", locale));
			r = 1;
			for (Training tr : records.trainingsOf(viewer, brokerUserId)) {
				Row row = trainings.createRow(r++);
				row.createCell(0).setCellValue(formats.date(tr.getGivenOn()));
				row.createCell(1).setCellValue(tr.getTitle());
				row.createCell(2).setCellValue(tr.getHours().doubleValue());
				row.createCell(3).setCellValue(tr.getAudienceSize());
				row.createCell(4).setCellValue(t("broker.verification." + tr.getStatus(), locale));
				row.createCell(5).setCellValue(tr.getEvidence().name() + " sha256=" + tr.getEvidence().sha256());
			}

			Sheet evaluationSheet = wb.createSheet(t("broker.export.sheet.evaluations", locale));
			header(evaluationSheet, bold, t("broker.evaluation.year", locale), t("broker.evaluation.points", locale),
					t("broker.evaluation.deals", locale), t("broker.evaluation.ratings", locale),
					t("broker.evaluation.complaints", locale), t("broker.evaluation.score", locale),
					t("broker.evaluation.threshold", locale), t("broker.evaluation.result", locale),
					t("broker.evaluation.final", locale));
			r = 1;
			for (Evaluation e : evaluations.evaluationsOf(brokerUserId)) {
				Row row = evaluationSheet.createRow(r++);
				row.createCell(0).setCellValue(e.getYear());
				row.createCell(1).setCellValue(e.getPoints().doubleValue());
				row.createCell(2).setCellValue(e.getVerifiedDeals());
				row.createCell(3).setCellValue(e.getRatings());
				row.createCell(4).setCellValue(e.getUpheldComplaints());
				row.createCell(5).setCellValue(e.getScore().doubleValue());
				row.createCell(6).setCellValue(e.getThreshold().doubleValue());
				row.createCell(7).setCellValue(t(e.isPassed() ? "broker.evaluation.passed" : "broker.evaluation.below", locale));
				row.createCell(8).setCellValue(t(e.isFinalResult() ? "broker.yes" : "broker.no", locale));
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int pair(Sheet sheet, int r, String label, String value, CellStyle bold) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(label);
		row.getCell(0).setCellStyle(bold);
		row.createCell(1).setCellValue(value == null ? "" : value);
		return r + 1;
	}

	private static void header(Sheet sheet, CellStyle bold, String... titles) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			row.createCell(i).setCellValue(titles[i]);
			row.getCell(i).setCellStyle(bold);
			sheet.setColumnWidth(i, 18 * 256);
		}
	}

	/** Money as text with two decimals: exact, as recorded (a double cell could show 0.1 + 0.2). */
	private static void money(Row row, int column, BigDecimal amount) {
		if (amount != null) {
			row.createCell(column).setCellValue(amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
		}
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
