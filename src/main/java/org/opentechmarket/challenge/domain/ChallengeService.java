package org.opentechmarket.challenge.domain;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.challenge.ChallengeStatus;
import org.opentechmarket.challenge.ChallengeSummary;
import org.opentechmarket.challenge.Challenges;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The challenge use cases of the poster side and the administrators: posting and the light review, cancelling, the call's
 * files, the award, milestones, the start of the work, confirmations and acceptance. Every method takes the acting user and
 * checks on the server that this user may do this to this challenge ({@link ChallengeAccess}); the application window is
 * brought up to date before a challenge is read or acted on ({@link ChallengeWindows#advance}).
 */
@Service
@Transactional
public class ChallengeService implements Challenges {

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
	private final Needs needs;
	private final CodeTables codes;
	private final AuditLog audit;
	private final Clock clock;

	public ChallengeService(ChallengeRepository challenges, ApplicationRepository applications,
			MilestoneRepository milestones, ProgressReportRepository reports, ChallengeFileRepository fileRecords,
			ChallengeFiles files, ChallengeRules rules, ChallengeAccess access, ChallengeNotices notices,
			ChallengeWindows windows, Organisations organisations, Needs needs, CodeTables codes, AuditLog audit,
			Clock clock) {
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
		this.needs = needs;
		this.codes = codes;
		this.audit = audit;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ other modules

	@Override
	@Transactional(readOnly = true)
	public Optional<ChallengeSummary> find(long id) {
		return challenges.findById(id).map(Challenge::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ChallengeSummary> fromNeed(long needId) {
		return challenges.findByNeedIdOrderByCreatedAtDesc(needId).stream().map(Challenge::summary).toList();
	}

	// ------------------------------------------------------------------ reading

	/** The challenge if this user may see it (anonymous users: {@code user} null); "not found" otherwise. */
	public Challenge view(CurrentUser user, long id) {
		windows.advance(id);
		Challenge c = challenges.findById(id).orElseThrow(() -> notFound(id));
		if (!access.mayView(user, c)) {
			throw notFound(id);
		}
		return c;
	}

	public boolean mayManage(CurrentUser user, Challenge c) {
		return access.mayManage(user, c);
	}

	/** The public list: posted calls, newest first; {@code status} one public status (or CANCELLED), {@code section} GB/T 4754. */
	public Page<Challenge> search(String q, ChallengeStatus status, String section, int page, int size) {
		windows.advanceDue();
		Collection<ChallengeStatus> statuses;
		if (status == null) {
			statuses = ChallengeStatus.publicStatuses();
		}
		else if (status.isPublic() || status == ChallengeStatus.CANCELLED) {
			statuses = EnumSet.of(status);
		}
		else {
			return Page.empty(PageRequest.of(Math.max(page, 0), size));
		}
		String words = q == null || q.isBlank() ? null
				: "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_") + "%";
		return challenges.search(statuses, section == null || section.isBlank() ? null : section, words,
				PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
	}

	/** Challenges this user manages: their enterprise's, and those they posted. */
	@Transactional(readOnly = true)
	public List<Challenge> mine(CurrentUser user) {
		Map<Long, Challenge> result = new LinkedHashMap<>();
		if (user.has(Role.ENTERPRISE)) {
			challenges.findByPosterOrganisationIdOrderByUpdatedAtDesc(user.organisationId())
				.forEach(c -> result.put(c.getId(), c));
		}
		challenges.findByPostedByOrderByUpdatedAtDesc(user.getUsername()).forEach(c -> result.putIfAbsent(c.getId(), c));
		return new ArrayList<>(result.values());
	}

	/** The administrators' desk: calls awaiting the light review, and calls whose selection or work is under way. */
	public record AdminDesk(List<Challenge> submitted, List<Challenge> reviewing, List<Challenge> running) {
	}

	public AdminDesk adminDesk(CurrentUser admin) {
		requireAdmin(admin);
		windows.advanceDue();
		return new AdminDesk(challenges.findByStatusOrderBySubmittedAtAsc(ChallengeStatus.SUBMITTED),
				challenges.findByStatusOrderBySubmittedAtAsc(ChallengeStatus.REVIEWING),
				challenges.findByStatusInOrderByUpdatedAtDesc(EnumSet.of(ChallengeStatus.POSTED, ChallengeStatus.APPLYING,
						ChallengeStatus.AWARDED, ChallengeStatus.IN_PROGRESS)));
	}

	@Transactional(readOnly = true)
	public List<ChallengeFile> filesOf(CurrentUser user, Challenge c) {
		return access.mayView(user, c) ? fileRecords.findByChallengeIdAndKindOrderByIdAsc(c.getId(), ChallengeFile.Kind.CHALLENGE)
				: List.of();
	}

	/** A file this user may download; "not found" otherwise. */
	@Transactional(readOnly = true)
	public ChallengeFile file(CurrentUser user, long fileId) {
		ChallengeFile f = fileRecords.findById(fileId).orElseThrow(() -> fileNotFound(fileId));
		Challenge c = challenges.findById(f.getChallengeId()).orElseThrow(() -> fileNotFound(fileId));
		ChallengeApplication a = f.getApplicationId() == null ? null
				: applications.findById(f.getApplicationId()).orElse(null);
		if (!access.mayDownload(user, f, c, a)) {
			throw fileNotFound(fileId);
		}
		return f;
	}

	/** The need a challenge was posted from, when the viewer may follow the link to it (it is public). */
	@Transactional(readOnly = true)
	public Optional<NeedSummary> sourceNeed(Challenge c) {
		return c.getNeedId() == null ? Optional.empty()
				: needs.find(c.getNeedId()).filter(n -> n.status().isPublic());
	}

	/** A need the user may turn into a challenge: one of their enterprise's needs (any need for administrators). */
	@Transactional(readOnly = true)
	public Optional<NeedSummary> ownNeed(CurrentUser user, Long needId) {
		if (needId == null) {
			return Optional.empty();
		}
		return needs.find(needId).filter(n -> user.isAdmin() || (user.has(Role.ENTERPRISE)
				&& n.ownerOrganisationId() == user.organisationId()));
	}

	// ------------------------------------------------------------------ posting

	/**
	 * A new draft. Enterprise members post for their own verified enterprise; administrators post for the market (the call is
	 * theirs and goes public without the light review). {@code needId}: the poster's need the call is made from.
	 */
	public Challenge create(CurrentUser user, ChallengeContent content, Long needId) {
		OrganisationSummary poster = organisations.find(user.organisationId()).orElseThrow(DomainException::forbidden);
		if (!user.isAdmin()) {
			if (!user.has(Role.ENTERPRISE) || poster.type() != OrganisationType.ENTERPRISE) {
				throw DomainException.forbidden("challenge.post.enterpriseOnly");
			}
			if (!poster.verified()) {
				throw DomainException.forbidden("challenge.post.unverified");
			}
		}
		List<FieldViolation> v = new ArrayList<>(rules.checkDraft(content));
		if (needId != null && ownNeed(user, needId).isEmpty()) {
			v.add(FieldViolation.of("needId", "challenge.need.notYours"));
		}
		invalidUnless(v);
		Challenge c = new Challenge(poster.id(), poster.name(), poster.type(), user.getUsername(), needId, clock);
		c.edit(content, section(content.industryCode()), clock);
		challenges.save(c);
		audit.record("challenge.create", "challenge", c.getId(),
				c.getTitle() + (needId == null ? "" : " (from need " + needId + ")"));
		return c;
	}

	public Challenge edit(CurrentUser user, long id, ChallengeContent content) {
		Challenge c = managed(user, id);
		invalidUnless(rules.checkDraft(content));
		c.edit(content, section(content.industryCode()), clock);
		audit.record("challenge.edit", "challenge", id, c.getTitle());
		return c;
	}

	/**
	 * Submits the call for the light review; an administrator's call (or one an administrator submits) is posted at once,
	 * since administrators are the reviewers.
	 */
	public Challenge submit(CurrentUser user, long id) {
		Challenge c = managed(user, id);
		invalidUnless(rules.checkSubmission(content(c), today()));
		if (user.isAdmin()) {
			if (c.getStatus() == ChallengeStatus.RETURNED) {
				c.submit(clock);
			}
			publish(c, user);
			return c;
		}
		c.submit(clock);
		audit.record("challenge.submit", "challenge", id, null);
		notices.send(notices.administrators(), "challenge.inbox.submitted", List.of(c.getTitle(), c.getPosterName()),
				"/admin/challenges");
		return c;
	}

	/** Light review passed: the call is public (and open for applications when its first day has come). */
	public Challenge approve(CurrentUser admin, long id) {
		requireAdmin(admin);
		Challenge c = challenges.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
		if (c.getStatus() != ChallengeStatus.SUBMITTED) {
			throw DomainException.conflict("challenge.transition.notAllowed", c.getStatus().name(),
					ChallengeStatus.POSTED.name());
		}
		// the text may have been edited before the checks existed: the reviewer never publishes contact data
		invalidUnless(rules.checkDraft(content(c)));
		publish(c, admin);
		notices.send(without(notices.posterSide(c), admin), "challenge.inbox.approved", List.of(c.getTitle()),
				ChallengeNotices.page(c));
		return c;
	}

	private void publish(Challenge c, CurrentUser by) {
		LocalDate today = today();
		if (c.getOpensOn() == null || c.getOpensOn().isBefore(today)
				|| c.daysLeft(today) < rules.properties().minWindowDays()) {
			// the window must still be whole: a call reviewed after its first day goes back for new dates
			throw DomainException.conflict("challenge.window.tooShortNow", rules.properties().minWindowDays());
		}
		c.post(clock);
		audit.record("challenge.post", "challenge", c.getId(), "by " + by.getUsername() + ", window " + c.getOpensOn()
				+ " – " + c.getClosesOn());
		windows.announce(c, c.advanceWindow(today, clock));
	}

	public Challenge returnForChanges(CurrentUser admin, long id, String reasons) {
		requireAdmin(admin);
		if (reasons == null || reasons.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reasons", "validation.required")));
		}
		Challenge c = challenges.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
		c.returnForChanges(reasons.strip(), clock);
		audit.record("challenge.return", "challenge", id, reasons.strip());
		notices.send(notices.posterSide(c), "challenge.inbox.returned", List.of(c.getTitle(), reasons.strip()),
				"/my/challenges/" + id + "/edit");
		return c;
	}

	/** Calls the challenge off before the award; a reason is required once the call has been public. */
	public Challenge cancel(CurrentUser user, long id, String reason) {
		Challenge c = managed(user, id);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why == null && c.wasEverPosted()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.reasonRequired")));
		}
		if (why != null && why.length() > rules.properties().textMaxLength()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.size.max",
					rules.properties().textMaxLength())));
		}
		c.cancel(why, clock);
		audit.record("challenge.cancel", "challenge", id, why);
		for (ChallengeApplication a : activeApplications(c)) {
			notices.send(notices.applicantSide(a), "challenge.inbox.cancelled", List.of(c.getTitle(), why == null ? "" : why),
					ChallengeNotices.page(c));
		}
		notices.send(without(notices.posterSide(c), user), "challenge.inbox.cancelled",
				List.of(c.getTitle(), why == null ? "" : why), ChallengeNotices.page(c));
		return c;
	}

	public ChallengeFile addFile(CurrentUser user, long id, String fileName, long size, InputStream content) {
		Challenge c = managed(user, id);
		if (!c.getStatus().isEditable()) {
			throw DomainException.conflict("challenge.notEditable", c.getStatus().name());
		}
		int existing = fileRecords.findByChallengeIdAndKindOrderByIdAsc(id, ChallengeFile.Kind.CHALLENGE).size();
		return files.store(user, id, null, null, ChallengeFile.Kind.CHALLENGE, existing, fileName, size, content);
	}

	public void removeFile(CurrentUser user, long fileId) {
		ChallengeFile f = fileRecords.findById(fileId).orElseThrow(() -> fileNotFound(fileId));
		if (f.getKind() != ChallengeFile.Kind.CHALLENGE) {
			throw fileNotFound(fileId);
		}
		Challenge c = managed(user, f.getChallengeId());
		if (!c.getStatus().isEditable()) {
			throw DomainException.conflict("challenge.notEditable", c.getStatus().name());
		}
		fileRecords.delete(f);
		audit.record("challenge.file.remove", "challenge", c.getId(), f.getFileName());
	}

	// ------------------------------------------------------------------ the award

	/** One candidate of the award as the poster sees it: the application with its rank among those that passed review. */
	public record Candidate(ChallengeApplication application, Integer rank) {
	}

	/** The applications that passed the expert review, best first, with their ranks (for the award form). */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(Challenge c) {
		List<ChallengeApplication> passed = activeApplications(c).stream().filter(ChallengeApplication::passedReview).toList();
		Map<Long, Integer> ranks = AwardRules.ranks(scored(passed));
		Map<Long, ChallengeApplication> byId = new LinkedHashMap<>();
		passed.forEach(a -> byId.put(a.getId(), a));
		return ranks.entrySet().stream().map(e -> new Candidate(byId.get(e.getKey()), e.getValue())).toList();
	}

	/**
	 * The poster (or an administrator) names the winners among the applications that passed the expert review, once every
	 * active application has its published review. Winners that do not follow the ranking need a written reason; the award
	 * and its reason are published on the challenge's page.
	 */
	public Challenge award(CurrentUser user, long id, List<Long> winnerIds, String reason) {
		windows.advance(id);
		Challenge c = managed(user, id);
		if (c.getStatus() != ChallengeStatus.REVIEWING) {
			throw DomainException.conflict("challenge.transition.notAllowed", c.getStatus().name(),
					ChallengeStatus.AWARDED.name());
		}
		List<ChallengeApplication> active = activeApplications(c);
		if (active.isEmpty()) {
			throw DomainException.conflict("challenge.award.noApplications");
		}
		long pending = active.stream().filter(a -> a.getStatus() != ApplicationStatus.REVIEWED).count();
		if (pending > 0) {
			throw DomainException.conflict("challenge.award.reviewsPending", pending);
		}
		List<FieldViolation> v = new ArrayList<>();
		Set<Long> winners = winnerIds == null ? Set.of() : new LinkedHashSet<>(winnerIds);
		List<ChallengeApplication> passed = active.stream().filter(ChallengeApplication::passedReview).toList();
		if (winners.isEmpty()) {
			v.add(FieldViolation.of("winners", "challenge.award.winnersRequired"));
		}
		else if (winners.size() > c.getWinnersMax()) {
			v.add(FieldViolation.of("winners", "challenge.award.tooMany", c.getWinnersMax()));
		}
		else if (!passed.stream().map(ChallengeApplication::getId).toList().containsAll(winners)) {
			v.add(FieldViolation.of("winners", "challenge.award.notEligible"));
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		List<AwardRules.Scored> candidates = scored(passed);
		boolean follows = AwardRules.followsRanking(winners, candidates);
		if (v.isEmpty() && !follows && why == null) {
			v.add(FieldViolation.of("reason", "challenge.award.reasonRequired"));
		}
		if (why != null) {
			ChallengeRules.max(v, "reason", why, rules.properties().textMaxLength());
			String kind = ContactDataCheck.find(why);
			if (kind != null) {
				v.add(FieldViolation.of("reason", "challenge.publicText." + kind));
			}
		}
		invalidUnless(v);
		Map<Long, Integer> ranks = AwardRules.ranks(candidates);
		for (ChallengeApplication a : active) {
			if (winners.contains(a.getId())) {
				a.award(ranks.get(a.getId()), clock);
			}
			else {
				a.notAwarded(ranks.get(a.getId()), clock);
			}
		}
		c.award(why, follows, user.getUsername(), clock);
		audit.record("challenge.award", "challenge", id, "winners " + winners + (follows ? " (ranking)" : " (reason given)"));
		for (ChallengeApplication a : active) {
			boolean won = winners.contains(a.getId());
			notices.send(notices.applicantSide(a), won ? "challenge.inbox.won" : "challenge.inbox.notWon",
					List.of(c.getTitle()), ChallengeNotices.application(a));
		}
		notices.send(without(notices.posterSide(c), user), "challenge.inbox.awarded", List.of(c.getTitle()),
				ChallengeNotices.manage(c));
		return c;
	}

	/** The winners, by rank, for the public page. */
	@Transactional(readOnly = true)
	public List<ChallengeApplication> winners(Challenge c) {
		if (!c.getStatus().isAwarded()) {
			return List.of();
		}
		return applications.findByChallengeIdOrderBySubmittedAtAsc(c.getId())
			.stream()
			.filter(a -> a.getStatus() == ApplicationStatus.AWARDED)
			.sorted(java.util.Comparator.comparing(ChallengeApplication::getAwardRank,
					java.util.Comparator.nullsLast(Integer::compareTo)))
			.toList();
	}

	// ------------------------------------------------------------------ the awarded work

	public Milestone addMilestone(CurrentUser user, long challengeId, long applicationId, String title, LocalDate dueOn,
			String deliverable) {
		Challenge c = managed(user, challengeId);
		if (c.getStatus() != ChallengeStatus.AWARDED && c.getStatus() != ChallengeStatus.IN_PROGRESS) {
			throw DomainException.conflict("challenge.milestone.notNow", c.getStatus().name());
		}
		ChallengeApplication a = applications.findById(applicationId)
			.filter(x -> x.getChallengeId() == challengeId && x.getStatus() == ApplicationStatus.AWARDED)
			.orElse(null);
		List<FieldViolation> v = new ArrayList<>();
		if (a == null) {
			v.add(FieldViolation.of("applicationId", "challenge.milestone.winnerRequired"));
		}
		ChallengeRules.required(v, "title", title);
		ChallengeRules.max(v, "title", title, 200);
		ChallengeRules.required(v, "deliverable", deliverable);
		ChallengeRules.max(v, "deliverable", deliverable, rules.properties().textMaxLength());
		if (dueOn == null) {
			v.add(FieldViolation.of("dueOn", "validation.required"));
		}
		else if (dueOn.isBefore(today())) {
			v.add(FieldViolation.of("dueOn", "challenge.milestone.duePast"));
		}
		invalidUnless(v);
		Milestone m = milestones.save(new Milestone(challengeId, applicationId, title.strip(), dueOn, deliverable.strip(),
				user.getUsername(), clock));
		audit.record("challenge.milestone.add", "challenge", challengeId,
				"application " + applicationId + ": " + m.getTitle() + " due " + dueOn);
		notices.send(notices.applicantSide(a), "challenge.inbox.milestone", List.of(c.getTitle(), m.getTitle(),
				dueOn.toString()), ChallengeNotices.application(a));
		return m;
	}

	/** The awarded work starts: every winner has at least one milestone. */
	public Challenge start(CurrentUser user, long id) {
		Challenge c = managed(user, id);
		if (c.getStatus() != ChallengeStatus.AWARDED) {
			throw DomainException.conflict("challenge.transition.notAllowed", c.getStatus().name(),
					ChallengeStatus.IN_PROGRESS.name());
		}
		List<ChallengeApplication> winners = winners(c);
		for (ChallengeApplication w : winners) {
			if (milestones.findByApplicationIdOrderByDueOnAscIdAsc(w.getId()).isEmpty()) {
				throw DomainException.conflict("challenge.start.milestonesMissing", w.getApplicantName());
			}
		}
		c.start(clock);
		audit.record("challenge.start", "challenge", id, null);
		for (ChallengeApplication w : winners) {
			notices.send(notices.applicantSide(w), "challenge.inbox.started", List.of(c.getTitle()),
					ChallengeNotices.application(w));
		}
		return c;
	}

	public Milestone confirmMilestone(CurrentUser user, long milestoneId, String note) {
		Milestone m = milestones.findById(milestoneId)
			.orElseThrow(() -> DomainException.notFound("challenge.milestone.notFound", milestoneId));
		Challenge c = managed(user, m.getChallengeId());
		if (c.getStatus() != ChallengeStatus.IN_PROGRESS) {
			throw DomainException.conflict("challenge.milestone.notNow", c.getStatus().name());
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > rules.properties().textMaxLength()) {
			throw DomainException.invalid(List.of(FieldViolation.of("note", "validation.size.max",
					rules.properties().textMaxLength())));
		}
		m.confirm(user.getUsername(), text, clock);
		audit.record("challenge.milestone.confirm", "challenge", c.getId(), m.getTitle());
		applications.findById(m.getApplicationId()).ifPresent(a -> notices.send(notices.applicantSide(a),
				"challenge.inbox.milestoneConfirmed", List.of(c.getTitle(), m.getTitle()), ChallengeNotices.application(a)));
		return m;
	}

	/**
	 * Acceptance (验收) of the awarded work with a report: ACCEPTED once every milestone is confirmed, or FAILED. An optional
	 * file (the signed acceptance record) goes with it.
	 */
	public Challenge conclude(CurrentUser user, long id, ChallengeStatus outcome, String report, String fileName, long size,
			InputStream content) {
		Challenge c = managed(user, id);
		if (c.getStatus() != ChallengeStatus.IN_PROGRESS) {
			throw DomainException.conflict("challenge.transition.notAllowed", c.getStatus().name(),
					outcome == null ? "ACCEPTED" : outcome.name());
		}
		List<FieldViolation> v = new ArrayList<>();
		if (outcome != ChallengeStatus.ACCEPTED && outcome != ChallengeStatus.FAILED) {
			v.add(FieldViolation.of("outcome", "challenge.acceptance.outcomeRequired"));
		}
		ChallengeRules.required(v, "report", report);
		ChallengeRules.max(v, "report", report, rules.properties().textMaxLength());
		invalidUnless(v);
		if (outcome == ChallengeStatus.ACCEPTED
				&& milestones.findByChallengeIdOrderByDueOnAscIdAsc(id).stream().anyMatch(m -> !m.isConfirmed())) {
			throw DomainException.conflict("challenge.acceptance.milestonesPending");
		}
		c.conclude(outcome, report.strip(), user.getUsername(), clock);
		if (fileName != null && content != null && size > 0) {
			files.store(user, id, null, null, ChallengeFile.Kind.ACCEPTANCE, 0, fileName, size, content);
		}
		audit.record("challenge.conclude", "challenge", id, outcome.name());
		Set<Long> recipients = new LinkedHashSet<>(notices.administrators());
		winners(c).forEach(w -> recipients.addAll(notices.applicantSide(w)));
		recipients.addAll(notices.posterSide(c));
		recipients.remove(user.id());
		notices.send(recipients, "challenge.inbox.concluded." + outcome.name(), List.of(c.getTitle()),
				ChallengeNotices.page(c));
		return c;
	}

	@Transactional(readOnly = true)
	public List<Milestone> milestones(Challenge c) {
		return milestones.findByChallengeIdOrderByDueOnAscIdAsc(c.getId());
	}

	@Transactional(readOnly = true)
	public List<ProgressReport> reports(Challenge c) {
		return reports.findByChallengeIdOrderBySubmittedAtAsc(c.getId());
	}

	@Transactional(readOnly = true)
	public List<ChallengeFile> acceptanceFiles(Challenge c) {
		return fileRecords.findByChallengeIdAndKindOrderByIdAsc(c.getId(), ChallengeFile.Kind.ACCEPTANCE);
	}

	@Transactional(readOnly = true)
	public List<ChallengeFile> reportFiles(long reportId) {
		return fileRecords.findByReportIdOrderByIdAsc(reportId);
	}

	/** Every application of the call for those who manage it, once the window is over ("not found" before). */
	@Transactional(readOnly = true)
	public List<ChallengeApplication> applicationsForPoster(CurrentUser user, Challenge c) {
		if (!access.mayManage(user, c) || (!c.applicationsUnsealed() && !user.isAdmin())) {
			return List.of();
		}
		return applications.findByChallengeIdOrderBySubmittedAtAsc(c.getId());
	}

	@Transactional(readOnly = true)
	public long applicationCount(Challenge c) {
		return applications.countByChallengeIdAndStatusNot(c.getId(), ApplicationStatus.WITHDRAWN);
	}

	// ------------------------------------------------------------------ helpers

	public ChallengeContent content(Challenge c) {
		return new ChallengeContent(c.getTitle(), c.getProblem(), c.getTargets(), c.getIndustryCode(), c.getDisciplineCode(),
				c.getRegionCode(), c.isBountyNegotiable(), c.getBountyAmount(), c.eligibleTypeSet(),
				c.getEligibleRegionCode(), c.isJointTeamsAllowed(), c.getEligibilityNotes(), c.getOpensOn(), c.getClosesOn(),
				c.getReviewMethod(), c.isAnonymousReview(), c.getCriteria()
					.stream()
					.map(x -> new ChallengeContent.Criterion(x.getName(), x.getWeight()))
					.toList(),
				c.getWinnersMax(), c.isPostSubsidy(), c.getAwardRules());
	}

	public ChallengeRules rules() {
		return rules;
	}

	List<ChallengeApplication> activeApplications(Challenge c) {
		return applications.findByChallengeIdOrderBySubmittedAtAsc(c.getId())
			.stream()
			.filter(a -> a.getStatus().isActive())
			.toList();
	}

	private static List<AwardRules.Scored> scored(List<ChallengeApplication> passed) {
		return passed.stream().map(a -> new AwardRules.Scored(a.getId(), a.getReviewScore())).toList();
	}

	private String section(String industryCode) {
		return industryCode == null ? null : codes.industries().root(industryCode);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A challenge the user manages, locked for this transaction; "not found" for those who may not see it. */
	private Challenge managed(CurrentUser user, long id) {
		Challenge c = challenges.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
		if (!access.mayManage(user, c)) {
			if (access.mayView(user, c)) {
				throw DomainException.forbidden();
			}
			throw notFound(id);
		}
		return c;
	}

	private static Set<Long> without(Set<Long> ids, CurrentUser user) {
		Set<Long> copy = new LinkedHashSet<>(ids);
		copy.remove(user.id());
		return copy;
	}

	static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw DomainException.forbidden();
		}
	}

	static void invalidUnless(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
	}

	static DomainException notFound(long id) {
		return DomainException.notFound("challenge.notFound", id);
	}

	static DomainException fileNotFound(long id) {
		return DomainException.notFound("challenge.file.notFound", id);
	}
}
