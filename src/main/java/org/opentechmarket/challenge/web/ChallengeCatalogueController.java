package org.opentechmarket.challenge.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.challenge.domain.ApplicationService;
import org.opentechmarket.challenge.domain.Challenge;
import org.opentechmarket.challenge.domain.ChallengeFile;
import org.opentechmarket.challenge.domain.ChallengeRules;
import org.opentechmarket.challenge.domain.ChallengeService;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.FileStore;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list of challenges (search, status and industry filters), the public challenge page and file downloads. */
@Controller
class ChallengeCatalogueController {

	static final int PAGE_SIZE = 20;

	private final ChallengeService service;
	private final ApplicationService applications;
	private final CodeTables codes;
	private final FileStore store;
	private final Clock clock;

	ChallengeCatalogueController(ChallengeService service, ApplicationService applications, CodeTables codes,
			FileStore store, Clock clock) {
		this.service = service;
		this.applications = applications;
		this.codes = codes;
		this.store = store;
		this.clock = clock;
	}

	@GetMapping("/challenges")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String industry, @RequestParam(defaultValue = "0") int page, Model model) {
		ChallengeStatus wanted = parse(status);
		Page<Challenge> result = service.search(q, wanted, industry, page, PAGE_SIZE);
		List<ChallengeStatus> filters = new ArrayList<>(ChallengeStatus.publicStatuses());
		filters.add(ChallengeStatus.CANCELLED);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("status", wanted == null ? "" : wanted.name());
		model.addAttribute("industry", industry == null ? "" : industry);
		model.addAttribute("statuses", filters);
		model.addAttribute("industries", codes.industries().topLevel());
		model.addAttribute("result", result);
		model.addAttribute("codes", codes);
		model.addAttribute("previousHref", result.hasPrevious() ? href(q, status, industry, page - 1) : null);
		model.addAttribute("nextHref", result.hasNext() ? href(q, status, industry, page + 1) : null);
		return "challenge/list";
	}

	@GetMapping("/challenges/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Challenge c = service.view(user, id);
		LocalDate today = LocalDate.now(clock);
		boolean manage = service.mayManage(user, c);
		model.addAttribute("challenge", c);
		model.addAttribute("manage", manage);
		model.addAttribute("files", service.filesOf(user, c));
		model.addAttribute("winners", service.winners(c));
		model.addAttribute("sourceNeed", service.sourceNeed(c).orElse(null));
		model.addAttribute("applicationCount", service.applicationCount(c));
		model.addAttribute("daysLeft", c.daysLeft(today));
		model.addAttribute("codes", codes);
		model.addAttribute("signedIn", user != null);
		model.addAttribute("own", applications.own(user, c).orElse(null));
		boolean mayApply = !manage && applications.mayApply(user, c);
		model.addAttribute("mayApply", mayApply);
		ChallengeRules.Ineligibility why = user == null || manage || c.getStatus() != ChallengeStatus.APPLYING ? null
				: applications.ineligibility(user, c);
		model.addAttribute("ineligible", why == null ? null : why.code());
		return "challenge/show";
	}

	/** Files go to whoever may read what they belong to, always as a download. */
	@GetMapping("/challenges/files/{fileId:[0-9]+}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long fileId) {
		ChallengeFile f = service.file(user, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(f.getFileName(), StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(store.path(f.getStorageKey())));
	}

	static ChallengeStatus parse(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		EnumSet<ChallengeStatus> listable = EnumSet.copyOf(ChallengeStatus.publicStatuses());
		listable.add(ChallengeStatus.CANCELLED);
		return listable.stream().filter(s -> s.name().equals(status)).findFirst().orElse(null);
	}

	static String href(String q, String status, String industry, int page) {
		StringBuilder s = new StringBuilder("/challenges?");
		append(s, "q", q);
		append(s, "status", status);
		append(s, "industry", industry);
		if (page > 0) {
			s.append("page=").append(page).append('&');
		}
		return s.substring(0, s.length() - 1);
	}

	private static void append(StringBuilder s, String key, String value) {
		if (value != null && !value.isBlank()) {
			s.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
		}
	}
}
