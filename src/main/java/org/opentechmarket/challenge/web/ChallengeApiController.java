package org.opentechmarket.challenge.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.challenge.domain.ApplicationService;
import org.opentechmarket.challenge.domain.Challenge;
import org.opentechmarket.challenge.domain.ChallengeApplication;
import org.opentechmarket.challenge.domain.ChallengeReviews;
import org.opentechmarket.challenge.domain.ChallengeService;
import org.opentechmarket.challenge.domain.Milestone;
import org.opentechmarket.challenge.domain.ProgressReport;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
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

/** The challenges JSON API (揭榜挂帅). Errors are RFC 9457 problems; whatever the caller may not see answers 404. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Challenges", description = "揭榜挂帅: posting, light review, applications with 混编 teams, expert review, award, "
		+ "milestones and acceptance")
class ChallengeApiController {

	private final ChallengeService service;
	private final ApplicationService applications;
	private final ChallengeReviews reviews;

	ChallengeApiController(ChallengeService service, ApplicationService applications, ChallengeReviews reviews) {
		this.service = service;
		this.applications = applications;
		this.reviews = reviews;
	}

	public record ListPage(long total, int page, List<ChallengeView> items) {
	}

	public record ReasonBody(String reason) {
	}

	public record ReturnBody(String reasons) {
	}

	public record ReviewsBody(Integer panelSize, LocalDate deadline) {
	}

	public record ReviewsOpened(List<Long> applicationIds, List<Long> reviewIds) {
	}

	public record AwardBody(List<Long> winners, String reason) {
	}

	public record MilestoneBody(Long applicationId, String title, LocalDate dueOn, String deliverable) {
	}

	public record MilestoneView(long id, long applicationId, String title, LocalDate dueOn, String deliverable, String status) {

		static MilestoneView of(Milestone m) {
			return new MilestoneView(m.getId(), m.getApplicationId(), m.getTitle(), m.getDueOn(), m.getDeliverable(),
					m.getStatus().name());
		}
	}

	public record NoteBody(String note) {
	}

	public record ReportBody(Long milestoneId, String summary) {
	}

	public record ReportView(long id, long applicationId, Long milestoneId, String summary) {
	}

	public record AcceptanceBody(ChallengeStatus outcome, String report) {
	}

	// ------------------------------------------------------------------ the call

	@GetMapping("/challenges")
	@Operation(summary = "List public challenges", description = "Posted calls, newest first. q: words in the title, problem, "
			+ "targets or poster; status: one public status (POSTED, APPLYING, REVIEWING, AWARDED, IN_PROGRESS, ACCEPTED, "
			+ "FAILED) or CANCELLED; industry: a GB/T 4754 section (A–T). Never contact data.")
	ListPage list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String industry, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		ChallengeStatus wanted = ChallengeCatalogueController.parse(status);
		if (status != null && !status.isBlank() && wanted == null) {
			throw DomainException.invalid("challenge.status.unknown", status);
		}
		Page<Challenge> result = service.search(q, wanted, industry, page, size);
		return new ListPage(result.getTotalElements(), result.getNumber(), result.getContent()
			.stream()
			.map(c -> ChallengeView.of(c, service.applicationCount(c), service.winners(c), false))
			.toList());
	}

	@GetMapping("/challenges/{id:[0-9]+}")
	@Operation(summary = "One challenge", description = "Public calls for everyone; drafts and calls under review only for "
			+ "those who manage them (404 otherwise). Once awarded: the winners with their rank and the award's reason.")
	ChallengeView one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return view(user, service.view(user, id));
	}

	@PostMapping("/challenges")
	@Operation(summary = "Post a draft challenge", description = "Members of a verified enterprise (ENTERPRISE role) for their "
			+ "enterprise; administrators for the market. needId: the poster's need the call is made from.")
	ResponseEntity<ChallengeView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody ChallengeForm body) {
		Challenge c = service.create(user, body.toContent(), body.getNeedId());
		return ResponseEntity.created(URI.create("/api/v1/challenges/" + c.getId())).body(view(user, c));
	}

	@PutMapping("/challenges/{id:[0-9]+}")
	@Operation(summary = "Edit a draft or returned challenge")
	ChallengeView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ChallengeForm body) {
		return view(user, service.edit(user, id, body.toContent()));
	}

	@PostMapping("/challenges/{id:[0-9]+}/submit")
	@Operation(summary = "Submit for the light review", description = "An administrator's submission posts the call at once. "
			+ "400 with field errors when incomplete (window at least otm.challenge.min-window-days days, not begun).")
	ChallengeView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return view(user, service.submit(user, id));
	}

	@PostMapping("/challenges/{id:[0-9]+}/cancel")
	@Operation(summary = "Cancel a challenge before the award", description = "A reason is required once it has been public.")
	ChallengeView cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) ReasonBody body) {
		return view(user, service.cancel(user, id, body == null ? null : body.reason()));
	}

	@PostMapping("/admin/challenges/{id:[0-9]+}/approve")
	@Operation(summary = "Approve a submitted challenge (administrators)", description = "The call is public, and open for "
			+ "applications when its first day has come. 409 when its window would now be shorter than the minimum.")
	ChallengeView approve(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		return view(admin, service.approve(admin, id));
	}

	@PostMapping("/admin/challenges/{id:[0-9]+}/return")
	@Operation(summary = "Return a submitted challenge with reasons (administrators)")
	ChallengeView giveBack(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestBody ReturnBody body) {
		return view(admin, service.returnForChanges(admin, id, body.reasons()));
	}

	// ------------------------------------------------------------------ applications

	@PostMapping("/challenges/{id:[0-9]+}/applications")
	@Operation(summary = "Apply (揭榜)", description = "Members with the INSTITUTION role of a verified organisation of an "
			+ "eligible type and region, while the window is open; one application per organisation (409 for a second; a "
			+ "withdrawn one is submitted again). team: [{name, organisation, role}], the first member of the applicant.")
	ResponseEntity<ApplicationView> apply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ApplicationForm body) {
		ChallengeApplication a = applications.apply(user, id, body.toContent());
		return ResponseEntity.created(URI.create("/api/v1/challenges/applications/" + a.getId()))
			.body(application(user, a));
	}

	@GetMapping("/challenges/{id:[0-9]+}/applications")
	@Operation(summary = "A challenge's applications", description = "The poster side (once the window has closed) and "
			+ "administrators: all of them; anybody else: their own organisation's.")
	List<ApplicationView> applicationsOf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Challenge c = service.view(user, id);
		if (service.mayManage(user, c)) {
			return service.applicationsForPoster(user, c).stream().map(a -> application(user, a)).toList();
		}
		return applications.own(user, c).map(a -> List.of(application(user, a))).orElse(List.of());
	}

	@GetMapping("/challenges/applications/{applicationId:[0-9]+}")
	@Operation(summary = "One application", description = "The applicant organisation, administrators, the poster side once "
			+ "the window has closed, and the experts of its review panel; 404 for anyone else. The review result only for "
			+ "the applicant and the poster side.")
	ApplicationView oneApplication(@AuthenticationPrincipal CurrentUser user, @PathVariable long applicationId) {
		return application(user, applications.view(user, applicationId));
	}

	@PostMapping("/challenges/applications/{applicationId:[0-9]+}/withdraw")
	@Operation(summary = "Withdraw an application while the window is open")
	ApplicationView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long applicationId) {
		return application(user, applications.withdraw(user, applicationId));
	}

	// ------------------------------------------------------------------ review and award

	@PostMapping("/admin/challenges/{id:[0-9]+}/reviews")
	@Operation(summary = "Open the expert reviews (administrators)", description = "Once the window has closed: one review "
			+ "per active application, panel drawn with recusal (applicant, team organisations and poster are parties), the "
			+ "call's criteria; all or none (409 when the pool cannot seat a panel).")
	ReviewsOpened openReviews(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestBody(required = false) ReviewsBody body) {
		ChallengeReviews.Opened opened = reviews.open(admin, id, body == null ? null : body.panelSize(),
				body == null ? null : body.deadline());
		return new ReviewsOpened(opened.applicationIds(), opened.reviewIds());
	}

	@PostMapping("/challenges/{id:[0-9]+}/award")
	@Operation(summary = "Award the challenge", description = "The poster side or administrators, once every application's "
			+ "review is published: winners among those that passed, at most winnersMax; a reason is required when a "
			+ "winner ranks below an application left out. Published on the challenge's page.")
	ChallengeView award(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody AwardBody body) {
		return view(user, service.award(user, id, body.winners(), body.reason()));
	}

	// ------------------------------------------------------------------ the awarded work

	@PostMapping("/challenges/{id:[0-9]+}/milestones")
	@Operation(summary = "Add a milestone for a winner (poster side)")
	ResponseEntity<MilestoneView> milestone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody MilestoneBody body) {
		Milestone m = service.addMilestone(user, id, body.applicationId() == null ? -1 : body.applicationId(), body.title(),
				body.dueOn(), body.deliverable());
		return ResponseEntity.status(HttpStatus.CREATED).body(MilestoneView.of(m));
	}

	@GetMapping("/challenges/{id:[0-9]+}/milestones")
	@Operation(summary = "Milestones of an awarded challenge (poster side and winners)")
	List<MilestoneView> milestones(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Challenge c = service.view(user, id);
		boolean winner = service.winners(c).stream().anyMatch(w -> user != null
				&& user.belongsTo(w.getApplicantOrganisationId()));
		if (!service.mayManage(user, c) && !winner) {
			throw DomainException.notFound("challenge.notFound", id);
		}
		return service.milestones(c).stream().map(MilestoneView::of).toList();
	}

	@PostMapping("/challenges/{id:[0-9]+}/start")
	@Operation(summary = "Start the awarded work (poster side; every winner has a milestone)")
	ChallengeView start(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return view(user, service.start(user, id));
	}

	@PostMapping("/challenges/milestones/{milestoneId:[0-9]+}/confirm")
	@Operation(summary = "Confirm a delivered milestone (poster side)")
	MilestoneView confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long milestoneId,
			@RequestBody(required = false) NoteBody body) {
		return MilestoneView.of(service.confirmMilestone(user, milestoneId, body == null ? null : body.note()));
	}

	@PostMapping("/challenges/applications/{applicationId:[0-9]+}/reports")
	@Operation(summary = "A progress report of a winning team while the work is in progress")
	ResponseEntity<ReportView> report(@AuthenticationPrincipal CurrentUser user, @PathVariable long applicationId,
			@RequestBody ReportBody body) {
		ProgressReport r = applications.report(user, applicationId, body.milestoneId(), body.summary(), null, 0, null);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ReportView(r.getId(), r.getApplicationId(), r.getMilestoneId(), r.getSummary()));
	}

	@PostMapping("/challenges/{id:[0-9]+}/acceptance")
	@Operation(summary = "Acceptance (验收): ACCEPTED (every milestone confirmed) or FAILED, with the report (poster side)")
	ChallengeView accept(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody AcceptanceBody body) {
		return view(user, service.conclude(user, id, body.outcome(), body.report(), null, 0, null));
	}

	// ------------------------------------------------------------------ helpers

	private ChallengeView view(CurrentUser user, Challenge c) {
		return ChallengeView.of(c, service.applicationCount(c), service.winners(c), service.mayManage(user, c));
	}

	private ApplicationView application(CurrentUser user, ChallengeApplication a) {
		Challenge c = applications.challengeOf(a);
		boolean results = applications.mayReadResults(user, a, c);
		return ApplicationView.of(a, c, results ? reviews.reviewOf(a, user).orElse(null) : null, results);
	}
}
