package org.opentechmarket.achievement.transfer;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Import and export for scripts (administrators, HTTP Basic). An import runs to its end before the response. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Data exchange", description = "科技成果导入导出 (JSON Lines, Excel, 浙江网上技术市场)")
@ApiResponse(responseCode = "401", description = "Not authenticated (HTTP Basic)",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Administrators only",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class TransferApiController {

	private final AchievementTransfer transfer;
	private final Clock clock;

	TransferApiController(AchievementTransfer transfer, Clock clock) {
		this.transfer = transfer;
		this.clock = clock;
	}

	@Operation(summary = "Import achievements, all rows or none",
			description = "Listing mode publishes every row at once with a registration number; review=true creates drafts "
					+ "for their holders. Rows already imported (same externalId, else registrationNumber) are updated in place.")
	@ApiResponse(responseCode = "200", description = "Imported: the job with its counts")
	@ApiResponse(responseCode = "400", description = "Rejected, nothing written: `errors` lists every row's errors, "
			+ "field `row 12: title`",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Failed while writing, nothing written",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping(path = "/imports/achievements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ImportJob.View importAchievements(@AuthenticationPrincipal CurrentUser admin,
			@Parameter(description = "jsonl, xlsx or zjmarket") @RequestParam String format,
			@Parameter(description = "GB/T 2260 region for rows without one (default 330000)") @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "false") boolean review,
			@RequestParam(required = false) String holderName, @RequestParam(required = false) String holderCreditCode,
			@RequestPart("file") MultipartFile file) throws IOException {
		AchievementTransfer.requireAdmin(admin);
		TransferFormat chosen = TransferFormat.parse(format)
			.orElseThrow(() -> DomainException.invalid(List.of(FieldViolation.of("format", "transfer.format.unknown", format))));
		if (file.isEmpty()) {
			throw DomainException.invalid(List.of(FieldViolation.of("file", "transfer.upload.empty")));
		}
		ImportRequest request = new ImportRequest(chosen, file.getOriginalFilename(), region, review, holderName,
				holderCreditCode);
		ImportJob job = transfer.importAndWait(admin, request, file.getBytes(), null);
		if (job.rejected()) {
			throw DomainException.invalid(job.errors().stream().map(RowError::toViolation).toList());
		}
		if (job.state() != ImportJob.State.SUCCEEDED) {
			throw DomainException.conflict("transfer.import.failed", job.id());
		}
		return job.view();
	}

	@Operation(summary = "Export the published achievements", description = "JSON Lines or Excel, in the shape the import reads.")
	@ApiResponse(responseCode = "200", description = "The file, as an attachment", content = {
			@Content(mediaType = "application/x-ndjson"),
			@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") })
	@GetMapping("/exports/achievements")
	void export(@AuthenticationPrincipal CurrentUser admin,
			@Parameter(description = "jsonl or xlsx") @RequestParam(defaultValue = "jsonl") String format,
			HttpServletResponse response) throws IOException {
		AchievementTransfer.requireAdmin(admin);
		TransferFormat chosen = TransferFormat.parse(format).filter(TransferFormat::exportable)
			.orElseThrow(() -> DomainException.invalid(List.of(FieldViolation.of("format", "transfer.format.notExportable",
					format))));
		AdminTransferController.download(transfer, admin, chosen, response, clock);
	}
}
