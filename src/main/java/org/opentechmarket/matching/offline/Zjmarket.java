package org.opentechmarket.matching.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.opentechmarket.matching.NeedQuery;
import org.opentechmarket.matching.engine.MatchDocument;
import org.opentechmarket.platform.CodeTables;

/**
 * Reads the Zhejiang online technology market's files (../shared/data/zjmarket, README there): listings become match
 * documents, needs become need queries. Industry names become GB/T 4754 codes, maturity a TRL (the same scale as the
 * achievement import: 正在研发 3, 通过小试 4, 已有样品 5, 通过中试 6, 可以量产 8), prices a band in 万元.
 */
final class Zjmarket {

	private static final Map<String, Integer> MATURITY = Map.of("正在研发", 3, "通过小试", 4, "已有样品", 5, "通过中试", 6,
			"可以量产", 8);
	private static final Pattern PRICE_BAND = Pattern
		.compile("(\\d+(?:\\.\\d+)?)\\s*万元?\\s*(?:-|－|—|–|~|～|至|到)\\s*(\\d+(?:\\.\\d+)?)\\s*万元?");
	private static final Pattern PRICE_ONE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*万元?");

	private final ObjectMapper json = new ObjectMapper();
	private final IndustryNames industries;

	Zjmarket(CodeTables codes) {
		this.industries = new IndustryNames(codes.industries());
	}

	List<MatchDocument> achievements(Path file) throws IOException {
		List<MatchDocument> documents = new ArrayList<>();
		for (JsonNode n : lines(file)) {
			String price = text(n, "price");
			BigDecimal min = null;
			BigDecimal max = null;
			Matcher band = PRICE_BAND.matcher(price);
			Matcher one = PRICE_ONE.matcher(price);
			if (band.matches()) {
				min = new BigDecimal(band.group(1));
				max = new BigDecimal(band.group(2));
			}
			else if (one.matches()) {
				min = new BigDecimal(one.group(1));
				max = min;
			}
			String fields = String.join(" ", text(n, "industry").replace('-', ' '), text(n, "scope")).strip();
			documents.add(new MatchDocument(text(n, "id"), 0, text(n, "title"), text(n, "description"), fields,
					industries.code(text(n, "classification")).orElse(null), null, null,
					MATURITY.get(text(n, "maturity")), min, max, min == null, date(text(n, "postedOn"))));
		}
		return documents;
	}

	/** Needs by id, in file order. */
	Map<String, NeedQuery> needs(Path file) throws IOException {
		Map<String, NeedQuery> needs = new LinkedHashMap<>();
		for (JsonNode n : lines(file)) {
			needs.put(text(n, "id"), new NeedQuery(text(n, "title"), text(n, "description"), List.of(),
					industries.code(text(n, "classification")).orElse(null), null, null, null, null, null,
					date(text(n, "postedOn"))));
		}
		return needs;
	}

	/**
	 * Judgements, query → document → grade: TREC qrels lines ({@code query 0 document grade}), or JSON objects with
	 * {@code query}, {@code document} and {@code grade} (the platform's feedback export, {@code /admin/matching/feedback.jsonl}).
	 * Both may be mixed in one file (concatenate the development set's qrels and an export).
	 */
	static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
		Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
		ObjectMapper json = new ObjectMapper();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String l = line.strip();
			if (l.startsWith("{")) {
				JsonNode n = json.readTree(l);
				if (n.hasNonNull("query") && n.hasNonNull("document") && n.hasNonNull("grade")) {
					qrels.computeIfAbsent(n.get("query").asString(), q -> new LinkedHashMap<>())
						.put(n.get("document").asString(), n.get("grade").asInt());
				}
				continue;
			}
			String[] f = l.split("\\s+");
			if (f.length < 4) {
				continue;
			}
			qrels.computeIfAbsent(f[0], q -> new LinkedHashMap<>()).put(f[2], Integer.parseInt(f[3]));
		}
		return qrels;
	}

	private List<JsonNode> lines(Path file) throws IOException {
		List<JsonNode> nodes = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				if (!line.isBlank()) {
					nodes.add(json.readTree(line));
				}
			}
		}
		return nodes;
	}

	private static String text(JsonNode n, String field) {
		JsonNode v = n.get(field);
		return v == null || v.isNull() ? "" : v.asString().strip();
	}

	private static LocalDate date(String s) {
		try {
			return s.isEmpty() ? null : LocalDate.parse(s);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
