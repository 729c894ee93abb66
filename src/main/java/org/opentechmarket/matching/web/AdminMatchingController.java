package org.opentechmarket.matching.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opentechmarket.matching.Matcher;
import org.opentechmarket.matching.domain.MatchFeedbackService;
import org.opentechmarket.matching.domain.GapReport;
import org.opentechmarket.matching.internal.NeedCoverage;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Administrators: the gap view (needs without supply, by field) and the feedback on shown matches. */
@Controller
class AdminMatchingController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final GapReport gaps;
	private final MatchFeedbackService feedback;
	private final NeedCoverage coverage;
	private final Matcher matcher;
	private final JsonMapper json;
	private final AuditLog audit;

	AdminMatchingController(GapReport gaps, MatchFeedbackService feedback, NeedCoverage coverage, Matcher matcher,
			JsonMapper json, AuditLog audit) {
		this.gaps = gaps;
		this.feedback = feedback;
		this.coverage = coverage;
		this.matcher = matcher;
		this.json = json;
		this.audit = audit;
	}

	@GetMapping("/admin/matching/gaps")
	String gaps(@AuthenticationPrincipal CurrentUser admin, Locale locale, Model model) {
		model.addAttribute("g", gaps.gaps(admin, locale, matcher.strongMatchThreshold()));
		return "matching/admin-gaps";
	}

	@GetMapping("/admin/matching/gaps.xlsx")
	ResponseEntity<Resource> gapsWorkbook(@AuthenticationPrincipal CurrentUser admin, Locale locale) {
		byte[] bytes = gaps.workbook(admin, locale, matcher.strongMatchThreshold());
		return download(bytes, XLSX, "matching-gaps.xlsx");
	}

	/** Recomputes the strong matches of needs marked for it now, instead of waiting for the job. */
	@PostMapping("/admin/matching/coverage")
	String refresh(@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		if (admin == null || !admin.isAdmin()) {
			throw DomainException.forbidden();
		}
		int computed = coverage.drain();
		audit.record("matching.coverage.refresh", "matching", 0, computed + " needs");
		redirect.addFlashAttribute("notice", "matching.gaps.refreshed");
		return "redirect:/admin/matching/gaps";
	}

	@GetMapping("/admin/matching/feedback")
	String feedback(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("r", feedback.report(admin));
		model.addAttribute("threshold", matcher.strongMatchThreshold());
		return "matching/admin-feedback";
	}

	/** JSON Lines judgements for eval-matching (docs/benchmarks.md §Feedback as judgements). */
	@GetMapping("/admin/matching/feedback.jsonl")
	ResponseEntity<Resource> feedbackExport(@AuthenticationPrincipal CurrentUser admin) {
		List<Map<String, Object>> lines = feedback.export(admin);
		StringBuilder out = new StringBuilder();
		for (Map<String, Object> line : lines) {
			out.append(json.writeValueAsString(line)).append('\n');
		}
		return download(out.toString().getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType("application/x-ndjson"),
				"matching-feedback.jsonl");
	}

	private static ResponseEntity<Resource> download(byte[] bytes, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(bytes.length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new ByteArrayResource(bytes));
	}
}
