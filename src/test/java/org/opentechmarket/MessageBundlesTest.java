package org.opentechmarket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The English and Chinese bundles have the same keys, and every key a template names exists. */
class MessageBundlesTest {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void englishAndChineseHaveTheSameKeys() throws IOException {
		Properties en = load("messages.properties");
		Properties zh = load("messages_zh_CN.properties");
		assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
		assertThat(en.stringPropertyNames()).hasSizeGreaterThan(300);
	}

	@Test
	void chineseTextsAreChinese() throws IOException {
		Properties zh = load("messages_zh_CN.properties");
		assertThat(zh.getProperty("nav.catalogue")).isEqualTo("成果库");
		long withHan = zh.stringPropertyNames().stream().filter(k -> zh.getProperty(k).codePoints()
			.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
		assertThat(withHan).as("share of Chinese texts").isGreaterThan(zh.size() * 9L / 10);
	}

	@Test
	void everyLiteralKeyUsedInTemplatesExists() throws IOException {
		Properties en = load("messages.properties");
		Pattern literal = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = literal.matcher(Files.readString(file));
				while (m.find()) {
					if (!en.containsKey(m.group(1))) {
						missing.add(m.group(1) + " (" + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
