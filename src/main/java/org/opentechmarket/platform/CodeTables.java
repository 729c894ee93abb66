package org.opentechmarket.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The national code tables the registry validates and browses by: GB/T 4754-2017 industries, GB/T 13745-2009 disciplines and
 * GB/T 2260 regions, each hierarchical (loaded from {@code classpath:codes/*.csv}).
 */
@Component
public class CodeTables {

	private final CodeTable industries = load("industries");
	private final CodeTable disciplines = load("disciplines");
	private final CodeTable regions = load("regions");

	public CodeTable industries() {
		return industries;
	}

	public CodeTable disciplines() {
		return disciplines;
	}

	public CodeTable regions() {
		return regions;
	}

	private static CodeTable load(String name) {
		ClassPathResource resource = new ClassPathResource("codes/" + name + ".csv");
		Map<String, Code> codes = new LinkedHashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line = in.readLine(); // header
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] f = line.split(",", -1);
				codes.put(f[0], new Code(f[0], f[1].isEmpty() ? null : f[1], Integer.parseInt(f[2]), f[3], f[4]));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read code table " + name, e);
		}
		return new CodeTable(name, codes);
	}

	/** One entry of a code table. */
	public record Code(String code, String parent, int level, String nameZh, String nameEn) {

		public String name(Locale locale) {
			return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
		}
	}

	/** A hierarchical code table. */
	public static final class CodeTable {

		private final String name;
		private final Map<String, Code> codes;
		private final Map<String, List<Code>> children = new LinkedHashMap<>();

		CodeTable(String name, Map<String, Code> codes) {
			this.name = name;
			this.codes = Collections.unmodifiableMap(codes);
			for (Code c : codes.values()) {
				children.computeIfAbsent(c.parent() == null ? "" : c.parent(), k -> new ArrayList<>()).add(c);
			}
		}

		public String name() {
			return name;
		}

		public boolean contains(String code) {
			return code != null && codes.containsKey(code);
		}

		public Optional<Code> find(String code) {
			return Optional.ofNullable(code == null ? null : codes.get(code));
		}

		public List<Code> topLevel() {
			return children.getOrDefault("", List.of());
		}

		public List<Code> children(String code) {
			return children.getOrDefault(code, List.of());
		}

		public int size() {
			return codes.size();
		}

		/** The level-1 ancestor of a code (the code itself when it is top level); null for an unknown code. */
		public String root(String code) {
			Code c = code == null ? null : codes.get(code);
			while (c != null && c.parent() != null) {
				c = codes.get(c.parent());
			}
			return c == null ? null : c.code();
		}

		/** The ancestor of {@code code} at {@code level}, or the code itself when it is not that deep. */
		public String ancestorAt(String code, int level) {
			Code c = code == null ? null : codes.get(code);
			while (c != null && c.level() > level && c.parent() != null) {
				c = codes.get(c.parent());
			}
			return c == null ? null : c.code();
		}

		/** "浙江省 / 杭州市 / 西湖区" style label. */
		public String label(String code, Locale locale) {
			List<String> parts = new ArrayList<>();
			Code c = code == null ? null : codes.get(code);
			while (c != null) {
				parts.add(0, c.name(locale));
				c = c.parent() == null ? null : codes.get(c.parent());
			}
			return parts.isEmpty() ? (code == null ? "" : code) : String.join(" / ", parts);
		}

		public String shortLabel(String code, Locale locale) {
			return find(code).map(c -> c.name(locale)).orElse(code == null ? "" : code);
		}

		public java.util.Collection<Code> all() {
			return codes.values();
		}
	}
}
