package org.opentechmarket.finance.web;

import java.io.IOException;

import org.opentechmarket.finance.domain.EvidenceFile;
import org.opentechmarket.finance.domain.EvidenceService;
import org.opentechmarket.finance.domain.RecordType;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evidence of loans, policies and investments: upload by the record's owner, download by whoever may see the record. */
@Controller
class EvidencePagesController {

	private final EvidenceService evidence;
	private final MessageSource messages;

	EvidencePagesController(EvidenceService evidence, MessageSource messages) {
		this.evidence = evidence;
		this.messages = messages;
	}

	@PostMapping("/finance/{records:loans|policies|investments}/{id}/evidence")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable String records, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		RecordType type = switch (records) {
			case "loans" -> RecordType.LOAN;
			case "policies" -> RecordType.POLICY;
			default -> RecordType.INVESTMENT;
		};
		String back = "redirect:/finance/" + (type == RecordType.POLICY ? "insurance/policies" : records) + "/" + id
				+ "#evidence";
		try {
			if (file == null || file.isEmpty()) {
				throw DomainException.invalid(java.util.List.of(FieldViolation.of("file", "finance.file.required")));
			}
			evidence.add(user, type, id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
			redirect.addFlashAttribute("notice", "finance.evidence.added");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID) {
				throw e;
			}
			redirect.addFlashAttribute("evidenceError", Downloads.message(messages, e));
		}
		return back;
	}

	@GetMapping("/finance/evidence/{evidenceId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long evidenceId)
			throws IOException {
		EvidenceFile file = evidence.file(user, evidenceId);
		return Downloads.attachment(file.getFile(), evidence.path(file.getFile()));
	}
}
