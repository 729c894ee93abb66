package org.opentechmarket.achievement.domain;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementPublished;
import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.achievement.domain.Codes.EvidenceType;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FileStore;
import org.opentechmarket.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's use cases. Every method takes the acting user and checks, on the server, that this user may do this to
 * this achievement: holders act only on their own organisation's registrations, administrators review.
 */
@Service
@Transactional
public class AchievementService implements Achievements {

	private static final Logger log = LoggerFactory.getLogger(AchievementService.class);

	private final AchievementRepository achievements;
	private final EvidenceRepository evidence;
	private final ObjectionRepository objections;
	private final AchievementRules rules;
	private final RegistrationNumbers numbers;
	private final FileStore store;
	private final Organisations organisations;
	private final CodeTables codes;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final org.springframework.transaction.support.TransactionTemplate transactions;

	public AchievementService(AchievementRepository achievements, EvidenceRepository evidence, ObjectionRepository objections,
			AchievementRules rules, RegistrationNumbers numbers, FileStore store, Organisations organisations,
			CodeTables codes, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			org.springframework.transaction.PlatformTransactionManager transactionManager) {
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		this.achievements = achievements;
		this.evidence = evidence;
		this.objections = objections;
		this.rules = rules;
		this.numbers = numbers;
		this.store = store;
		this.organisations = organisations;
		this.codes = codes;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ reading

	@Override
	@Transactional(readOnly = true)
	public Optional<AchievementSummary> find(long id) {
		return achievements.findById(id).filter(a -> a.getStatus().isPublic()).map(Achievement::summary);
	}

	/** The achievement if this user may see it: public versions for everyone, others for the holder and administrators. */
	@Transactional(readOnly = true)
	public Achievement view(CurrentUser user, long id) {
		Achievement a = load(id);
		// a registration in public notice (公示) is public by definition: anyone may read what they could object to
		if (a.getStatus().isPublic() || a.getStatus() == AchievementStatus.IN_NOTICE
				|| a.getStatus() == AchievementStatus.SUPERSEDED || mayManage(user, a)) {
			return loaded(a);
		}
		// do not reveal that a non-public registration exists
		throw DomainException.notFound("achievement.notFound", id);
	}

	/** Registrations in public notice, for the public notice board. */
	@Transactional(readOnly = true)
	public List<Achievement> inNotice() {
		return achievements.findByStatusInOrderBySubmittedAtAsc(EnumSet.of(AchievementStatus.IN_NOTICE));
	}

	@Transactional(readOnly = true)
	public Page<Achievement> ofMyOrganisation(CurrentUser user, Pageable page) {
		return achievements.findByHolderOrganisationIdAndStatusNotOrderByUpdatedAtDesc(user.organisationId(),
				AchievementStatus.SUPERSEDED, page);
	}

	@Transactional(readOnly = true)
	public List<Achievement> reviewQueue(CurrentUser admin) {
		requireAdmin(admin);
		return achievements.findByStatusInOrderBySubmittedAtAsc(EnumSet.of(AchievementStatus.SUBMITTED,
				AchievementStatus.IN_NOTICE));
	}

	@Transactional(readOnly = true)
	public List<Achievement> versions(CurrentUser user, Achievement a) {
		return achievements.findByLineageOrderByVersionNumberDesc(a.getLineage()).stream()
			.filter(v -> v.getStatus().isPublic() || v.getStatus() == AchievementStatus.SUPERSEDED || mayManage(user, v))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Achievement> openRevision(Achievement a) {
		return achievements.findOpenRevision(a.getLineage());
	}

	@Transactional(readOnly = true)
	public List<Evidence> evidenceOf(CurrentUser user, Achievement a) {
		if (!mayManage(user, a)) {
			return List.of();
		}
		return evidence.findByAchievementIdOrderByUploadedAt(a.getId());
	}

	@Transactional(readOnly = true)
	public List<Objection> objectionsOf(CurrentUser user, Achievement a) {
		List<Objection> all = objections.findByAchievementIdOrderByFiledAt(a.getId());
		if (mayManage(user, a)) {
			return all;
		}
		return user == null ? List.of() : all.stream().filter(o -> o.getFiledBy().equals(user.getUsername())).toList();
	}

	@Transactional(readOnly = true)
	public List<Objection> openObjections(CurrentUser admin) {
		requireAdmin(admin);
		return objections.findByStatusOrderByFiledAt(Objection.Status.OPEN);
	}

	public boolean mayManage(CurrentUser user, Achievement a) {
		return user != null && (user.isAdmin() || a.heldBy(user.organisationId()));
	}

	// ------------------------------------------------------------------ holder actions

	public Achievement create(CurrentUser user, AchievementContent content) {
		OrganisationSummary holder = requireRegistrant(user);
		content.normalised();
		if (content.getCompletingOrganisations().isEmpty()) {
			content.getCompletingOrganisations().add(holder.name());
		}
		if (content.getRegionCode() == null) {
			content.setRegionCode(holder.regionCode());
		}
		failOn(rules.checkDraft(content));
		Achievement a = achievements.save(Achievement.draft(holder.id(), holder.name(), user.getUsername(), content,
				derive(content), clock));
		audit.record("achievement.create", "achievement", a.getId(), a.getTitle());
		return loaded(a);
	}

	public Achievement update(CurrentUser user, long id, AchievementContent content) {
		Achievement a = loadForHolder(user, id);
		content.normalised();
		failOn(rules.checkDraft(content));
		a.edit(content, derive(content), user.getUsername(), clock);
		audit.record("achievement.update", "achievement", id, a.getTitle());
		return loaded(a);
	}

	/** Submission for formal review: the full form and the category's evidence must be complete. */
	public Achievement submit(CurrentUser user, long id) {
		Achievement a = loadForHolder(user, id);
		if (!a.getStatus().canBecome(AchievementStatus.SUBMITTED)) {
			throw DomainException.conflict("achievement.transition.notAllowed", a.getStatus().name(),
					AchievementStatus.SUBMITTED.name());
		}
		List<FieldViolation> violations = new ArrayList<>(rules.checkRegistration(a.content()));
		violations.addAll(rules.checkEvidence(a.getCategory(), a.claimsIp(), evidenceTypes(id)));
		duplicates(a, violations);
		failOn(violations);
		a.submit(user.getUsername(), clock);
		audit.record("achievement.submit", "achievement", id, a.getTitle());
		return loaded(a);
	}

	public Achievement withdraw(CurrentUser user, long id, String reason) {
		Achievement a = loadForHolder(user, id);
		a.withdraw(user.getUsername(), reason, clock);
		audit.record("achievement.withdraw", "achievement", id, reason);
		return loaded(a);
	}

	/** Edits to a published achievement become a revision that is reviewed before it replaces the public version. */
	public Achievement startRevision(CurrentUser user, long id) {
		Achievement published = loadForHolder(user, id);
		if (openRevision(published).isPresent()) {
			throw DomainException.conflict("achievement.revision.alreadyOpen");
		}
		Achievement revision = achievements.save(published.startRevision(user.getUsername(), published.content(),
				derive(published.content()), clock));
		for (Evidence e : evidence.findByAchievementIdOrderByUploadedAt(published.getId())) {
			evidence.save(e.copyFor(revision.getId()));
		}
		audit.record("achievement.revise", "achievement", revision.getId(), "revision of " + id);
		return loaded(revision);
	}

	public Achievement declareConverted(CurrentUser user, long id, String note) {
		Achievement a = loadForHolder(user, id);
		a.markConverted(note, user.getUsername(), clock);
		audit.record("achievement.converted", "achievement", id, note);
		return loaded(a);
	}

	@Override
	public boolean markConverted(long achievementId, String dealReference) {
		Achievement a = achievements.findByIdForUpdate(achievementId)
			.orElseThrow(() -> DomainException.notFound("achievement.notFound", achievementId));
		if (a.getStatus() == AchievementStatus.SUPERSEDED) {
			// a revision was published after the deal began: the live version carries the conversion
			Achievement live = achievements.findByLineageOrderByVersionNumberDesc(a.getLineage()).stream()
				.filter(v -> v.getStatus().isPublic())
				.findFirst()
				.orElse(null);
			if (live == null) {
				return false;
			}
			a = achievements.findByIdForUpdate(live.getId()).orElseThrow();
		}
		if (a.getStatus() != AchievementStatus.PUBLISHED) {
			// already converted, or withdrawn since: nothing to mark
			return false;
		}
		a.markConverted("成交 " + dealReference, "trading", clock);
		audit.record("achievement.converted", "achievement", a.getId(), "deal " + dealReference);
		return true;
	}

	public Evidence addEvidence(CurrentUser user, long id, EvidenceType type, String fileName, long size,
			InputStream content) {
		Achievement a = loadForHolder(user, id);
		if (!a.getStatus().isEditable()) {
			throw DomainException.conflict("achievement.notEditable", a.getStatus().name());
		}
		if (type == null) {
			throw DomainException.invalid(List.of(FieldViolation.of("type", "validation.required")));
		}
		String safeName = FileStore.safeFileName(fileName);
		FileStore.Stored stored = store.store(safeName, size, content);
		Evidence e;
		try {
			e = evidence.saveAndFlush(new Evidence(id, type, safeName, stored.contentType(), stored.size(),
					stored.storageKey(), stored.sha256(), clock.instant(), user.getUsername()));
		}
		catch (RuntimeException failure) {
			store.delete(stored.storageKey());
			throw failure;
		}
		audit.record("achievement.evidence.add", "achievement", id, type + " " + safeName + " sha256=" + stored.sha256());
		return e;
	}

	public void removeEvidence(CurrentUser user, long evidenceId) {
		Evidence e = evidence.findById(evidenceId).orElseThrow(() -> DomainException.notFound("evidence.notFound", evidenceId));
		Achievement a = loadForHolder(user, e.getAchievementId());
		if (!a.getStatus().isEditable()) {
			throw DomainException.conflict("achievement.notEditable", a.getStatus().name());
		}
		evidence.delete(e);
		evidence.flush();
		// revisions share the files of the versions they copy: remove the bytes only when no row refers to them
		if (!evidence.existsByStorageKey(e.getStorageKey())) {
			store.delete(e.getStorageKey());
		}
		audit.record("achievement.evidence.remove", "achievement", a.getId(), e.getFileName());
	}

	/** Evidence files are served only to the holder's members and administrators. */
	@Transactional(readOnly = true)
	public Evidence evidenceFile(CurrentUser user, long evidenceId) {
		Evidence e = evidence.findById(evidenceId).orElseThrow(() -> DomainException.notFound("evidence.notFound", evidenceId));
		Achievement a = load(e.getAchievementId());
		if (!mayManage(user, a)) {
			throw DomainException.notFound("evidence.notFound", evidenceId);
		}
		return e;
	}

	public java.nio.file.Path evidencePath(Evidence e) {
		return store.path(e.getStorageKey());
	}

	// ------------------------------------------------------------------ public notice

	public Objection fileObjection(CurrentUser user, long id, String reasons) {
		if (user == null) {
			throw DomainException.forbidden();
		}
		Achievement a = achievements.findByIdForUpdate(id)
			.orElseThrow(() -> DomainException.notFound("achievement.notFound", id));
		if (a.getStatus() != AchievementStatus.IN_NOTICE || !clock.instant().isBefore(a.getNoticeEndsAt())) {
			throw DomainException.conflict("objection.onlyDuringNotice");
		}
		int minimum = rules.properties().objectionMinLength();
		if (reasons == null || reasons.strip().length() < minimum) {
			throw DomainException.invalid(List.of(FieldViolation.of("reasons", "objection.reasons.tooShort", minimum)));
		}
		Objection o = objections.save(new Objection(id, user.getUsername(), user.organisationId(), reasons.strip(), clock));
		audit.record("achievement.objection", "achievement", id, "objection " + o.getId());
		return o;
	}

	public void resolveObjection(CurrentUser admin, long objectionId, boolean upheld, String resolution) {
		requireAdmin(admin);
		Objection o = objections.findById(objectionId)
			.orElseThrow(() -> DomainException.notFound("objection.notFound", objectionId));
		o.resolve(upheld, resolution, admin.getUsername(), clock);
		if (upheld) {
			Achievement a = load(o.getAchievementId());
			a.objectionUpheld(resolution, admin.getUsername(), clock);
		}
		audit.record(upheld ? "achievement.objection.uphold" : "achievement.objection.dismiss", "achievement",
				o.getAchievementId(), resolution);
	}

	/** Publishes every registration whose notice is over and holds no open objection. Runs every few minutes. */
	@Scheduled(fixedDelayString = "${otm.achievement.notice-check-interval:PT5M}", initialDelayString = "PT30S")
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public int publishDueNotices() {
		List<Long> due = transactions.execute(status -> achievements
			.findByStatusAndNoticeEndsAtLessThanEqual(AchievementStatus.IN_NOTICE, clock.instant()).stream()
			.map(Achievement::getId)
			.toList());
		int published = 0;
		for (Long id : due) {
			// one transaction each: a registration withdrawn at the same moment must not hold back the others
			try {
				Boolean done = transactions.execute(status -> publishIfDue(id));
				if (Boolean.TRUE.equals(done)) {
					published++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Could not publish achievement {} after its notice: {}", id, e.getMessage());
			}
		}
		if (published > 0) {
			log.info("Published {} achievements whose public notice ended", published);
		}
		return published;
	}

	private boolean publishIfDue(long id) {
		Achievement a = achievements.findByIdForUpdate(id).orElse(null);
		// the row lock orders this against an objection being filed on the same registration
		if (a == null || !a.noticeOver(clock) || objections.existsByAchievementIdAndStatus(id, Objection.Status.OPEN)) {
			return false;
		}
		a.publish(false, clock);
		audit.record("achievement.publish", "achievement", a.getId(), a.getRegistrationNumber());
		events.publishEvent(new AchievementPublished(a.getId(), a.getRegistrationNumber(), a.getHolderOrganisationId()));
		return true;
	}

	// ------------------------------------------------------------------ formal review (administrators)

	public Achievement approve(CurrentUser admin, long id) {
		requireAdmin(admin);
		Achievement a = load(id);
		if (a.getStatus() != AchievementStatus.SUBMITTED) {
			throw DomainException.conflict("achievement.transition.notAllowed", a.getStatus().name(),
					AchievementStatus.IN_NOTICE.name());
		}
		List<FieldViolation> violations = new ArrayList<>(rules.checkRegistration(a.content()));
		violations.addAll(rules.checkEvidence(a.getCategory(), a.claimsIp(), evidenceTypes(id)));
		duplicates(a, violations);
		failOn(violations);
		if (a.isRevision()) {
			Achievement previous = load(a.getRevisionOf());
			a.publishRevision(previous, admin.getUsername(), clock);
			achievements.saveAndFlush(previous);
			audit.record("achievement.revision.publish", "achievement", id, a.getRegistrationNumber());
			events.publishEvent(new AchievementPublished(a.getId(), a.getRegistrationNumber(), a.getHolderOrganisationId()));
			return loaded(a);
		}
		int year = LocalDate.ofInstant(clock.instant(), clock.getZone()).getYear();
		a.approve(numbers.next(a.getRegionCode(), year, a.getCategory()), rules.properties().noticeDays(),
				admin.getUsername(), clock);
		audit.record("achievement.approve", "achievement", id, a.getRegistrationNumber());
		return loaded(a);
	}

	public Achievement returnForChanges(CurrentUser admin, long id, String reason) {
		requireAdmin(admin);
		Achievement a = load(id);
		a.returnForChanges(reason, admin.getUsername(), clock);
		audit.record("achievement.return", "achievement", id, reason);
		return loaded(a);
	}

	public Achievement reject(CurrentUser admin, long id, String reason) {
		requireAdmin(admin);
		Achievement a = load(id);
		a.reject(reason, admin.getUsername(), clock);
		audit.record("achievement.reject", "achievement", id, reason);
		return loaded(a);
	}

	// ------------------------------------------------------------------ helpers

	/** Pages and API responses render after the transaction: load the collections while it is open. */
	private static Achievement loaded(Achievement a) {
		a.content();
		org.hibernate.Hibernate.initialize(a.getWorkflow());
		return a;
	}

	public Achievement.DerivedCodes derive(AchievementContent c) {
		return Achievement.DerivedCodes.of(c, codes);
	}

	private void duplicates(Achievement a, List<FieldViolation> violations) {
		if (a.getTitle() != null && achievements.existsDuplicateTitle(a.getLineage(), a.getHolderOrganisationId(), a.getTitle())) {
			violations.add(FieldViolation.of("title", "achievement.duplicate.title"));
		}
		for (IpRight ip : a.getIpRights()) {
			if (ip.getNumber() != null && achievements.existsWithIpNumber(a.getLineage(), ip.getNumber())) {
				violations.add(FieldViolation.of("ipRights", "achievement.duplicate.patent", ip.getNumber()));
			}
		}
	}

	private List<EvidenceType> evidenceTypes(long id) {
		return evidence.findByAchievementIdOrderByUploadedAt(id).stream().map(Evidence::getType).toList();
	}

	private OrganisationSummary requireRegistrant(CurrentUser user) {
		if (user == null || !(user.has(Role.INSTITUTION) || user.has(Role.ENTERPRISE))) {
			throw DomainException.forbidden("achievement.register.roleRequired");
		}
		OrganisationSummary organisation = organisations.find(user.organisationId())
			.orElseThrow(DomainException::forbidden);
		if (!organisation.verified()) {
			throw DomainException.forbidden("achievement.register.organisationNotVerified");
		}
		return organisation;
	}

	/**
	 * The achievement for an action of its holder: the user must belong to the holder organisation, hold a registrant role
	 * (an expert or a broker of the same university may not change its registrations) and the organisation be verified.
	 */
	private Achievement loadForHolder(CurrentUser user, long id) {
		Achievement a = load(id);
		if (user == null || !a.heldBy(user.organisationId())) {
			if (user != null && user.isAdmin()) {
				throw DomainException.forbidden("achievement.holderOnly");
			}
			// another organisation's registration: as if it did not exist, unless it is public
			if (a.getStatus().isPublic() || a.getStatus() == AchievementStatus.IN_NOTICE) {
				throw DomainException.forbidden();
			}
			throw DomainException.notFound("achievement.notFound", id);
		}
		requireRegistrant(user);
		return a;
	}

	/** The holder's view of a registration, for its edit form. */
	@Transactional(readOnly = true)
	public Achievement forHolder(CurrentUser user, long id) {
		return loaded(loadForHolder(user, id));
	}

	private Achievement load(long id) {
		return achievements.findById(id).orElseThrow(() -> DomainException.notFound("achievement.notFound", id));
	}

	private static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw DomainException.forbidden();
		}
	}

	private static void failOn(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
	}

	ZoneId zone() {
		return clock.getZone();
	}

	// ------------------------------------------------------------------ queries for other modules (finance, brokers' leads)

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entityManager;

	@Override
	@Transactional(readOnly = true)
	public Page<org.opentechmarket.achievement.FinanceableAchievement> financeable(
			org.opentechmarket.achievement.FinanceableAchievement.Criteria criteria, Pageable page) {
		return new FinanceableAchievementQuery(entityManager).run(criteria, page);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AchievementSummary> findHeldBy(long id, long holderOrganisationId) {
		return achievements.findById(id).filter(a -> a.heldBy(holderOrganisationId)).map(Achievement::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AchievementSummary> publicHeldBy(long holderOrganisationId, int limit) {
		return entityManager.createQuery("select a from Achievement a where a.holderOrganisationId = :holder "
				+ "and a.status in :statuses order by a.updatedAt desc, a.id desc", Achievement.class)
			.setParameter("holder", holderOrganisationId)
			.setParameter("statuses", AchievementStatus.publicStatuses())
			.setMaxResults(Math.max(1, Math.min(limit, 500)))
			.getResultList()
			.stream()
			.map(Achievement::summary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AchievementSummary> recentPublished(java.util.Collection<String> disciplineRoots,
			java.util.Collection<String> industrySections, java.util.Collection<String> regionCodes, int limit) {
		int wanted = Math.max(1, Math.min(limit, 200));
		boolean anyField = disciplineRoots.isEmpty() && industrySections.isEmpty();
		// the region filter runs on the candidates: GB/T 2260 prefixes (33 = Zhejiang, 3301 = Hangzhou, 330106 = 西湖区)
		List<String> prefixes = regionCodes.stream().filter(java.util.Objects::nonNull).map(AchievementService::regionPrefix)
			.toList();
		List<Achievement> candidates = entityManager.createQuery("select a from Achievement a where a.status = :status "
				+ "and (:anyField = true or a.disciplineRoot in :roots or a.industrySection in :sections) "
				+ "order by a.publishedAt desc, a.id desc", Achievement.class)
			.setParameter("status", AchievementStatus.PUBLISHED)
			.setParameter("anyField", anyField)
			.setParameter("roots", disciplineRoots.isEmpty() ? List.of("-") : disciplineRoots)
			.setParameter("sections", industrySections.isEmpty() ? List.of("-") : industrySections)
			.setMaxResults(prefixes.isEmpty() ? wanted : Math.min(wanted * 10, 2000))
			.getResultList();
		return candidates.stream()
			.filter(a -> prefixes.isEmpty()
					|| (a.getRegionCode() != null && prefixes.stream().anyMatch(p -> a.getRegionCode().startsWith(p))))
			.limit(wanted)
			.map(Achievement::summary)
			.toList();
	}

	private static String regionPrefix(String code) {
		String c = code.strip();
		while (c.length() > 2 && c.endsWith("00")) {
			c = c.substring(0, c.length() - 2);
		}
		return c;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<org.opentechmarket.achievement.AchievementProfile> publishedProfile(long id) {
		return achievements.findById(id).filter(a -> a.getStatus() == AchievementStatus.PUBLISHED).map(Achievement::profile);
	}

	@Override
	@Transactional(readOnly = true)
	public List<org.opentechmarket.achievement.AchievementProfile> publishedProfiles(long afterId, int limit) {
		return entityManager.createQuery("select a from Achievement a where a.status = :status and a.id > :after "
				+ "order by a.id", Achievement.class)
			.setParameter("status", AchievementStatus.PUBLISHED)
			.setParameter("after", afterId)
			.setMaxResults(Math.max(1, Math.min(limit, 1000)))
			.getResultList()
			.stream()
			.map(Achievement::profile)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> externalId(long id) {
		return achievements.findById(id).map(Achievement::getExternalId);
	}
}
