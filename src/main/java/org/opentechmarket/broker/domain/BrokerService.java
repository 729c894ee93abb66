package org.opentechmarket.broker.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.achievement.AchievementStatus;
import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.broker.AttachedBroker;
import org.opentechmarket.broker.AttachmentSubject;
import org.opentechmarket.broker.Brokers;
import org.opentechmarket.broker.PointSource;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Broker profiles, attachments with consent and the points ledger's entry points. Every method takes the acting user and
 * checks on the server that this user may do this: brokers act on their own profile, holders' members consent for their own
 * organisation's subjects (404 for anyone else), administrators verify and correct.
 */
@Service
@Transactional
public class BrokerService implements Brokers {

	static final int BIO_MAX = 1000;
	static final int LANGUAGES_MAX = 10;

	private final BrokerProfiles profiles;
	private final StatusChanges history;
	private final Attachments attachments;
	private final PointEntries entries;
	private final PointLedger ledger;
	private final Achievements achievementRegistry;
	private final UserAccounts users;
	private final Organisations organisations;
	private final CodeTables codes;
	private final Inbox inbox;
	private final AuditLog audit;
	private final Clock clock;

	public BrokerService(BrokerProfiles profiles, StatusChanges history, Attachments attachments, PointEntries entries,
			PointLedger ledger, Achievements achievementRegistry, UserAccounts users, Organisations organisations,
			CodeTables codes, Inbox inbox, AuditLog audit, Clock clock) {
		this.profiles = profiles;
		this.history = history;
		this.attachments = attachments;
		this.entries = entries;
		this.ledger = ledger;
		this.achievementRegistry = achievementRegistry;
		this.users = users;
		this.organisations = organisations;
		this.codes = codes;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ profiles

	@Transactional(readOnly = true)
	public Optional<BrokerProfile> profileOf(long userId) {
		return profiles.findById(userId).map(BrokerService::loaded);
	}

	/** The signed-in broker's own profile, if they made one. */
	@Transactional(readOnly = true)
	public Optional<BrokerProfile> myProfile(CurrentUser broker) {
		requireBroker(broker);
		return profileOf(broker.id());
	}

	public BrokerProfile saveProfile(CurrentUser broker, ProfileContent content) {
		requireBroker(broker);
		failOn(check(content));
		Optional<BrokerProfile> existing = profiles.findById(broker.id());
		BrokerProfile profile;
		if (existing.isPresent()) {
			profile = existing.get();
			profile.edit(content, clock);
			audit.record("broker.profile.update", "broker", broker.id(), content.grade().name());
		}
		else {
			profile = profiles.save(new BrokerProfile(broker.id(), broker.organisationId(), content, clock));
			history.save(new StatusChange(broker.id(), null, BrokerStatus.ACTIVE, null, broker.getUsername(), clock));
			audit.record("broker.profile.create", "broker", broker.id(), content.grade().name());
		}
		return loaded(profile);
	}

	List<FieldViolation> check(ProfileContent c) {
		List<FieldViolation> v = new ArrayList<>();
		if (c.grade() == null) {
			v.add(FieldViolation.of("grade", "validation.required"));
		}
		else if (c.grade().requiresCertificate() && c.certificateNumber() == null) {
			v.add(FieldViolation.of("certificateNumber", "broker.certificate.required"));
		}
		if (c.certificateNumber() != null && c.certificateNumber().length() > 60) {
			v.add(FieldViolation.of("certificateNumber", "validation.size.max", 60));
		}
		if (c.bio() != null && c.bio().length() > BIO_MAX) {
			v.add(FieldViolation.of("bio", "validation.size.max", BIO_MAX));
		}
		if (c.disciplines().isEmpty() && c.industries().isEmpty()) {
			v.add(FieldViolation.of("disciplines", "broker.fields.required"));
		}
		for (String d : c.disciplines()) {
			if (!codes.disciplines().contains(d)) {
				v.add(FieldViolation.of("disciplines", "code.discipline.unknown", d));
			}
		}
		for (String i : c.industries()) {
			if (!codes.industries().contains(i)) {
				v.add(FieldViolation.of("industries", "code.industry.unknown", i));
			}
		}
		if (c.regions().isEmpty()) {
			v.add(FieldViolation.of("regions", "broker.regions.required"));
		}
		for (String r : c.regions()) {
			if (!codes.regions().contains(r)) {
				v.add(FieldViolation.of("regions", "code.region.unknown"));
			}
		}
		if (c.languages().size() > LANGUAGES_MAX) {
			v.add(FieldViolation.of("languages", "broker.languages.tooMany", LANGUAGES_MAX));
		}
		if (c.languages().stream().anyMatch(l -> l.length() > 40)) {
			v.add(FieldViolation.of("languages", "validation.size.max", 40));
		}
		return v;
	}

	public void verifyGrade(CurrentUser admin, long userId) {
		requireAdmin(admin);
		BrokerProfile p = load(userId);
		p.verifyGrade(admin.getUsername(), clock);
		audit.record("broker.grade.verify", "broker", userId, p.getGrade() + " " + p.getCertificateNumber());
	}

	/** An administrator reinstates, suspends or withdraws a broker; the reason is kept in the history. */
	public void changeStatus(CurrentUser admin, long userId, BrokerStatus next, String reason) {
		requireAdmin(admin);
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reason", "validation.required")));
		}
		transition(userId, next, reason.strip(), admin.getUsername());
	}

