package org.opentechmarket.achievement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.opentechmarket.achievement.web.Registrations.EXE;
import static org.opentechmarket.achievement.web.Registrations.PDF;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentechmarket.achievement.domain.Evidence;
import org.opentechmarket.achievement.domain.EvidenceRepository;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.PlatformProperties;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Evidence files (证明材料): the type is decided from the bytes, only allowed types and sizes are kept. */
@PlatformTest
class EvidenceUploadIT {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
	private static final byte[] ZIP = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService userDetails;
	@Autowired
	EvidenceRepository evidence;
	@Autowired
	PlatformProperties platform;

	CurrentUser institution;
	long draft;

	@BeforeEach
	void draft() throws Exception {
		institution = (CurrentUser) userDetails.loadUserByUsername("demo-institution");
		draft = Registrations.createDraft(mvc, "demo-institution",
				Registrations.appliedJson("证明材料测试成果" + Registrations.unique(), Registrations.patentNumber()));
	}

	@Test
	void allowedTypesAreRecognisedFromTheirBytesNotFromWhatTheBrowserClaims() throws Exception {
		upload("TEST_REPORT", "报告.pdf", "application/octet-stream", PDF).andExpect(flash().attribute("notice", "evidence.added"));
		upload("USER_CERTIFICATE", "证明.png", "application/pdf", PNG).andExpect(flash().attribute("notice", "evidence.added"));
		upload("USER_CERTIFICATE", "照片.jpg", "text/plain", JPEG).andExpect(flash().attribute("notice", "evidence.added"));
		upload("OTHER", "说明.docx", "application/zip", ZIP).andExpect(flash().attribute("notice", "evidence.added"));
		upload("OTHER", "附件.zip", "application/msword", ZIP).andExpect(flash().attribute("notice", "evidence.added"));

		List<String> types = evidence.findByAchievementIdOrderByUploadedAt(draft).stream().map(Evidence::getContentType).toList();
		assertThat(types).containsExactly("application/pdf", "image/png", "image/jpeg",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip");
	}

	@Test
	void otherFilesAreRefusedAndNothingIsKept() throws Exception {
		long files = evidenceFiles();
		for (byte[] bytes : List.of(EXE, "纯文本文件，不是 PDF".getBytes(StandardCharsets.UTF_8),
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), new byte[] { '%', 'P' },
				"GIF89a....".getBytes(StandardCharsets.US_ASCII))) {
			upload("TEST_REPORT", "检测报告.pdf", "application/pdf", bytes)
				.andExpect(flash().attribute("evidenceError", "evidence.type.notAllowed"));
		}
		upload("TEST_REPORT", "空文件.pdf", "application/pdf", new byte[0])
			.andExpect(flash().attribute("evidenceError", "evidence.file.empty"));
		mvc.perform(multipart("/my/achievements/{id}/evidence", draft)
				.file(new MockMultipartFile("file", "没有类型.pdf", "application/pdf", PDF)).with(user(institution)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("evidenceError", "validation.required"));

		assertThat(evidence.findByAchievementIdOrderByUploadedAt(draft)).isEmpty();
		assertThat(evidenceFiles()).isEqualTo(files);
	}

	@Test
	void filesOverTheLimitAreRefused() throws Exception {
		long files = evidenceFiles();
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		upload("TEST_REPORT", "超大报告.pdf", "application/pdf", big)
			.andExpect(flash().attribute("evidenceError", "evidence.size.tooLarge"));
		assertThat(evidence.findByAchievementIdOrderByUploadedAt(draft)).isEmpty();
		assertThat(evidenceFiles()).isEqualTo(files);

		byte[] limit = Arrays.copyOf(big, 20 * 1024 * 1024);
		upload("TEST_REPORT", "刚好二十兆.pdf", "application/pdf", limit).andExpect(flash().attribute("notice", "evidence.added"));
		assertThat(evidence.findByAchievementIdOrderByUploadedAt(draft)).singleElement()
			.satisfies(e -> assertThat(e.getSizeBytes()).isEqualTo(20L * 1024 * 1024));
	}

	@Test
	void fileNamesCannotBreakOutOfTheDownloadHeader() throws Exception {
		upload("TEST_REPORT", "..\\..\\etc/passwd\"\r\nSet-Cookie: x=1.pdf", "application/pdf", PDF)
			.andExpect(flash().attribute("notice", "evidence.added"));
		Evidence stored = evidence.findByAchievementIdOrderByUploadedAt(draft).get(0);
		assertThat(stored.getFileName()).doesNotContain("/", "\\", "\"", "\r", "\n");
		assertThat(stored.getStorageKey()).matches("[0-9a-f-]{36}");

		mvc.perform(get("/evidence/{id}", stored.getId()).with(user(institution)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andExpect(header().string("Content-Disposition", not(org.hamcrest.Matchers.containsString("\n"))))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void evidenceIsRemovedOnlyWhileTheRegistrationIsEditable() throws Exception {
		upload("ACCEPTANCE_OPINION", "验收意见.pdf", "application/pdf", PDF);
		upload("TEST_REPORT", "检测报告.pdf", "application/pdf", PDF);
		upload("IP_CERTIFICATE", "专利证书.pdf", "application/pdf", PDF);
		List<Evidence> all = evidence.findByAchievementIdOrderByUploadedAt(draft);
		assertThat(all).hasSize(3);

		mvc.perform(post("/my/evidence/{id}/delete", all.get(2).getId()).param("achievement", String.valueOf(draft))
				.with(user(institution)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "evidence.removed"));
		assertThat(evidence.findByAchievementIdOrderByUploadedAt(draft)).hasSize(2);
		// the IP certificate is missing again: submission names it
		mvc.perform(post("/my/achievements/{id}/submit", draft).with(user(institution)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("请上传所列知识产权的证书")));

		upload("IP_CERTIFICATE", "专利证书.pdf", "application/pdf", PDF);
		Registrations.submit(mvc, "demo-institution", draft);
		mvc.perform(post("/my/evidence/{id}/delete", all.get(0).getId()).param("achievement", String.valueOf(draft))
				.with(user(institution)).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(evidence.findByAchievementIdOrderByUploadedAt(draft)).hasSize(3);
	}

	@Test
	void aVeryLongFileNameIsShortenedOrRefusedAndLeavesNoOrphanFile() throws Exception {
		long files = evidenceFiles();
		String name = "国家重点研发计划项目验收意见及第三方检测报告".repeat(12) + ".pdf";
		assertThat(name.length()).isGreaterThan(255);
		ResultActions result = upload("ACCEPTANCE_OPINION", name, "application/pdf", PDF);
		List<Evidence> stored = evidence.findByAchievementIdOrderByUploadedAt(draft);
		if (stored.isEmpty()) {
			result.andExpect(flash().attributeExists("evidenceError"));
			assertThat(evidenceFiles()).isEqualTo(files);
		}
		else {
			assertThat(stored.get(0).getFileName()).hasSizeLessThanOrEqualTo(255).endsWith(".pdf");
			assertThat(evidenceFiles()).isEqualTo(files + 1);
		}
	}

	// ------------------------------------------------------------------ helpers

	private ResultActions upload(String type, String name, String claimedType, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/my/achievements/{id}/evidence", draft)
				.file(new MockMultipartFile("file", name, claimedType, bytes))
				.param("type", type)
				.with(user(institution))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private long evidenceFiles() throws IOException {
		Path root = platform.dataPath("evidence");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}
}
