package org.opentechmarket.achievement.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.achievement.AchievementCategory;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementContent;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.domain.CatalogueSearch;
import org.opentechmarket.achievement.domain.Codes;
import org.opentechmarket.achievement.domain.Objection;
import org.opentechmarket.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The registry over HTTP: public search and reading; create, edit and workflow actions for holders and administrators. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Achievements", description = "科技成果登记与成果库")
@ApiResponse(responseCode = "400", description = "Invalid input; `errors` lists the fields",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Not authenticated (HTTP Basic)",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not allowed for this user",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No such achievement visible to this user",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "409", description = "Not allowed in the achievement's current state",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class AchievementApiController {

	private final AchievementService service;
	private final CatalogueSearch search;

	AchievementApiController(AchievementService service, CatalogueSearch search) {
		this.service = service;
		this.search = search;
	}

	record Item(long id, String title, String registrationNumber, AchievementCategory category, String holder,
			String titleHighlight, String abstractHighlight) {
	}

	/** {@code total} is exact unless {@code totalExact} is false (only without facets, past 10,000 matches). */
	record Page(List<Item> items, long total, boolean totalExact, int page, int size,
			Map<String, List<CatalogueSearch.FacetValue>> facets) {
	}

	record InventorView(String name, String organisation, String role, BigDecimal share) {
	}

	record Detail(long id, int version, String title, String registrationNumber, AchievementCategory category,
			AchievementStatus status, String holder, long holderOrganisationId, List<String> keywords, String abstractText,
			List<String> completingOrganisations, List<InventorView> inventors, String researchStart, String researchEnd,
			Codes.InnovationAttribute attribute, Codes.EvaluationRoute evaluationRoute, Codes.AchievementLevel level,
			Codes.Stage stage, String disciplineCode, String industryCode, String regionCode, Codes.FundingSource fundingSource,
			String projectNumber, LocalDate acceptanceDate, Integer trl, List<AchievementContent.IpLine> ipRights,
			Set<Codes.ConversionMethod> conversionMethods, boolean priceNegotiable, BigDecimal priceMin, BigDecimal priceMax,
			String applicationFields, String cooperationRequirements, Instant noticeEndsAt, Instant publishedAt) {

		static Detail of(Achievement a, boolean full) {
			AchievementContent c = a.content();
			// inventors' names are public on the national form; their organisations and roles too, never contact data
			return new Detail(a.getId(), a.getVersionNumber(), a.getTitle(), a.getRegistrationNumber(), a.getCategory(),
					a.getStatus(), a.getHolderName(), a.getHolderOrganisationId(), a.getKeywords(), a.getAbstractText(),
					a.getCompletingOrganisations(),
					a.getInventors().stream().map(i -> new InventorView(i.getName(), i.getOrganisation(), i.getRole(),
							full ? i.getShare() : null)).toList(),
					a.getResearchStart(), a.getResearchEnd(), a.getAttribute(), a.getEvaluationRoute(), a.getLevel(),
					a.getStage(), a.getDisciplineCode(), a.getIndustryCode(), a.getRegionCode(), a.getFundingSource(),
					a.getProjectNumber(), a.getAcceptanceDate(), a.getTrl(), c.getIpRights(), a.getConversionMethods(),
					a.isPriceNegotiable(), a.getPriceMin(), a.getPriceMax(), a.getApplicationFields(),
					a.getCooperationRequirements(), a.getNoticeEndsAt(), a.getPublishedAt());
		}
	}

	record Reason(String reason) {
	}

	record ObjectionView(long id, long achievementId, String filedBy, Instant filedAt, String reasons, Objection.Status status,
			String resolution) {

		static ObjectionView of(Objection o) {
			return new ObjectionView(o.getId(), o.getAchievementId(), o.getFiledBy(), o.getFiledAt(), o.getReasons(),
					o.getStatus(), o.getResolution());
		}
	}

	record Resolution(boolean upheld, String resolution) {
	}

	@GetMapping("/achievements")
	@Operation(summary = "Search published achievements (Chinese full text, facets)")
	Page list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "include facet counts (costly for broad queries on large catalogues)")
			@RequestParam(defaultValue = "true") boolean facets,
			@Parameter(description = "facet filters: category, disciplineRoot, industrySection, provinceCode, trl, ipTypes, priceBand, holder")
			@RequestParam Map<String, String> params) {
		Map<String, String> filters = new LinkedHashMap<>(params);
		filters.keySet().retainAll(CatalogueSearch.FACETS);
		filters.values().removeIf(v -> v == null || v.isBlank());
		CatalogueSearch.Query query = CatalogueSearch.Query.of(q, filters, page, Math.max(size, 1));
		CatalogueSearch.Result result = search.search(facets ? query : query.withoutFacets());
		List<Item> items = new java.util.ArrayList<>();
		for (int i = 0; i < result.items().size(); i++) {
			Achievement a = result.items().get(i);
			CatalogueSearch.Hit hit = result.hits().get(i);
			items.add(new Item(a.getId(), a.getTitle(), a.getRegistrationNumber(), a.getCategory(), a.getHolderName(),
					hit.titleHighlight(), hit.abstractHighlight()));
		}
		return new Page(items, result.total(), result.totalExact(), Math.max(page, 0), Math.min(Math.max(size, 1), 100), result.facets());
	}

	@GetMapping("/achievements/{id}")
	@Operation(summary = "One achievement: public when published, otherwise only for its holder and administrators")
	Detail get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Achievement a = service.view(user, id);
		return Detail.of(a, service.mayManage(user, a));
	}

	@PostMapping(path = "/achievements", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a new achievement as a draft (holder organisation of the caller)")
	Detail create(@AuthenticationPrincipal CurrentUser user, @RequestBody AchievementContent content) {
		return Detail.of(service.create(user, content), true);
	}

	@PutMapping(path = "/achievements/{id}", consumes = "application/json")
	@Operation(summary = "Replace a draft's or returned registration's content")
	Detail update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody AchievementContent content) {
		return Detail.of(service.update(user, id, content), true);
	}

	@PostMapping("/achievements/{id}/submit")
	@Operation(summary = "Submit for formal review (full form and category evidence required)")
	Detail submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return Detail.of(service.submit(user, id), true);
	}

	@PostMapping("/achievements/{id}/withdraw")
	@Operation(summary = "Withdraw a registration")
	Detail withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody(required = false) Reason reason) {
		return Detail.of(service.withdraw(user, id, reason == null ? null : reason.reason()), true);
	}

	@PostMapping("/achievements/{id}/revisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a revision of a published achievement")
	Detail revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return Detail.of(service.startRevision(user, id), true);
	}

	@PostMapping("/achievements/{id}/converted")
	@Operation(summary = "Declare the achievement converted, with a note on the evidence")
	Detail converted(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Reason note) {
		return Detail.of(service.declareConverted(user, id, note.reason()), true);
	}

	@PostMapping("/achievements/{id}/approve")
	@Operation(summary = "Administrator: pass formal review (assigns the registration number, starts the notice)")
	Detail approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return Detail.of(service.approve(user, id), true);
	}

	@PostMapping("/achievements/{id}/return")
	@Operation(summary = "Administrator: return to the holder with reasons")
	Detail returnForChanges(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Reason reason) {
		return Detail.of(service.returnForChanges(user, id, reason.reason()), true);
	}

	@PostMapping("/achievements/{id}/reject")
	@Operation(summary = "Administrator: reject with reasons")
	Detail reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Reason reason) {
		return Detail.of(service.reject(user, id, reason.reason()), true);
	}

	@PostMapping("/achievements/{id}/objections")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "File an objection during the public notice")
	ObjectionView object(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Reason reasons) {
		return ObjectionView.of(service.fileObjection(user, id, reasons.reason()));
	}

	@PostMapping("/objections/{id}/resolve")
	@Operation(summary = "Administrator: uphold (returns the registration) or dismiss an objection")
	void resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Resolution resolution) {
		service.resolveObjection(user, id, resolution.upheld(), resolution.resolution());
	}
}
