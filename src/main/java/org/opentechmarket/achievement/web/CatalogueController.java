package org.opentechmarket.achievement.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.domain.Achievement;
import org.opentechmarket.achievement.domain.AchievementRepository;
import org.opentechmarket.achievement.domain.AchievementService;
import org.opentechmarket.achievement.domain.CatalogueSearch;
import org.opentechmarket.evaluation.ReviewSubjectType;
import org.opentechmarket.evaluation.Reviews;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public face: home page, catalogue with search and facets, the achievement page with its disclosure fields. */
@Controller
class CatalogueController {

	private static final int PAGE_SIZE = 20;

	private final CatalogueSearch search;
	private final AchievementService service;
	private final AchievementRepository achievements;
	private final CodeTables codes;
	private final CatalogueLinks links;
	private final java.time.Clock clock;
	private final org.opentechmarket.achievement.domain.AchievementProperties properties;
	private final Reviews reviews;

	CatalogueController(CatalogueSearch search, AchievementService service, AchievementRepository achievements,
			CodeTables codes, CatalogueLinks links, java.time.Clock clock,
			org.opentechmarket.achievement.domain.AchievementProperties properties, Reviews reviews) {
		this.properties = properties;
		this.reviews = reviews;
		this.links = links;
		this.clock = clock;
		this.search = search;
		this.service = service;
		this.achievements = achievements;
		this.codes = codes;
	}

	/** The home page's counts over the whole catalogue, recomputed at most once a minute. */
	private volatile CatalogueSearch.Result homeCounts;
	private volatile java.time.Instant homeCountsAt = java.time.Instant.MIN;

	@GetMapping("/")
	String home(Model model) {
		CatalogueSearch.Result latest = search.search(new CatalogueSearch.Query(null, Map.of(), 0, 6, false, false));
		java.time.Instant now = clock.instant();
		if (homeCounts == null || homeCountsAt.isBefore(now.minusSeconds(60))) {
			homeCounts = search.search(new CatalogueSearch.Query(null, Map.of(), 0, 0, false, true));
			homeCountsAt = now;
		}
		model.addAttribute("latest", latest.items());
		model.addAttribute("published", homeCounts.total());
		model.addAttribute("facets", homeCounts.facets());
		model.addAttribute("inNotice", achievements.countByStatusIn(List.of(AchievementStatus.IN_NOTICE)));
		model.addAttribute("codes", codes);
		return "achievement/home";
	}

	/**
	 * The catalogue page: hits first; the facet counts arrive in a second request ({@link #facets}), because over a broad
	 * query on a large catalogue counting eight facets costs more than finding the first page (docs/benchmarks.md).
	 */
	@GetMapping("/achievements")
	String catalogue(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam Map<String, String> params, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		Map<String, String> filters = filters(params);
		CatalogueSearch.Result result = search.search(CatalogueSearch.Query.of(q, filters, page, PAGE_SIZE).withoutFacets());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("filters", filters);
		model.addAttribute("result", result);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("facetsHref", links.facets(q, filters));
		model.addAttribute("previousHref", links.page(q, filters, page - 1));
		model.addAttribute("nextHref", links.page(q, filters, page + 1));
		return htmx != null ? "achievement/catalogue :: results" : "achievement/catalogue";
	}

	/** The facet sidebar of a catalogue query (loaded by the catalogue page, or opened directly without JavaScript). */
	@GetMapping("/achievements/facets")
	String facets(@RequestParam(required = false) String q, @RequestParam Map<String, String> params,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, java.util.Locale locale) {
		Map<String, String> filters = filters(params);
		CatalogueSearch.Result result = search.search(CatalogueSearch.Query.of(q, filters, 0, PAGE_SIZE).withoutHits());
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("facetViews", links.facets(q, filters, result.facets(), locale));
		return htmx != null ? "achievement/catalogue :: facets" : "achievement/facets";
	}

	private static Map<String, String> filters(Map<String, String> params) {
		Map<String, String> filters = new LinkedHashMap<>(params);
		filters.keySet().retainAll(CatalogueSearch.FACETS);
		filters.values().removeIf(v -> v == null || v.isBlank());
		return filters;
	}

	/** The public notice board (公示): registrations that passed formal review, with the end of their notice. */
	@GetMapping("/notices")
	String notices(Model model) {
		model.addAttribute("notices", service.inNotice());
		return "achievement/notices";
	}

	@GetMapping("/achievements/{id:[0-9]+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Achievement a = service.view(user, id);
		model.addAttribute("a", a);
		model.addAttribute("manage", service.mayManage(user, a));
		model.addAttribute("versions", service.versions(user, a));
		model.addAttribute("evidence", service.evidenceOf(user, a));
		model.addAttribute("objections", service.objectionsOf(user, a));
		model.addAttribute("openRevision", service.mayManage(user, a) ? service.openRevision(a).orElse(null) : null);
		model.addAttribute("codes", codes);
		model.addAttribute("objectionMinLength", properties.objectionMinLength());
		// expert reviews of this achievement: for the holder's members and administrators (evaluation module)
		boolean reviewsBlock = user != null && (user.isAdmin() || user.belongsTo(a.getHolderOrganisationId()));
		model.addAttribute("showExpertReviews", reviewsBlock);
		model.addAttribute("expertReviews",
				reviewsBlock ? reviews.forSubject(ReviewSubjectType.ACHIEVEMENT, a.getId(), user) : List.of());
		model.addAttribute("openExpertReviewHref", "/admin/expert-reviews/new?subjectType=ACHIEVEMENT&subjectId=" + a.getId());
		return "achievement/show";
	}

	@PostMapping("/achievements/{id:[0-9]+}/objections")
	String object(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String reasons,
			RedirectAttributes redirect) {
		try {
			service.fileObjection(user, id, reasons);
			redirect.addFlashAttribute("notice", "objection.filed");
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
				throw e;
			}
			redirect.addFlashAttribute("objectionError", e.violations().isEmpty() ? e.code() : e.violations().get(0).code());
			redirect.addFlashAttribute("objectionText", reasons);
		}
		return "redirect:/achievements/" + id;
	}
}
