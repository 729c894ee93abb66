package org.opentechmarket.challenge.domain;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The solver's side: applying (揭榜) with a proposal and a team, withdrawing and applying again while the window is open,
 * the proposal's files, and the awarded team's progress reports. Eligibility is checked here, on the server, for every
 * application ({@link ChallengeRules#ineligibility}); the one-application-per-organisation rule is also a unique key.
 */
@Service
@Transactional
public class ApplicationService {

	private final ChallengeRepository challenges;
	private final ApplicationRepository applications;
	private final MilestoneRepository milestones;
	private final ProgressReportRepository reports;
	private final ChallengeFileRepository fileRecords;
	private final ChallengeFiles files;
	private final ChallengeRules rules;
	private final ChallengeAccess access;
	private final ChallengeNotices notices;
	private final ChallengeWindows windows;
	private final Organisations organisations;
	private final AuditLog audit;
	private final Clock clock;

	public ApplicationService(ChallengeRepository challenges, ApplicationRepository applications,
			MilestoneRepository milestones, ProgressReportRepository reports, ChallengeFileRepository fileRecords,
			ChallengeFiles files, ChallengeRules rules, ChallengeAccess access, ChallengeNotices notices,
			ChallengeWindows windows, Organisations organisations, AuditLog audit, Clock clock) {
		this.challenges = challenges;
		this.applications = applications;
		this.milestones = milestones;
		this.reports = reports;
		this.fileRecords = fileRecords;
		this.files = files;
		this.rules = rules;
		this.access = access;
		this.notices = notices;
		this.windows = windows;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ reading

	/** Why the user's organisation may not apply to this challenge now, or null when it may. */
	@Transactional(readOnly = true)
	public ChallengeRules.Ineligibility ineligibility(CurrentUser user, Challenge c) {
		if (user == null) {
			return ChallengeRules.Ineligibility.ROLE;
		}
		OrganisationSummary org = organisations.find(user.organisationId()).orElse(null);
		return rules.ineligibility(c, user.has(Role.INSTITUTION), org, today());
	}

	/** The user's organisation's application to the challenge, whatever its state. */
	@Transactional(readOnly = true)
	public java.util.Optional<ChallengeApplication> own(CurrentUser user, Challenge c) {
		return user == null ? java.util.Optional.empty()
				: applications.findByChallengeIdAndApplicantOrganisationId(c.getId(), user.organisationId());
	}

	/** Whether the user may apply now: eligible, and the organisation has no active application yet. */
	@Transactional(readOnly = true)
	public boolean mayApply(CurrentUser user, Challenge c) {
		return ineligibility(user, c) == null
				&& own(user, c).map(a -> a.getStatus() == ApplicationStatus.WITHDRAWN).orElse(true);
	}

	/** The application if this user may read it; "not found" otherwise. */
	public ChallengeApplication view(CurrentUser user, long applicationId) {
		ChallengeApplication a = applications.findById(applicationId).orElseThrow(() -> notFound(applicationId));
		windows.advance(a.getChallengeId());
		Challenge c = challenges.findById(a.getChallengeId()).orElseThrow(() -> notFound(applicationId));
		if (!access.mayRead(user, a, c)) {
			throw notFound(applicationId);
		}
		return a;
	}

	@Transactional(readOnly = true)
	public Challenge challengeOf(ChallengeApplication a) {
		return challenges.findById(a.getChallengeId()).orElseThrow(() -> notFound(a.getId()));
	}

	/** The user's organisation's applications, newest first. */
	@Transactional(readOnly = true)
	public List<ChallengeApplication> mine(CurrentUser user) {
		return applications.findByApplicantOrganisationIdOrderByUpdatedAtDesc(user.organisationId());
	}

	@Transactional(readOnly = true)
	public boolean mayActFor(CurrentUser user, ChallengeApplication a) {
		return access.mayActFor(user, a);
	}

	@Transactional(readOnly = true)
	public boolean mayReadResults(CurrentUser user, ChallengeApplication a, Challenge c) {
		return access.mayReadResults(user, a, c);
	}

	@Transactional(readOnly = true)
	public List<ChallengeFile> filesOf(CurrentUser user, ChallengeApplication a) {
		Challenge c = challengeOf(a);
		return access.mayRead(user, a, c) ? fileRecords.findByApplicationIdAndKindOrderByIdAsc(a.getId(),
				ChallengeFile.Kind.APPLICATION) : List.of();
	}

	@Transactional(readOnly = true)
	public List<Milestone> milestones(ChallengeApplication a) {
		return milestones.findByApplicationIdOrderByDueOnAscIdAsc(a.getId());
	}

	/** Progress reports of an awarded team, for its own organisation and the poster side. */
	@Transactional(readOnly = true)
	public List<ProgressReport> reports(CurrentUser user, ChallengeApplication a) {
		Challenge c = challengeOf(a);
		if (user == null || !(user.belongsTo(a.getApplicantOrganisationId()) || access.mayManage(user, c))) {
			return List.of();
		}
		return reports.findByApplicationIdOrderBySubmittedAtAsc(a.getId());
	}

	@Transactional(readOnly = true)
	public List<ChallengeFile> reportFiles(long reportId) {
		return fileRecords.findByReportIdOrderByIdAsc(reportId);
	}

	// ------------------------------------------------------------------ applying

	/**
	 * Applies for the user's organisation (or applies again after a withdrawal, in the same application): eligible
	 * organisation, open window, complete content; team members' organisations are matched with registered ones by name, so
	 * recusal sees them.
	 */
	public ChallengeApplication apply(CurrentUser user, long challengeId, ApplicationContent content) {
		windows.advance(challengeId);
		Challenge c = challenges.findByIdForUpdate(challengeId).orElseThrow(() -> ChallengeService.notFound(challengeId));
		if (!access.mayView(user, c)) {
			throw ChallengeService.notFound(challengeId);
		}
		OrganisationSummary org = organisations.find(user.organisationId()).orElse(null);
		ChallengeRules.Ineligibility why = rules.ineligibility(c, user.has(Role.INSTITUTION), org, today());
		if (why != null) {
			throw why.refusal();
		}
		ChallengeApplication existing = applications.findByChallengeIdAndApplicantOrganisationId(challengeId, org.id())
			.orElse(null);
		if (existing != null && existing.getStatus() != ApplicationStatus.WITHDRAWN) {
			throw DomainException.conflict("challenge.apply.duplicate");
		}
		List<FieldViolation> v = rules.checkApplication(content, c, org.name());
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		List<TeamMember> team = team(content);
		ChallengeApplication a;
		if (existing != null) {
			existing.resubmit(user.getUsername(), content.proposal().strip(), blankToNull(content.plan()), team, clock);
			a = existing;
			audit.record("challenge.application.resubmit", "challenge", challengeId, "application " + a.getId() + " by "
					+ org.name());
		}
		else {
			a = applications.saveAndFlush(new ChallengeApplication(challengeId, org.id(), org.name(), org.type(),
					user.getUsername(), content.proposal().strip(), blankToNull(content.plan()), team, clock));
			audit.record("challenge.application.submit", "challenge", challengeId, "application " + a.getId() + " by "
					+ org.name() + ", team of " + team.size());
		}
		long count = applications.countByChallengeIdAndStatusNot(challengeId, ApplicationStatus.WITHDRAWN);
		// the poster learns that a proposal arrived, not whose: proposals stay sealed until the window closes
		notices.send(notices.posterSide(c), "challenge.inbox.applied", List.of(c.getTitle(), String.valueOf(count)),
				ChallengeNotices.manage(c));
		Set<Long> colleagues = new LinkedHashSet<>(notices.applicantSide(a));
		colleagues.remove(user.id());
		notices.send(colleagues, "challenge.inbox.applicationReceived", List.of(c.getTitle(), user.displayName()),
				ChallengeNotices.application(a));
		return a;
	}

	/** Withdraws the application while the window is open (it may be submitted again until the window closes). */
	public ChallengeApplication withdraw(CurrentUser user, long applicationId) {
		ChallengeApplication a = actedFor(user, applicationId);
		windows.advance(a.getChallengeId());
		Challenge c = challenges.findByIdForUpdate(a.getChallengeId()).orElseThrow(() -> notFound(applicationId));
		if (!c.windowOpen(today())) {
			throw DomainException.conflict("challenge.withdraw.windowClosed");
		}
		a.withdraw(clock);
		audit.record("challenge.application.withdraw", "challenge", c.getId(), "application " + a.getId());
		long count = applications.countByChallengeIdAndStatusNot(c.getId(), ApplicationStatus.WITHDRAWN);
		notices.send(notices.posterSide(c), "challenge.inbox.withdrawn", List.of(c.getTitle(), String.valueOf(count)),
				ChallengeNotices.manage(c));
		return a;
	}

	public ChallengeFile addFile(CurrentUser user, long applicationId, String fileName, long size, InputStream content) {
		ChallengeApplication a = actedFor(user, applicationId);
		windows.advance(a.getChallengeId());
		Challenge c = challenges.findByIdForUpdate(a.getChallengeId()).orElseThrow(() -> notFound(applicationId));
		if (a.getStatus() != ApplicationStatus.SUBMITTED || !c.windowOpen(today())) {
			throw DomainException.conflict("challenge.application.locked");
		}
		int existing = fileRecords.findByApplicationIdAndKindOrderByIdAsc(applicationId, ChallengeFile.Kind.APPLICATION)
			.size();
		return files.store(user, c.getId(), applicationId, null, ChallengeFile.Kind.APPLICATION, existing, fileName, size,
				content);
	}

	public void removeFile(CurrentUser user, long fileId) {
		ChallengeFile f = fileRecords.findById(fileId).orElseThrow(() -> ChallengeService.fileNotFound(fileId));
		if (f.getKind() != ChallengeFile.Kind.APPLICATION || f.getApplicationId() == null) {
			throw ChallengeService.fileNotFound(fileId);
		}
		ChallengeApplication a = actedFor(user, f.getApplicationId());
		windows.advance(a.getChallengeId());
		Challenge c = challenges.findByIdForUpdate(a.getChallengeId()).orElseThrow(() -> notFound(a.getId()));
		if (a.getStatus() != ApplicationStatus.SUBMITTED || !c.windowOpen(today())) {
			throw DomainException.conflict("challenge.application.locked");
		}
		fileRecords.delete(f);
		audit.record("challenge.file.remove", "challenge", c.getId(), "application " + a.getId() + " " + f.getFileName());
	}

	// ------------------------------------------------------------------ progress

	/** A progress report of an awarded team while the work is in progress, optionally on a milestone, with one file. */
	public ProgressReport report(CurrentUser user, long applicationId, Long milestoneId, String summary, String fileName,
			long size, InputStream content) {
		ChallengeApplication a = actedFor(user, applicationId);
		Challenge c = challenges.findByIdForUpdate(a.getChallengeId()).orElseThrow(() -> notFound(applicationId));
		if (a.getStatus() != ApplicationStatus.AWARDED || c.getStatus() != ChallengeStatus.IN_PROGRESS) {
			throw DomainException.conflict("challenge.report.notNow");
		}
		List<FieldViolation> v = new ArrayList<>();
		ChallengeRules.required(v, "summary", summary);
		ChallengeRules.max(v, "summary", summary, rules.properties().textMaxLength());
		if (milestoneId != null && milestones.findById(milestoneId).filter(m -> m.getApplicationId() == applicationId)
			.isEmpty()) {
			v.add(FieldViolation.of("milestoneId", "challenge.milestone.notFound", milestoneId));
		}
		ChallengeService.invalidUnless(v);
		ProgressReport r = reports.save(new ProgressReport(c.getId(), applicationId, milestoneId, summary.strip(),
				user.getUsername(), clock));
		if (fileName != null && content != null && size > 0) {
			files.store(user, c.getId(), applicationId, r.getId(), ChallengeFile.Kind.REPORT, 0, fileName, size, content);
		}
		audit.record("challenge.report", "challenge", c.getId(), "application " + applicationId + " report " + r.getId());
		notices.send(notices.posterSide(c), "challenge.inbox.report", List.of(c.getTitle(), a.getApplicantName()),
				ChallengeNotices.manage(c));
		return r;
	}

	// ------------------------------------------------------------------ helpers

	private List<TeamMember> team(ApplicationContent content) {
		List<TeamMember> team = new ArrayList<>();
		for (ApplicationContent.Member m : content.team()) {
			String organisation = m.organisation().strip();
			Long organisationId = organisations.findByName(organisation).map(OrganisationSummary::id).orElse(null);
			team.add(new TeamMember(m.name().strip(), organisation, organisationId, blankToNull(m.role())));
		}
		return team;
	}

	/** An application the user acts for; "not found" when they may not even read it, "forbidden" when they only read it. */
	private ChallengeApplication actedFor(CurrentUser user, long applicationId) {
		ChallengeApplication a = applications.findById(applicationId).orElseThrow(() -> notFound(applicationId));
		if (!access.mayActFor(user, a)) {
			Challenge c = challenges.findById(a.getChallengeId()).orElseThrow(() -> notFound(applicationId));
			if (access.mayRead(user, a, c)) {
				throw DomainException.forbidden();
			}
			throw notFound(applicationId);
		}
		return a;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static DomainException notFound(long id) {
		return DomainException.notFound("challenge.application.notFound", id);
	}
}
