package org.opentechmarket.contract.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.opentechmarket.contract.domain.ContractService;
import org.opentechmarket.contract.domain.ContractTransfer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.opentechmarket.contract.domain.RegistrationPoints;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The registrar's queue with each contract's remaining working days, and the administrator's coverage page. */
@Controller
class RegistrarController {

	private final ContractService contracts;
	private final RegistrationPoints points;
	private final CodeTables codes;
	private final ContractTransfer transfer;

	RegistrarController(ContractService contracts, RegistrationPoints points, CodeTables codes, ContractTransfer transfer) {
		this.contracts = contracts;
		this.transfer = transfer;
		this.points = points;
		this.codes = codes;
	}

	@GetMapping("/registrar/contracts")
	String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
		return queuePage(user, model);
	}

	@PostMapping("/registrar/contracts/import")
	String importCatalogue(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importErrors",
					List.of(new ContractTransfer.RowError(0, "", "contract.import.noFile", List.of())));
		}
		else {
			try (InputStream in = file.getInputStream()) {
				ContractTransfer.ImportResult result = transfer.importCatalogue(user, in);
				model.addAttribute("importErrors", result.errors());
				model.addAttribute("imported", result.imported());
			}
		}
		return queuePage(user, model);
	}

	@GetMapping("/registrar/contracts/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
		int y = year == null ? contracts.today().getYear() : year;
		byte[] xlsx = transfer.export(user, y);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("technology-contracts-" + y + ".xlsx").build().toString())
			.body(xlsx);
	}

	private String queuePage(CurrentUser user, Model model) {
		var queue = contracts.queue(user);
		model.addAttribute("queue", queue.stream().map(c -> new QueueRow(c, contracts.remainingWorkingDays(c))).toList());
		model.addAttribute("decided", contracts.register(user));
		model.addAttribute("point", contracts.point(user.organisationId()).orElse(null));
		model.addAttribute("year", contracts.today().getYear());
		return "contract/queue";
	}

	/** One queue row: the contract and its working days left. */
	record QueueRow(org.opentechmarket.contract.domain.Contract contract, Integer remaining) {
	}

	@GetMapping("/admin/contract-points")
	String coverage(java.util.Locale locale, Model model) {
		model.addAttribute("points", points.all());
		model.addAttribute("uncovered", points.uncoveredDistricts());
		model.addAttribute("districtCount", points.districtCount());
		model.addAttribute("regions", codes.regions());
		model.addAttribute("locale", locale);
		return "contract/coverage";
	}
}
