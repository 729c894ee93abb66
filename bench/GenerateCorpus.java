import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark corpus: N synthetic achievements in the platform's JSON Lines exchange format, made by recombining the titles and
 * sentences of the real Zhejiang market listings (so the text has real Chinese vocabulary and length), with codes drawn from
 * the platform's own code tables. Deterministic for a seed.
 *
 * <pre>java bench/GenerateCorpus.java ../shared/data/zjmarket/achievements.jsonl bench-data/corpus-100000.jsonl 100000 42</pre>
 */
public class GenerateCorpus {

	public static void main(String[] args) throws IOException {
		Path source = Path.of(args[0]);
		Path target = Path.of(args[1]);
		int count = Integer.parseInt(args[2]);
		Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42);
		List<String> titles = new ArrayList<>();
		List<String> sentences = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			Map<String, String> row = parse(line);
			titles.add(row.getOrDefault("title", ""));
			fields.add(row.getOrDefault("industry", ""));
			for (String s : row.getOrDefault("description", "").split("(?<=[。！？；])")) {
				if (s.strip().length() >= 8) {
					sentences.add(s.strip());
				}
			}
		}
		List<String> industries = codes("src/main/resources/codes/industries.csv", 2);
		List<String> disciplines = codes("src/main/resources/codes/disciplines.csv", 2);
		List<String> regions = codes("src/main/resources/codes/regions.csv", 2);
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			for (int i = 0; i < count; i++) {
				String a = titles.get(random.nextInt(titles.size()));
				String b = titles.get(random.nextInt(titles.size()));
				String title = (a.substring(0, a.length() / 2) + b.substring(b.length() / 2)).strip();
				if (title.length() > 100) {
					title = title.substring(0, 100);
				}
				StringBuilder text = new StringBuilder();
				int n = 3 + random.nextInt(4);
				for (int s = 0; s < n; s++) {
					text.append(sentences.get(random.nextInt(sentences.size())));
				}
				String abstractText = text.length() > 2000 ? text.substring(0, 2000) : text.toString();
				LocalDate published = LocalDate.of(2000 + random.nextInt(27), 1 + random.nextInt(12), 1 + random.nextInt(28));
				int trl = 1 + random.nextInt(9);
				boolean negotiable = random.nextInt(10) < 8;
				StringBuilder json = new StringBuilder("{");
				field(json, "externalId", "bench:" + i).append(',');
				field(json, "publishedAt", published.atStartOfDay().toInstant(ZoneOffset.ofHours(8)).toString()).append(',');
				field(json, "title", title).append(',');
				field(json, "category", "APPLIED").append(',');
				field(json, "abstractText", abstractText).append(',');
				field(json, "industryCode", industries.get(random.nextInt(industries.size()))).append(',');
				field(json, "disciplineCode", disciplines.get(random.nextInt(disciplines.size()))).append(',');
				field(json, "regionCode", regions.get(random.nextInt(regions.size()))).append(',');
				field(json, "marketField", fields.get(random.nextInt(fields.size()))).append(',');
				json.append("\"trl\":").append(trl).append(',');
				json.append("\"priceNegotiable\":").append(negotiable);
				if (!negotiable) {
					json.append(",\"priceMin\":").append(5 + random.nextInt(500)).append(".00");
				}
				json.append(",\"conversionMethods\":[\"TRANSFER\"]}");
				out.write(json.toString());
				out.newLine();
			}
		}
		System.out.printf("wrote %,d achievements to %s%n", count, target);
	}

	private static List<String> codes(String file, int level) throws IOException {
		List<String> codes = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).subList(1, Files.readAllLines(Path.of(file)).size())) {
			String[] f = line.split(",");
			// six-digit region codes only: a prefecture or a district
			if (Integer.parseInt(f[2]) >= level && (!file.contains("regions") || f[0].matches("\\d{6}"))) {
				codes.add(f[0]);
			}
		}
		return codes;
	}

	private static StringBuilder field(StringBuilder json, String name, String value) {
		json.append('"').append(name).append("\":\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"');
	}

	/** A flat JSON object of string values, as the market file is. */
	static Map<String, String> parse(String line) {
		Map<String, String> map = new LinkedHashMap<>();
		int i = line.indexOf('{') + 1;
		while (i < line.length()) {
			int keyStart = line.indexOf('"', i);
			if (keyStart < 0) {
				break;
			}
			StringBuilder key = new StringBuilder();
			i = readString(line, keyStart, key);
			i = line.indexOf(':', i) + 1;
			while (Character.isWhitespace(line.charAt(i))) {
				i++;
			}
			if (line.charAt(i) == '"') {
				StringBuilder value = new StringBuilder();
				i = readString(line, i, value);
				map.put(key.toString(), value.toString());
			}
			else {
				int end = i;
				while (end < line.length() && line.charAt(end) != ',' && line.charAt(end) != '}') {
					end++;
				}
				map.put(key.toString(), line.substring(i, end).strip());
				i = end;
			}
			i = line.indexOf(',', i);
			if (i < 0) {
				break;
			}
			i++;
		}
		return map;
	}

	private static int readString(String s, int quote, StringBuilder into) {
		int i = quote + 1;
		while (s.charAt(i) != '"') {
			char c = s.charAt(i);
			if (c == '\\') {
				char n = s.charAt(++i);
				switch (n) {
					case 'n' -> into.append('\n');
					case 't' -> into.append('\t');
					case 'r' -> into.append('\r');
					case 'u' -> {
						into.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
						i += 4;
					}
					default -> into.append(n);
				}
			}
			else {
				into.append(c);
			}
			i++;
		}
		return i + 1;
	}
}
