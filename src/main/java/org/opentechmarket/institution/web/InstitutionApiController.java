package org.opentechmarket.institution.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.institution.FeedbackSubject;
import org.opentechmarket.institution.RankingTerm;
import org.opentechmarket.institution.domain.DirectoryKind;
import org.opentechmarket.institution.domain.FeedbackService;
import org.opentechmarket.institution.domain.InstitutionLevel;
import org.opentechmarket.institution.domain.InstitutionProfile;
import org.opentechmarket.institution.domain.InstitutionRegistry;
import org.opentechmarket.institution.domain.RankingService;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public directories and the yearly ranking as JSON; anonymous reading is allowed. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Institutions", description = "技术转移机构与专业服务机构名录、年度排名")
@ApiResponse(responseCode = "400", description = "Invalid filter or year; `errors` lists the fields",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No such listed institution or provider",
		content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class InstitutionApiController {

	private final InstitutionRegistry registry;
	private final FeedbackService feedback;
	private final RankingService ranking;

	InstitutionApiController(InstitutionRegistry registry, FeedbackService feedback, RankingService ranking) {
		this.registry = registry;
		this.feedback = feedback;
		this.ranking = ranking;
	}

	record Item(long id, long organisationId, DirectoryKind kind, String name, InstitutionLevel level, Integer levelYear,
			String regionCode, List<String> services, List<String> regionsServed, String link) {

		static Item of(InstitutionProfile p) {
			return new Item(p.getId(), p.getOrganisationId(), p.getKind(), p.getName(), p.getLevel(), p.getLevelYear(),
					p.getRegionCode(), List.copyOf(p.getServices()), List.copyOf(p.getRegions()),
					"/" + p.getKind().path() + "/" + p.getId());
		}
	}

	record Contact(String phone, String email, String website) {
	}

	record Parent(long organisationId, String name) {
	}

	record Staff(long userId, String name, String profile) {
	}

	record PublishedRating(int year, int score, String comment, String raterOrganisation, Instant approvedAt) {
	}

	record Ratings(long count, BigDecimal average, long upheldComplaints, List<PublishedRating> published) {
	}

	record Detail(Item profile, String levelDocument, Parent parent, String description, Contact contact,
			List<Staff> staff, Ratings ratings) {
	}

	@GetMapping("/institutions")
	@Operation(summary = "List listed transfer institutions (技术转移机构), filtered")
	List<Item> institutions(@Parameter(description = "NATIONAL, PROVINCIAL, CITY or NONE") @RequestParam(required = false) String level,
			@Parameter(description = "GB/T 2260 region code served") @RequestParam(required = false) String region,
			@Parameter(description = "service kind code (otm.institution.service-kinds)") @RequestParam(required = false) String service,
			@Parameter(description = "text in the name or description") @RequestParam(required = false) String q) {
		return list(DirectoryKind.INSTITUTION, level, region, service, q);
	}

	@GetMapping("/institutions/{id}")
	@Operation(summary = "One listed transfer institution: profile, staff (brokers), published ratings, upheld complaint count")
	Detail institution(@PathVariable long id) {
		return detail(DirectoryKind.INSTITUTION, id);
	}

	@GetMapping("/providers")
	@Operation(summary = "List listed service providers (专业服务机构), filtered")
	List<Item> providers(@Parameter(description = "NATIONAL, PROVINCIAL, CITY or NONE") @RequestParam(required = false) String level,
			@Parameter(description = "GB/T 2260 region code served") @RequestParam(required = false) String region,
			@Parameter(description = "service kind code (otm.institution.service-kinds)") @RequestParam(required = false) String service,
			@Parameter(description = "text in the name or description") @RequestParam(required = false) String q) {
		return list(DirectoryKind.PROVIDER, level, region, service, q);
	}

	@GetMapping("/providers/{id}")
	@Operation(summary = "One listed service provider: profile, published ratings, upheld complaint count")
	Detail provider(@PathVariable long id) {
		return detail(DirectoryKind.PROVIDER, id);
	}

	record Term(RankingTerm term, BigDecimal weight, boolean hasSource, String note) {
	}

	record InstitutionRow(int rank, long organisationId, String name, Map<RankingTerm, BigDecimal> values,
			BigDecimal score) {
	}

	record ProviderRow(int rank, long organisationId, long profileId, String name, long ratings, BigDecimal averageRating) {
	}

	record Ranking(int year, String formula, List<Term> terms, List<InstitutionRow> institutions,
			int providerMinRatings, List<ProviderRow> providers) {
	}

	static final String FORMULA = "score = Σ weight_t × value_t / max_t(value_t) × 100 (a term whose max is 0 adds 0); "
			+ "ties broken by name";

	@GetMapping("/rankings/institutions")
	@Operation(summary = "The yearly transfer-institution ranking with its formula and weights, and the service-provider "
			+ "ranking by published ratings")
	Ranking rankings(@Parameter(description = "calendar year, default the current one") @RequestParam(required = false) String year) {
		Integer requested;
		try {
			requested = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid(List.of(FieldViolation.of("year", "typeMismatch.java.lang.Integer")));
		}
		java.time.Year shown = ranking.year(requested);
		RankingService.InstitutionRanking institutions = ranking.institutions(shown);
		RankingService.ProviderRanking providers = ranking.providers(shown);
		return new Ranking(shown.getValue(), FORMULA,
				institutions.terms()
					.stream()
					.map(t -> new Term(t.term(), t.weight(), t.hasSource(),
							t.hasSource() ? null : "no data source yet — counts 0"))
					.toList(),
				institutions.rows()
					.stream()
					.map(r -> new InstitutionRow(r.rank(), r.organisationId(), r.name(), r.values(), r.score()))
					.toList(),
				providers.minRatings(),
				providers.rows()
					.stream()
					.map(r -> new ProviderRow(r.rank(), r.organisationId(), r.profileId(), r.name(), r.ratings(),
							r.averageRating()))
					.toList());
	}

	private List<Item> list(DirectoryKind kind, String level, String region, String service, String q) {
		InstitutionLevel parsed = null;
		if (level != null && !level.isBlank()) {
			try {
				parsed = InstitutionLevel.valueOf(level.strip());
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid(List.of(FieldViolation.of("level", "institution.level.unknown")));
			}
		}
		return registry.directory(kind, new InstitutionRegistry.Filter(parsed, region, service, q))
			.stream()
			.map(Item::of)
			.toList();
	}

	private Detail detail(DirectoryKind kind, long id) {
		InstitutionProfile p = registry.listed(kind, id);
		FeedbackService.Overall overall = feedback.overall(FeedbackSubject.organisation(p.getOrganisationId()));
		Parent parent = p.getParentOrganisationId() == null ? null
				: registry.organisationName(p.getParentOrganisationId())
					.map(name -> new Parent(p.getParentOrganisationId(), name))
					.orElse(null);
		return new Detail(Item.of(p), p.getLevelDocument(), parent, p.getDescription(),
				new Contact(p.getContactPhone(), p.getContactEmail(), p.getWebsite()),
				registry.staff(p).stream().map(s -> new Staff(s.userId(), s.name(), s.link())).toList(),
				new Ratings(overall.ratings(), overall.averageRating(), overall.upheldComplaints(),
						overall.published()
							.stream()
							.map(r -> new PublishedRating(r.getRatingYear(), r.getScore(), r.getComment(),
									r.getRaterOrganisationName(), r.getDecidedAt()))
							.toList()));
	}
}
