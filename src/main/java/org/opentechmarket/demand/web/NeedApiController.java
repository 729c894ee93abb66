package org.opentechmarket.demand.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.demand.domain.Contact;
import org.opentechmarket.demand.domain.Need;
import org.opentechmarket.demand.domain.NeedSearch;
import org.opentechmarket.demand.domain.NeedService;
import org.opentechmarket.demand.domain.TalkRequest;
import org.opentechmarket.demand.transfer.ImportReport;
import org.opentechmarket.demand.transfer.NeedFormat;
import org.opentechmarket.demand.transfer.NeedTransfer;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The needs JSON API: catalogue search, posting, review, requests to talk, import and export. Errors are RFC 9457 problems. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Technology needs", description = "技术需求: posting, light review, catalogue search, talks with contact reveal")
class NeedApiController {

	private final NeedService service;
	private final NeedSearch search;
	private final NeedTransfer transfer;

	NeedApiController(NeedService service, NeedSearch search, NeedTransfer transfer) {
		this.service = service;
		this.search = search;
		this.transfer = transfer;
	}

	public record SearchHit(NeedView need, String titleHighlight, String descriptionHighlight) {
	}

	public record SearchPage(long total, int page, List<SearchHit> items, Map<String, List<NeedSearch.FacetValue>> facets) {
	}

	public record TalkBody(String message, String contactName, String contactPhone, String contactEmail) {
	}

	public record TalkView(long id, long needId, String requesterOrganisationName, String message, String status,
			Contact contact) {
	}

	public record ReturnBody(String reasons) {
	}

