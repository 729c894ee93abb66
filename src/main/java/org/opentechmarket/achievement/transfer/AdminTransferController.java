package org.opentechmarket.achievement.transfer;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' import and export pages. An upload starts the import in the background and shows its job, whose
 * progress bar polls {@code /admin/import/{id}/status} (static/js/app.js) until it is done; then the page shows the counts
 * or the row-level report. Exports stream the public catalogue as a download.
 */
@Controller
class AdminTransferController {

	static final int PAGE_REPORT_LIMIT = 1000;
	private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private final AchievementTransfer transfer;
	private final MessageSource messages;
	private final Clock clock;

	AdminTransferController(AchievementTransfer transfer, MessageSource messages, Clock clock) {
		this.transfer = transfer;
		this.messages = messages;
		this.clock = clock;
	}

	/** One line of the row-level report, its message in the page's language. */
	record ErrorLine(int row, String field, String message) {
	}

	@GetMapping("/admin/import")
	String importForm(@AuthenticationPrincipal CurrentUser admin, Model model) {
		AchievementTransfer.requireAdmin(admin);
		form(model, admin, TransferFormat.ZJMARKET.key(), ImportRequest.DEFAULT_REGION, false, null, null);
		return "achievement/admin-import";
	}

	@PostMapping("/admin/import")
	String startImport(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String format, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "false") boolean review, @RequestParam(required = false) String holderName,
			@RequestParam(required = false) String holderCreditCode, Model model, HttpServletResponse response)
			throws IOException {
		AchievementTransfer.requireAdmin(admin);
		TransferFormat chosen = TransferFormat.parse(format).orElse(null);
		String problem = null;
		if (file == null || file.isEmpty()) {
			problem = "transfer.upload.empty";
		}
		else if (chosen == null) {
			problem = "transfer.format.unknown";
		}
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", message(problem, format));
			form(model, admin, format, region, review, holderName, holderCreditCode);
			return "achievement/admin-import";
		}
		ImportRequest request = new ImportRequest(chosen, file.getOriginalFilename(), region, review, holderName,
				holderCreditCode);
		ImportJob job = transfer.submit(admin, request, file.getBytes());
		return "redirect:/admin/import/" + job.id();
	}

	private void form(Model model, CurrentUser admin, String format, String region, boolean review, String holderName,
			String holderCreditCode) {
		model.addAttribute("formats", Arrays.asList(TransferFormat.values()));
		model.addAttribute("format", format);
		model.addAttribute("region", region == null || region.isBlank() ? ImportRequest.DEFAULT_REGION : region);
		model.addAttribute("review", review);
		model.addAttribute("holderName", holderName);
		model.addAttribute("holderCreditCode", holderCreditCode);
		model.addAttribute("defaultHolderName", ImportRequest.DEFAULT_HOLDER_NAME);
		model.addAttribute("jobs", transfer.recentJobs(admin));
	}

	@GetMapping("/admin/import/{id}")
	String job(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id, Model model) {
		ImportJob job = find(admin, id);
		model.addAttribute("job", job);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("errors", job.errors().stream().limit(PAGE_REPORT_LIMIT)
			.map(e -> new ErrorLine(e.row(), e.field(), messages.getMessage(e.code(), e.argsArray(),
					e.code() + (e.args().isEmpty() ? "" : " " + e.args()), locale)))
			.toList());
		model.addAttribute("moreErrors", Math.max(0, job.errors().size() - PAGE_REPORT_LIMIT));
		model.addAttribute("errorRows", job.errors().stream().map(RowError::row).distinct().count());
		return "achievement/admin-import-job";
	}

	/** What the progress bar polls. */
	@GetMapping(path = "/admin/import/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> status(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id) {
		ImportJob job = find(admin, id);
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("state", job.state().name());
		status.put("total", job.total());
		status.put("processed", job.processed());
		status.put("rows", job.rows());
		status.put("validated", job.validatedRows());
		status.put("written", job.writtenRows());
		return status;
	}

	private ImportJob find(CurrentUser admin, String id) {
		return transfer.job(admin, id).orElseThrow(() -> DomainException.notFound("transfer.job.notFound", id));
	}

	@GetMapping("/admin/export")
	String exportPage(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("count", transfer.exportableCount(admin));
		model.addAttribute("formats", List.of(TransferFormat.JSONL, TransferFormat.XLSX));
		return "achievement/admin-export";
	}

	@GetMapping("/admin/export/achievements.{format}")
	void export(@AuthenticationPrincipal CurrentUser admin, @PathVariable String format, HttpServletResponse response)
			throws IOException {
		AchievementTransfer.requireAdmin(admin);
		TransferFormat chosen = TransferFormat.parse(format).filter(TransferFormat::exportable)
			.orElseThrow(() -> DomainException.notFound("transfer.format.notExportable", format));
		download(transfer, admin, chosen, response, clock);
	}

	/** Streams an export as a download (shared with the API). */
	static void download(AchievementTransfer transfer, CurrentUser admin, TransferFormat format, HttpServletResponse response,
			Clock clock) throws IOException {
		String name = "achievements-" + FILE_STAMP.format(clock.instant().atZone(clock.getZone())) + "." + format.extension();
		response.setContentType(format.contentType() + (format == TransferFormat.JSONL ? ";charset=UTF-8" : ""));
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		transfer.export(admin, format, response.getOutputStream());
		response.flushBuffer();
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}
}
