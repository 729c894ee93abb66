package org.opentechmarket.achievement.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentechmarket.platform.CodeTables;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every industry classification the real market file uses maps to a GB/T 4754 code (skipped without ../shared). */
class ZjmarketClassificationsTest {

	static final Path FILE = Path.of("..", "shared", "data", "zjmarket", "achievements.jsonl");

	@Test
	void everyClassificationOfTheRealFileMaps() throws IOException {
		Assumptions.assumeTrue(Files.isRegularFile(FILE), "../shared/data is not here");
		JsonMapper json = JsonMapper.builder().build();
		TreeSet<String> classifications = new TreeSet<>();
		for (String line : Files.readAllLines(FILE)) {
			if (!line.isBlank()) {
				JsonNode node = json.readTree(line);
				classifications.add(node.path("classification").asString());
			}
		}
		CodeTables codes = new CodeTables();
		IndustryMatcher matcher = new ZjmarketMapper(codes).industries();
		Map<String, Optional<String>> mapped = new TreeMap<>();
		classifications.forEach(c -> mapped.put(c, matcher.match(c)));
		assertThat(classifications).hasSize(66);
		assertThat(mapped).allSatisfy((classification, code) -> {
			assertThat(code).as(classification).isPresent();
			assertThat(codes.industries().contains(code.get())).as(classification).isTrue();
		});
		long divisions = mapped.values().stream().filter(c -> c.get().length() == 2).count();
		System.out.printf("zjmarket classifications: %d distinct, %d mapped to a division, %d to a section only%n",
				mapped.size(), divisions, mapped.size() - divisions);
	}
}