	@GetMapping("/needs")
	@Operation(summary = "Search public needs", description = "Chinese full-text query q, facet filters (industrySection, "
			+ "provinceCode, cooperation, budgetBand, trl), page and size; facet counts come with the hits. Never shows contacts.")
	SearchPage list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam Map<String, String> params) {
		Map<String, String> filters = new LinkedHashMap<>(params);
		filters.keySet().retainAll(NeedSearch.FACETS);
		NeedSearch.Result r = search.search(NeedSearch.Query.of(q, filters, page, size));
		return new SearchPage(r.total(), Math.max(page, 0), r.hits().stream()
			.map(h -> new SearchHit(NeedView.of(h.need(), null), h.titleHighlight(), h.descriptionHighlight()))
			.toList(), r.facets());
	}

	@GetMapping("/needs/{id:[0-9]+}")
	@Operation(summary = "One need", description = "Public needs for everyone; others only for the owner enterprise, its "
			+ "poster and administrators (404 otherwise). The contact is included only for them and for counterparts whose "
			+ "request to talk was accepted.")
	NeedView one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Need need = service.view(user, id);
		return NeedView.of(need, service.contactFor(user, need).orElse(null));
	}

	@PostMapping("/needs")
	@Operation(summary = "Post a draft need", description = "Enterprise members post for their own verified enterprise; "
			+ "administrators and brokers give onBehalfOf (a verified enterprise's id).")
	ResponseEntity<NeedView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody NeedForm body) {
		Need need = service.create(user, body.toContent(), body.getOnBehalfOf());
		return ResponseEntity.created(URI.create("/api/v1/needs/" + need.getId()))
			.body(NeedView.of(need, service.contactFor(user, need).orElse(null)));
	}

	@PutMapping("/needs/{id:[0-9]+}")
	@Operation(summary = "Edit a draft or returned need")
	NeedView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody NeedForm body) {
		Need need = service.edit(user, id, body.toContent());
		return NeedView.of(need, service.contactFor(user, need).orElse(null));
	}

	@PostMapping("/needs/{id:[0-9]+}/{action:submit|withdraw|solve}")
	@Operation(summary = "Submit for review, withdraw, or declare solved")
	NeedView act(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String action) {
		Need need = switch (action) {
			case "submit" -> service.submit(user, id);
			case "withdraw" -> service.withdraw(user, id);
			default -> service.solve(user, id);
		};
		return NeedView.of(need, service.contactFor(user, need).orElse(null));
	}

	@PostMapping("/needs/{id:[0-9]+}/talks")
	@Operation(summary = "Ask to talk about a public need", description = "Users of another verified organisation, with a "
			+ "message and their own contact (revealed to the owner only on acceptance).")
	ResponseEntity<TalkView> requestTalks(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody TalkBody body) {
		TalkRequest t = service.requestTalks(user, id, body.message(),
				new Contact(body.contactName(), body.contactPhone(), body.contactEmail()));
		return ResponseEntity.status(HttpStatus.CREATED).body(talk(user, t));
	}

	@GetMapping("/needs/{id:[0-9]+}/talks")
	@Operation(summary = "Requests to talk", description = "All of them for the need's managers, one's own otherwise.")
	List<TalkView> talks(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Need need = service.view(user, id);
		return service.talksOf(user, need).stream().map(t -> talk(user, t)).toList();
	}

	@PostMapping("/needs/talks/{talkId:[0-9]+}/{decision:accept|decline}")
	@Operation(summary = "Accept or decline a request to talk", description = "The need's owner side; acceptance reveals both "
			+ "contacts and puts the need in talks.")
	TalkView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long talkId, @PathVariable String decision) {
		return talk(user, service.decideTalks(user, talkId, decision.equals("accept")));
	}

	@GetMapping("/admin/needs/review")
	@Operation(summary = "Review queue (administrators)")
	List<NeedView> queue(@AuthenticationPrincipal CurrentUser admin) {
		return service.reviewQueue(admin).stream().map(n -> NeedView.of(n, null)).toList();
	}

	@PostMapping("/admin/needs/{id:[0-9]+}/approve")
	@Operation(summary = "Approve a submitted need (administrators)")
	NeedView approve(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		return NeedView.of(service.approve(admin, id), null);
	}

	@PostMapping("/admin/needs/{id:[0-9]+}/return")
	@Operation(summary = "Return a submitted need with reasons (administrators)")
	NeedView giveBack(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestBody ReturnBody body) {
		return NeedView.of(service.returnForChanges(admin, id, body.reasons()), null);
	}

	@PostMapping(path = "/admin/needs/import", consumes = MediaType.ALL_VALUE)
	@Operation(summary = "Import needs (administrators)", description = "Body: the file (format jsonl, xlsx or zjmarket). "
			+ "All rows or none: 200 with the counts, or 422 with the row-level errors.")
	ResponseEntity<ImportReport> importNeeds(@AuthenticationPrincipal CurrentUser admin, @RequestParam String format,
			@RequestParam(required = false) String ownerCreditCode, @RequestParam(required = false) String region,
			@RequestBody byte[] data) {
		NeedFormat f = NeedFormat.parse(format).orElseThrow(() -> DomainException.invalid("need.import.format"));
		ImportReport report = transfer.importData(admin, f, data, ownerCreditCode, region);
		return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(report);
	}

	@GetMapping("/admin/needs/export")
	@Operation(summary = "Export every need (administrators)", description = "format jsonl or xlsx; contacts included.")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser admin, @RequestParam String format)
			throws IOException {
		NeedFormat f = NeedFormat.parse(format).filter(x -> x != NeedFormat.ZJMARKET)
			.orElseThrow(() -> DomainException.invalid("need.export.format"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		transfer.exportData(admin, f, out);
		String name = f == NeedFormat.XLSX ? "needs.xlsx" : "needs.jsonl";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + name)
			.contentType(f == NeedFormat.XLSX
					? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: MediaType.parseMediaType("application/jsonl"))
			.body(out.toByteArray());
	}

	private TalkView talk(CurrentUser user, TalkRequest t) {
		return new TalkView(t.getId(), t.getNeedId(), t.getRequesterOrganisationName(), t.getMessage(), t.getStatus().name(),
				service.requesterContact(user, t).orElse(null));
	}
}
