package org.opentechmarket.matching.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' gap view (issue 4: needs without supply by field, the research topics for 企业出题): open needs whose
 * matches the coverage job computed and none of which is strong, grouped by GB/T 4754 industry section and by GB/T 13745
 * discipline, with the list of needs; as a page and as an Excel workbook.
 */
@Service
@Transactional(readOnly = true)
public class GapReport {

	/** Needs without an industry or discipline code are counted under this key. */
	public static final String NONE = "—";

	private final JdbcTemplate jdbc;
	private final Needs needs;
	private final CodeTables codes;
	private final MessageSource messages;

	public GapReport(JdbcTemplate jdbc, Needs needs, CodeTables codes, MessageSource messages) {
		this.jdbc = jdbc;
		this.needs = needs;
		this.codes = codes;
		this.messages = messages;
	}

	/** One need without a strong match; {@code bestScore} is its best match's score (null: nothing shares a term). */
	public record GapNeed(long needId, String title, String owner, String status, String industry, String discipline,
			String region, Double bestScore) {
	}

	/** A field with its number of gaps. */
	public record Group(String code, String label, long count) {
	}

	/**
	 * @param open open needs with a coverage row
	 * @param pending needs whose matches are still to be computed (not counted as gaps yet)
	 */
	public record Gaps(long open, long pending, List<Group> byIndustry, List<Group> byDiscipline, List<GapNeed> needs,
			double threshold) {
	}

	public Gaps gaps(CurrentUser admin, Locale locale, double threshold) {
		if (admin == null || !admin.isAdmin()) {
			throw DomainException.forbidden();
		}
		record Row(long needId, String section, String industry, String root, String discipline, String region,
				Double best) {
		}
		List<Row> rows = jdbc.query("""
				select need_id, industry_section, industry_code, discipline_root, discipline_code, region_code, best_score
				from match_coverage where state = 'DONE' and strong_count = 0 order by need_id""", (rs, i) -> {
			double best = rs.getDouble(7);
			return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.wasNull() ? null : best);
		});
		Long open = jdbc.queryForObject("select count(*) from match_coverage", Long.class);
		Long pending = jdbc.queryForObject("select count(*) from match_coverage where state = 'PENDING'", Long.class);
		Map<Long, NeedSummary> summaries = new HashMap<>();
		needs.findAll(rows.stream().map(Row::needId).toList()).forEach(n -> summaries.put(n.id(), n));
		Map<String, Long> bySection = new LinkedHashMap<>();
		Map<String, Long> byRoot = new LinkedHashMap<>();
		List<GapNeed> list = new ArrayList<>();
		for (Row r : rows) {
			NeedSummary n = summaries.get(r.needId());
			if (n == null || !n.status().isPublic()) {
				continue;
			}
			bySection.merge(r.section() == null ? NONE : r.section(), 1L, Long::sum);
			byRoot.merge(r.root() == null ? NONE : r.root(), 1L, Long::sum);
			list.add(new GapNeed(n.id(), n.title(), n.ownerName(),
					messages.getMessage("need.status." + n.status(), null, n.status().name(), locale),
					label(codes.industries(), n.industryCode(), locale), label(codes.disciplines(), n.disciplineCode(), locale),
					label(codes.regions(), n.regionCode(), locale), r.best()));
		}
		return new Gaps(open == null ? 0 : open, pending == null ? 0 : pending, groups(bySection, codes.industries(), locale),
				groups(byRoot, codes.disciplines(), locale), list, threshold);
	}

	private static List<Group> groups(Map<String, Long> counts, CodeTables.CodeTable table, Locale locale) {
		return counts.entrySet().stream()
			.map(e -> new Group(e.getKey(), NONE.equals(e.getKey()) ? NONE : table.shortLabel(e.getKey(), locale),
					e.getValue()))
			.sorted(Comparator.comparingLong(Group::count).reversed().thenComparing(Group::code))
			.toList();
	}

	private static String label(CodeTables.CodeTable table, String code, Locale locale) {
		return code == null ? "" : code + " " + table.label(code, locale);
	}

	/** The gap view as a workbook: a sheet of counts by field, and one of the needs. */
	public byte[] workbook(CurrentUser admin, Locale locale, double threshold) {
		Gaps gaps = gaps(admin, locale, threshold);
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet fields = book.createSheet(msg("matching.gaps.sheet.fields", locale));
			row(fields, 0, msg("matching.gaps.table", locale), msg("matching.gaps.code", locale),
					msg("matching.gaps.field", locale), msg("matching.gaps.count", locale));
			int r = 1;
			for (Group g : gaps.byIndustry()) {
				row(fields, r++, "GB/T 4754", g.code(), g.label(), g.count());
			}
			for (Group g : gaps.byDiscipline()) {
				row(fields, r++, "GB/T 13745", g.code(), g.label(), g.count());
			}
			Sheet list = book.createSheet(msg("matching.gaps.sheet.needs", locale));
			row(list, 0, msg("matching.gaps.needId", locale), msg("need.title", locale), msg("matching.gaps.owner", locale),
					msg("need.status", locale), msg("need.industry", locale), msg("need.discipline", locale),
					msg("need.region", locale), msg("matching.gaps.bestScore", locale));
			r = 1;
			for (GapNeed n : gaps.needs()) {
				row(list, r++, n.needId(), n.title(), n.owner(), n.status(), n.industry(), n.discipline(), n.region(),
						n.bestScore() == null ? "" : String.format(Locale.ROOT, "%.3f", n.bestScore()));
			}
			fields.setColumnWidth(2, 40 * 256);
			list.setColumnWidth(1, 50 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v instanceof Number n) {
				row.createCell(i).setCellValue(n.doubleValue());
			}
			else {
				row.createCell(i).setCellValue(v == null ? "" : v.toString());
			}
		}
	}
}