	/** The broker leaves the register (final). */
	public void withdraw(CurrentUser broker, String reason) {
		requireBroker(broker);
		transition(broker.id(), BrokerStatus.WITHDRAWN, reason == null || reason.isBlank() ? null : reason.strip(),
				broker.getUsername());
	}

	/** The one place a profile changes status: the lifecycle check, the history row and the audit entry. */
	void transition(long userId, BrokerStatus next, String reason, String by) {
		BrokerProfile p = profiles.findByIdForUpdate(userId)
			.orElseThrow(() -> DomainException.notFound("broker.notFound", userId));
		BrokerStatus previous = p.changeStatus(next, clock);
		history.save(new StatusChange(userId, previous, next, reason, by, clock));
		audit.record("broker.status", "broker", userId, previous + " → " + next + (reason == null ? "" : ": " + reason));
	}

	@Transactional(readOnly = true)
	public List<StatusChange> historyOf(long userId) {
		return history.findByUserIdOrderByChangedAtAscIdAsc(userId);
	}

	@Transactional(readOnly = true)
	public List<BrokerProfile> allProfiles(CurrentUser admin) {
		requireAdmin(admin);
		return profiles.findAllByOrderByUserIdAsc().stream().map(BrokerService::loaded).toList();
	}

	// ------------------------------------------------------------------ public directory

	/** Active brokers for the public directory and API. */
	@Transactional(readOnly = true)
	public List<BrokerView> directory(Locale locale) {
		int year = LocalDate.now(clock).getYear();
		Map<Long, BigDecimal> thisYear = sums(entries.totalsForYear(year));
		Map<Long, BigDecimal> total = sums(entries.totals());
		return profiles.findByStatusInOrderByUserIdAsc(EnumSet.of(BrokerStatus.ACTIVE)).stream()
			.map(p -> view(p, locale, thisYear.getOrDefault(p.getUserId(), BigDecimal.ZERO),
					total.getOrDefault(p.getUserId(), BigDecimal.ZERO)))
			.flatMap(Optional::stream)
			.toList();
	}

	/** One broker's public view; suspended brokers stay visible with their status, withdrawn ones are gone. */
	@Transactional(readOnly = true)
	public BrokerView publicView(long userId, Locale locale) {
		BrokerProfile p = profiles.findById(userId)
			.filter(x -> x.getStatus() != BrokerStatus.WITHDRAWN)
			.orElseThrow(() -> DomainException.notFound("broker.notFound", userId));
		return view(p, locale, entries.totalForYear(userId, LocalDate.now(clock).getYear()), entries.total(userId))
			.orElseThrow(() -> DomainException.notFound("broker.notFound", userId));
	}

	private Optional<BrokerView> view(BrokerProfile p, Locale locale, BigDecimal year, BigDecimal total) {
		Optional<CurrentUser> user = users.findUser(p.getUserId());
		if (user.isEmpty()) {
			return Optional.empty();
		}
		String organisation = organisations.find(p.getOrganisationId()).map(OrganisationSummary::name).orElse("");
		return Optional.of(new BrokerView(p.getUserId(), user.get().displayName(), organisation, p.getGrade(),
				p.isGradeVerified(), p.getStatus(),
				p.getDisciplines().stream().map(c -> codes.disciplines().label(c, locale)).toList(),
				p.getIndustries().stream().map(c -> codes.industries().label(c, locale)).toList(),
				p.getRegions().stream().map(c -> codes.regions().label(c, locale)).toList(),
				List.copyOf(p.getLanguages()), p.getBio(), year, total));
	}

	private static Map<Long, BigDecimal> sums(List<Object[]> rows) {
		Map<Long, BigDecimal> map = new HashMap<>();
		for (Object[] row : rows) {
			map.put(((Number) row[0]).longValue(), (BigDecimal) row[1]);
		}
		return map;
	}

	public String displayName(long userId) {
		return users.findUser(userId).map(CurrentUser::displayName).orElse("#" + userId);
	}

	// ------------------------------------------------------------------ attachments

	@Override
	public long attach(CurrentUser actor, long brokerUserId, AttachmentSubject subjectType, long subjectId,
			long holderOrganisationId) {
		if (actor == null) {
			throw DomainException.forbidden();
		}
		if (actor.id() == brokerUserId) {
			return offer(actor, subjectType, subjectId, holderOrganisationId);
		}
		return invite(actor, brokerUserId, subjectType, subjectId, holderOrganisationId);
	}

	@Override
	public long acceptRequest(CurrentUser broker, AttachmentSubject type, long subjectId, long holderOrganisationId,
			String requestedBy) {
		requireBroker(broker);
		BrokerProfile profile = profiles.findById(broker.id())
			.orElseThrow(() -> DomainException.conflict("broker.profile.required"));
		requireTakesWork(profile);
		Attachment attachment = create(broker.id(), type, subjectId, holderOrganisationId, Attachment.Initiator.HOLDER,
				requestedBy);
		attachment.decide(true, broker.getUsername(), clock);
		audit.record("broker.attachment.accept", "broker-attachment", attachment.getId(),
				type + " " + subjectId + " (requested by the holder)");
		return attachment.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<org.opentechmarket.broker.BrokerFields> fieldsOf(long brokerUserId) {
		return profiles.findById(brokerUserId)
			.map(p -> new org.opentechmarket.broker.BrokerFields(p.getUserId(), Set.copyOf(p.getDisciplines()),
					Set.copyOf(p.getIndustries()), Set.copyOf(p.getRegions()), p.getStatus().takesNewWork()));
	}

	/** A broker offers to work on a published achievement; a member of the holder accepts or declines. */
	public long offer(CurrentUser broker, long achievementId) {
		requireBroker(broker);
		AchievementSummary a = achievementRegistry.find(achievementId)
			.orElseThrow(() -> DomainException.notFound("achievement.notFound", achievementId));
		return offer(broker, AttachmentSubject.ACHIEVEMENT, achievementId, a.holderOrganisationId());
	}

	private long offer(CurrentUser broker, AttachmentSubject type, long subjectId, long holderOrganisationId) {
		requireBroker(broker);
		BrokerProfile profile = profiles.findById(broker.id())
			.orElseThrow(() -> DomainException.conflict("broker.profile.required"));
		requireTakesWork(profile);
		String subjectTitle = String.valueOf(subjectId);
		if (type == AttachmentSubject.ACHIEVEMENT) {
			// brokers offer on published achievements only; the holder is the achievement's
			AchievementSummary a = achievementRegistry.find(subjectId)
				.orElseThrow(() -> DomainException.notFound("achievement.notFound", subjectId));
			if (a.holderOrganisationId() != holderOrganisationId) {
				throw DomainException.notFound("achievement.notFound", subjectId);
			}
			subjectTitle = a.title();
		}
		Attachment attachment = create(broker.id(), type, subjectId, holderOrganisationId, Attachment.Initiator.BROKER,
				broker.getUsername());
		for (CurrentUser member : users.members(holderOrganisationId)) {
			if (mayConsentForHolder(member, type)) {
				inbox.deliver(member.id(), "broker.inbox.offer", List.of(broker.displayName(), subjectTitle), "/my/brokers");
			}
		}
		return attachment.getId();
	}

	/** A member of the holder invites a broker to work on the holder's achievement (any status but closed ones). */
	public long invite(CurrentUser holder, long brokerUserId, AttachmentSubject type, long subjectId, long holderOrganisationId) {
		if (holder == null || !mayConsentForHolder(holder, type) || holder.organisationId() != holderOrganisationId) {
			throw DomainException.notFound(notFoundCode(type), subjectId);
		}
		String subjectTitle = String.valueOf(subjectId);
		if (type == AttachmentSubject.ACHIEVEMENT) {
			AchievementSummary a = achievementRegistry.findHeldBy(subjectId, holder.organisationId())
				.filter(x -> !EnumSet.of(AchievementStatus.WITHDRAWN, AchievementStatus.REJECTED,
						AchievementStatus.SUPERSEDED).contains(x.status()))
				.orElseThrow(() -> DomainException.notFound("achievement.notFound", subjectId));
			subjectTitle = a.title();
		}
		BrokerProfile profile = profiles.findById(brokerUserId)
			.orElseThrow(() -> DomainException.notFound("broker.notFound", brokerUserId));
		requireTakesWork(profile);
		Attachment attachment = create(brokerUserId, type, subjectId, holderOrganisationId, Attachment.Initiator.HOLDER,
				holder.getUsername());
		inbox.deliver(brokerUserId, "broker.inbox.invitation", List.of(holder.organisationName(), subjectTitle), "/broker");
		return attachment.getId();
	}

	private Attachment create(long brokerUserId, AttachmentSubject type, long subjectId, long holderOrganisationId,
			Attachment.Initiator initiator, String by) {
		if (attachments.findFirstByBrokerUserIdAndSubjectTypeAndSubjectIdAndStatusIn(brokerUserId, type, subjectId,
				EnumSet.of(Attachment.Status.PENDING, Attachment.Status.ACCEPTED)).isPresent()) {
			throw DomainException.conflict("broker.attachment.exists");
		}
		Attachment a = attachments.save(new Attachment(brokerUserId, type, subjectId, holderOrganisationId, initiator, by,
				clock));
		audit.record("broker.attachment.request", "broker-attachment", a.getId(),
				initiator + " " + type + " " + subjectId + " broker " + brokerUserId);
		return a;
	}

	/**
	 * The consenting side accepts or declines. Only members of the holder (with the holder role) decide a broker's offer, only
	 * the broker decides an invitation: anyone else gets 404. Accepting an attachment to an achievement already published
	 * awards its LISTING_PUBLISHED points now (the publication event has passed).
	 */
	public Attachment decide(CurrentUser actor, long attachmentId, boolean accept) {
		Attachment a = attachments.findById(attachmentId)
			.orElseThrow(() -> DomainException.notFound("broker.attachment.notFound", attachmentId));
		if (!mayDecide(actor, a)) {
			throw DomainException.notFound("broker.attachment.notFound", attachmentId);
		}
		if (accept) {
			requireTakesWork(load(a.getBrokerUserId()));
		}
		a.decide(accept, actor.getUsername(), clock);
		audit.record(accept ? "broker.attachment.accept" : "broker.attachment.decline", "broker-attachment", a.getId(),
				a.getSubjectType() + " " + a.getSubjectId());
		if (a.consentingSide() == Attachment.Initiator.HOLDER) {
			inbox.deliver(a.getBrokerUserId(), accept ? "broker.inbox.offerAccepted" : "broker.inbox.offerDeclined",
					List.of(actor.organisationName(), String.valueOf(a.getSubjectId())), "/broker");
		}
		if (accept && a.getSubjectType() == AttachmentSubject.ACHIEVEMENT
				&& achievementRegistry.find(a.getSubjectId()).isPresent()) {
			ledger.award(a.getBrokerUserId(), PointSource.LISTING_PUBLISHED, listingReference(a.getSubjectId()), null,
					actor.getUsername());
		}
		return a;
	}

	/**
	 * Either side ends an attachment in force: the broker, or a member of the holder who may consent for it. Points already
	 * earned stay (they came from events that happened); anyone else gets 404.
	 */
	public Attachment end(CurrentUser actor, long attachmentId) {
		Attachment a = attachments.findById(attachmentId)
			.orElseThrow(() -> DomainException.notFound("broker.attachment.notFound", attachmentId));
		boolean broker = actor != null && actor.id() == a.getBrokerUserId();
		boolean holder = actor != null && actor.organisationId() == a.getHolderOrganisationId()
				&& mayConsentForHolder(actor, a.getSubjectType());
		if (!broker && !holder) {
			throw DomainException.notFound("broker.attachment.notFound", attachmentId);
		}
		a.end(actor.getUsername(), clock);
		audit.record("broker.attachment.end", "broker-attachment", a.getId(), a.getSubjectType() + " " + a.getSubjectId());
		return a;
	}

	/** The ledger reference of an achievement's publication. */
	public static String listingReference(long achievementId) {
		return "achievement:" + achievementId;
	}

	private boolean mayDecide(CurrentUser actor, Attachment a) {
		if (actor == null) {
			return false;
		}
		if (a.consentingSide() == Attachment.Initiator.BROKER) {
			return actor.id() == a.getBrokerUserId();
		}
		return actor.organisationId() == a.getHolderOrganisationId() && mayConsentForHolder(actor, a.getSubjectType());
	}

	/** Who speaks for the holder side: the registrant role of the subject's kind. */
	private static boolean mayConsentForHolder(CurrentUser user, AttachmentSubject type) {
		return switch (type) {
			case ACHIEVEMENT -> user.has(Role.INSTITUTION);
			case NEED -> user.has(Role.ENTERPRISE);
			case DEAL -> user.has(Role.INSTITUTION) || user.has(Role.ENTERPRISE);
		};
	}

	private static String notFoundCode(AttachmentSubject type) {
		return type == AttachmentSubject.ACHIEVEMENT ? "achievement.notFound" : "broker.subject.notFound";
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachmentsOfBroker(CurrentUser broker) {
		requireBroker(broker);
		return attachments.findByBrokerUserIdOrderByRequestedAtDesc(broker.id());
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachmentsOfHolder(CurrentUser holder) {
		if (holder == null || !(holder.has(Role.INSTITUTION) || holder.has(Role.ENTERPRISE))) {
			throw DomainException.forbidden();
		}
		return attachments.findByHolderOrganisationIdOrderByRequestedAtDesc(holder.organisationId()).stream()
			.filter(a -> mayConsentForHolder(holder, a.getSubjectType()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttachedBroker> brokersOf(AttachmentSubject subjectType, long subjectId) {
		return attachments.findBySubjectTypeAndSubjectIdAndStatus(subjectType, subjectId, Attachment.Status.ACCEPTED).stream()
			.map(a -> new AttachedBroker(a.getId(), a.getBrokerUserId(), displayName(a.getBrokerUserId()),
					profiles.findById(a.getBrokerUserId())
						.flatMap(p -> organisations.find(p.getOrganisationId()))
						.map(OrganisationSummary::name)
						.orElse(""),
					a.getSubjectType(), a.getSubjectId(), a.getDecidedAt()))
			.toList();
	}

	/** Accepted attachments to this achievement, for the publication event. */
	@Transactional(readOnly = true)
	public List<Attachment> acceptedOn(AttachmentSubject type, long subjectId) {
		return attachments.findBySubjectTypeAndSubjectIdAndStatus(type, subjectId, Attachment.Status.ACCEPTED);
	}

	/**
	 * Leads (线索): recently published achievements in the broker's fields and regions that no broker works on yet.
	 */
	@Transactional(readOnly = true)
	public List<AchievementSummary> leads(CurrentUser broker, int limit) {
		requireBroker(broker);
		BrokerProfile p = profiles.findById(broker.id()).orElse(null);
		if (p == null) {
			return List.of();
		}
		Set<String> roots = new HashSet<>();
		p.getDisciplines().forEach(d -> roots.add(codes.disciplines().root(d)));
		Set<String> sections = new HashSet<>();
		p.getIndustries().forEach(i -> sections.add(codes.industries().root(i)));
		roots.remove(null);
		sections.remove(null);
		if (roots.isEmpty() && sections.isEmpty()) {
			return List.of();
		}
		List<AchievementSummary> candidates = achievementRegistry.recentPublished(roots, sections, p.getRegions(),
				Math.min(limit * 4, 200));
		if (candidates.isEmpty()) {
			return List.of();
		}
		Set<Long> attached = new HashSet<>(attachments.attachedAmong(AttachmentSubject.ACHIEVEMENT,
				candidates.stream().map(AchievementSummary::id).toList()));
		return candidates.stream().filter(a -> !attached.contains(a.id())).limit(limit).toList();
	}

	/** A published achievement a broker works on, for the public profile. */
	public record Work(long achievementId, String title, String holder) {
	}

	@Transactional(readOnly = true)
	public List<Work> worksOf(long brokerUserId) {
		return attachments.findByBrokerUserIdOrderByRequestedAtDesc(brokerUserId).stream()
			.filter(a -> a.getStatus() == Attachment.Status.ACCEPTED && a.getSubjectType() == AttachmentSubject.ACHIEVEMENT)
			.map(a -> achievementRegistry.find(a.getSubjectId()))
			.flatMap(Optional::stream)
			.map(s -> new Work(s.id(), s.title(), s.holder()))
			.toList();
	}

	public Optional<AchievementSummary> achievement(long id) {
		return achievementRegistry.find(id);
	}

	// ------------------------------------------------------------------ points

	@Override
	public boolean award(long brokerUserId, PointSource source, String sourceReference, BigDecimal amount) {
		load(brokerUserId);
		return ledger.award(brokerUserId, source, sourceReference, amount, "system");
	}

	@Transactional(readOnly = true)
	public List<PointEntry> ledgerOf(CurrentUser viewer, long brokerUserId) {
		if (viewer == null || !(viewer.isAdmin() || viewer.id() == brokerUserId)) {
			throw DomainException.notFound("broker.notFound", brokerUserId);
		}
		load(brokerUserId);
		return entries.findByBrokerUserIdOrderByRecordedAtAscIdAsc(brokerUserId);
	}

	@Transactional(readOnly = true)
	public BigDecimal totalPoints(long brokerUserId) {
		return entries.total(brokerUserId);
	}

	@Transactional(readOnly = true)
	public BigDecimal pointsInYear(long brokerUserId, int year) {
		return entries.totalForYear(brokerUserId, year);
	}

	public long correct(CurrentUser admin, long entryId, BigDecimal points, String reason) {
		requireAdmin(admin);
		return ledger.correct(entryId, points, reason, admin.getUsername());
	}

	// ------------------------------------------------------------------ helpers

	BrokerProfile load(long userId) {
		return profiles.findById(userId).orElseThrow(() -> DomainException.notFound("broker.notFound", userId));
	}

	private static void requireTakesWork(BrokerProfile p) {
		if (!p.getStatus().takesNewWork()) {
			throw DomainException.conflict("broker.notActive", p.getStatus().name());
		}
	}

	static void requireBroker(CurrentUser user) {
		if (user == null || !user.has(Role.BROKER)) {
			throw DomainException.forbidden("broker.roleRequired");
		}
	}

	static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw DomainException.forbidden();
		}
	}

	static void failOn(Collection<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw DomainException.invalid(List.copyOf(violations));
		}
	}

	private static BrokerProfile loaded(BrokerProfile p) {
		p.getDisciplines().size();
		p.getIndustries().size();
		p.getRegions().size();
		p.getLanguages().size();
		return p;
	}
}
