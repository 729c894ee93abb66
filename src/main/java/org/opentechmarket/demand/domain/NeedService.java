package org.opentechmarket.demand.domain;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opentechmarket.broker.AttachmentSubject;
import org.opentechmarket.broker.Brokers;
import org.opentechmarket.demand.NeedClosed;
import org.opentechmarket.demand.NeedOpened;
import org.opentechmarket.demand.NeedStatus;
import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.FileStore;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The needs use cases. Every method takes the acting user and checks on the server that this user may do this to this need:
 * the owner enterprise's members (and whoever posted the need on its behalf) manage it, administrators review it, and users
 * of other organisations see it only while it is public; everything else answers "not found".
 */
@Service
@Transactional
public class NeedService implements Needs {

	private static final Logger log = LoggerFactory.getLogger(NeedService.class);

	private final NeedRepository needs;
	private final TalkRequestRepository talks;
	private final NeedAttachmentRepository attachments;
	private final NeedRules rules;
	private final Organisations organisations;
	private final UserAccounts users;
	private final CodeTables codes;
	private final FileStore store;
	private final Inbox inbox;
	private final AuditLog audit;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final Brokers brokers;
	private final ApplicationEventPublisher events;
	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entityManager;

	public NeedService(NeedRepository needs, TalkRequestRepository talks, NeedAttachmentRepository attachments,
			NeedRules rules, Organisations organisations, UserAccounts users, CodeTables codes, FileStore store, Inbox inbox,
			AuditLog audit, Clock clock, PlatformTransactionManager transactionManager, Brokers brokers, ApplicationEventPublisher events) {
		this.brokers = brokers;
		this.events = events;
		this.needs = needs;
		this.talks = talks;
		this.attachments = attachments;
		this.rules = rules;
		this.organisations = organisations;
		this.users = users;
		this.codes = codes;
		this.store = store;
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	// ------------------------------------------------------------------ reading

	@Override
	@Transactional(readOnly = true)
	public Optional<NeedSummary> find(long id) {
		return needs.findById(id).map(Need::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<NeedSummary> findAll(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return needs.findByIdInOrderByIdAsc(ids).stream().map(Need::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<NeedSummary> open(long afterId, int limit) {
		return needs.findByStatusInAndIdGreaterThanOrderByIdAsc(NeedStatus.publicStatuses(), afterId,
				org.springframework.data.domain.Limit.of(Math.max(1, Math.min(limit, 1000)))).stream().map(Need::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean managedBy(CurrentUser user, long needId) {
		return user != null && needs.findById(needId).map(n -> mayManage(user, n)).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> organisationsInTalks(long needId) {
		Set<Long> organisations = new LinkedHashSet<>();
		for (TalkRequest t : talks.findByNeedIdOrderByCreatedAtAsc(needId)) {
			if (t.getStatus() == TalkRequest.Status.PENDING || t.getStatus() == TalkRequest.Status.ACCEPTED) {
				organisations.add(t.getRequesterOrganisationId());
			}
		}
		return organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> externalId(long needId) {
		return needs.findById(needId).map(Need::getExternalId);
	}

	/** The need if this user may see it; "not found" otherwise (anonymous users: {@code user} null). */
	@Transactional(readOnly = true)
	public Need view(CurrentUser user, long id) {
		Need need = needs.findById(id).orElseThrow(() -> notFound(id));
		if (!mayView(user, need)) {
			throw notFound(id);
		}
		return need;
	}

	public boolean mayView(CurrentUser user, Need need) {
		if (need.getStatus().isPublic() || mayManage(user, need)) {
			return true;
		}
		return user != null && need.getStatus() != NeedStatus.DRAFT
				&& !talks.findByNeedIdAndRequesterOrganisationId(need.getId(), user.organisationId()).isEmpty();
	}

	/**
	 * Members of the owner enterprise with the enterprise role, whoever posted the need on its behalf, and administrators.
	 */
	public boolean mayManage(CurrentUser user, Need need) {
		if (user == null) {
			return false;
		}
		return user.isAdmin() || user.getUsername().equals(need.getPostedBy())
				|| (user.belongsTo(need.getOwnerOrganisationId()) && user.has(Role.ENTERPRISE));
	}

	/** Needs this user manages: their enterprise's, and those they posted on an enterprise's behalf. */
	@Transactional(readOnly = true)
	public List<Need> mine(CurrentUser user) {
		Map<Long, Need> result = new LinkedHashMap<>();
		if (user.has(Role.ENTERPRISE)) {
			needs.findByOwnerOrganisationIdOrderByUpdatedAtDesc(user.organisationId()).forEach(n -> result.put(n.getId(), n));
		}
		needs.findByPostedByOrderByUpdatedAtDesc(user.getUsername()).forEach(n -> result.putIfAbsent(n.getId(), n));
		return new ArrayList<>(result.values());
	}

	@Transactional(readOnly = true)
	public List<Need> reviewQueue(CurrentUser admin) {
		requireAdmin(admin);
		return needs.findByStatusOrderBySubmittedAtAsc(NeedStatus.SUBMITTED);
	}

	/** The need's own contact: for those who manage it, and for counterparts whose request to talk was accepted. */
	@Transactional(readOnly = true)
	public Optional<Contact> contactFor(CurrentUser user, Need need) {
		if (user == null) {
			return Optional.empty();
		}
		boolean agreed = mayManage(user, need) || talks.findByNeedIdAndRequesterOrganisationId(need.getId(),
				user.organisationId()).stream().anyMatch(t -> t.getStatus() == TalkRequest.Status.ACCEPTED);
		return agreed ? Optional.of(new Contact(need.contactName(), need.contactPhone(), need.contactEmail()))
				: Optional.empty();
	}

	/** A requester's contact: for the need's managers once they accepted, and for the requester's own organisation. */
	@Transactional(readOnly = true)
	public Optional<Contact> requesterContact(CurrentUser user, TalkRequest talk) {
		Need need = needs.findById(talk.getNeedId()).orElseThrow(() -> notFound(talk.getNeedId()));
		if (user != null && user.belongsTo(talk.getRequesterOrganisationId())) {
			return Optional.of(talk.contact());
		}
		if (talk.getStatus() == TalkRequest.Status.ACCEPTED && mayManage(user, need)) {
			return Optional.of(talk.contact());
		}
		return Optional.empty();
	}

	/** Requests to talk the user may see: all of them for those who manage the need, their own organisation's otherwise. */
	@Transactional(readOnly = true)
	public List<TalkRequest> talksOf(CurrentUser user, Need need) {
		if (user == null) {
			return List.of();
		}
		if (mayManage(user, need)) {
			return talks.findByNeedIdOrderByCreatedAtAsc(need.getId());
		}
		return talks.findByNeedIdAndRequesterOrganisationId(need.getId(), user.organisationId());
	}

	/** Whether this user may ask to talk about the need now (the page shows the form only then). */
	public boolean mayRequestTalks(CurrentUser user, Need need) {
		return user != null && user.organisationVerified() && !user.belongsTo(need.getOwnerOrganisationId())
				&& !user.getUsername().equals(need.getPostedBy()) && need.getStatus().isPublic()
				&& !talks.existsByNeedIdAndRequesterOrganisationIdAndStatusIn(need.getId(), user.organisationId(),
						EnumSet.of(TalkRequest.Status.PENDING, TalkRequest.Status.ACCEPTED));
	}

	@Transactional(readOnly = true)
	public List<NeedAttachment> attachmentsOf(CurrentUser user, Need need) {
		return mayView(user, need) ? attachments.findByNeedIdOrderByIdAsc(need.getId()) : List.of();
	}

	/** An attachment the user may download: those of needs the user may see. */
	@Transactional(readOnly = true)
	public NeedAttachment attachment(CurrentUser user, long attachmentId) {
		NeedAttachment a = attachments.findById(attachmentId)
			.orElseThrow(() -> DomainException.notFound("need.attachment.notFound", attachmentId));
		view(user, a.getNeedId());
		return a;
	}

	// ------------------------------------------------------------------ posting

	/**
	 * A new draft. An enterprise member posts for their own verified enterprise; an administrator or a broker posts on behalf
	 * of the verified enterprise {@code onBehalfOf} (recorded as such: the enterprise's members see and manage it too).
	 */
	public Need create(CurrentUser user, NeedContent content, Long onBehalfOf) {
		OrganisationSummary owner;
		Need.OnBehalf behalf;
		if (onBehalfOf != null && (user.isAdmin() || user.has(Role.BROKER))) {
			if (!user.organisationVerified() && !user.isAdmin()) {
				throw DomainException.forbidden("need.post.unverified");
			}
			owner = organisations.find(onBehalfOf).filter(o -> o.type() == OrganisationType.ENTERPRISE && o.verified())
				.orElseThrow(() -> DomainException.invalid(List.of(FieldViolation.of("onBehalfOf", "need.onBehalf.unknown"))));
			behalf = user.isAdmin() ? Need.OnBehalf.ADMIN : Need.OnBehalf.BROKER;
		}
		else {
			if (!user.has(Role.ENTERPRISE)) {
				throw DomainException.forbidden("need.post.enterpriseOnly");
			}
			owner = organisations.find(user.organisationId()).orElseThrow(DomainException::forbidden);
			if (!owner.verified()) {
				throw DomainException.forbidden("need.post.unverified");
			}
			if (owner.type() != OrganisationType.ENTERPRISE) {
				throw DomainException.forbidden("need.post.enterpriseOnly");
			}
			behalf = null;
		}
		invalidUnless(rules.checkDraft(content));
		Need need = new Need(owner.id(), owner.name(), user.getUsername(), behalf, clock);
		need.apply(content, section(content.industryCode()), province(content.regionCode()), clock);
		needs.save(need);
		audit.record("need.create", "need", need.getId(),
				behalf == null ? need.getTitle() : "on behalf (" + behalf + ") of " + owner.name() + ": " + need.getTitle());
		if (behalf == Need.OnBehalf.BROKER) {
			// the broker works on the need from now on, once the enterprise consents (broker module: a pending attachment
			// the enterprise accepts or declines); a broker without a profile, or suspended, cannot post on behalf
			brokers.attach(user, user.id(), AttachmentSubject.NEED, need.getId(), owner.id());
		}
		if (behalf != null) {
			notifyOwners(need, "need.inbox.postedOnBehalf", List.of(need.getTitle(), user.displayName()), user);
		}
		return need;
	}

	public Need edit(CurrentUser user, long id, NeedContent content) {
		Need need = managed(user, id);
		invalidUnless(rules.checkDraft(content));
		need.edit(content, section(content.industryCode()), province(content.regionCode()), clock);
		audit.record("need.edit", "need", id, need.getTitle());
		return need;
	}

	public Need submit(CurrentUser user, long id) {
		Need need = managed(user, id);
		invalidUnless(rules.checkSubmission(content(need)));
		need.submit(clock);
		audit.record("need.submit", "need", id, null);
		return need;
	}

	public Need withdraw(CurrentUser user, long id) {
		Need need = managed(user, id);
		boolean wasPublic = need.getStatus().isPublic();
		need.withdraw(clock);
		audit.record("need.withdraw", "need", id, null);
		if (wasPublic) {
			events.publishEvent(new NeedClosed(id, need.getStatus()));
		}
		return need;
	}

	public Need solve(CurrentUser user, long id) {
		Need need = managed(user, id);
		need.solve(clock);
		audit.record("need.solve", "need", id, null);
		events.publishEvent(new NeedClosed(id, need.getStatus()));
		return need;
	}

	public NeedAttachment addAttachment(CurrentUser user, long id, String fileName, long size, InputStream content) {
		Need need = managed(user, id);
		if (need.getStatus().isFinal()) {
			throw DomainException.conflict("need.notEditable", need.getStatus().name());
		}
		FileStore.Stored stored = store.store(fileName, size, content);
		NeedAttachment a = attachments.save(new NeedAttachment(id, FileStore.safeFileName(fileName), stored,
				user.getUsername(), clock));
		audit.record("need.attachment.add", "need", id, a.getFileName() + " " + stored.sha256());
		return a;
	}

	public void removeAttachment(CurrentUser user, long attachmentId) {
		NeedAttachment a = attachments.findById(attachmentId)
			.orElseThrow(() -> DomainException.notFound("need.attachment.notFound", attachmentId));
		Need need = managed(user, a.getNeedId());
		if (!need.getStatus().isEditable()) {
			throw DomainException.conflict("need.notEditable", need.getStatus().name());
		}
		attachments.delete(a);
		audit.record("need.attachment.remove", "need", need.getId(), a.getFileName());
	}

	// ------------------------------------------------------------------ review

	public Need approve(CurrentUser admin, long id) {
		requireAdmin(admin);
		Need need = needs.findById(id).orElseThrow(() -> notFound(id));
		// the text may have been written before the check existed, or by an import: the reviewer never publishes contact data
		invalidUnless(PublicTextCheck.check(content(need)));
		need.approve(clock);
		audit.record("need.approve", "need", id, null);
		events.publishEvent(new NeedOpened(id, need.getOwnerOrganisationId(), false));
		notifyOwners(need, "need.inbox.approved", List.of(need.getTitle()), null);
		return need;
	}

	public Need returnForChanges(CurrentUser admin, long id, String reasons) {
		requireAdmin(admin);
		if (reasons == null || reasons.isBlank()) {
			throw DomainException.invalid(List.of(FieldViolation.of("reasons", "validation.required")));
		}
		Need need = needs.findById(id).orElseThrow(() -> notFound(id));
		need.returnForChanges(reasons.strip(), clock);
		audit.record("need.return", "need", id, reasons.strip());
		notifyOwners(need, "need.inbox.returned", List.of(need.getTitle(), reasons.strip()), null);
		return need;
	}

	// ------------------------------------------------------------------ talks

	/** A signed-in user of another verified organisation asks to talk, with a message and their own contact. */
	public TalkRequest requestTalks(CurrentUser user, long id, String message, Contact contact) {
		Need need = view(user, id);
		if (!user.organisationVerified()) {
			throw DomainException.forbidden("need.talks.unverified");
		}
		if (user.belongsTo(need.getOwnerOrganisationId()) || user.getUsername().equals(need.getPostedBy())) {
			throw DomainException.conflict("need.talks.ownNeed");
		}
		if (!need.getStatus().isPublic()) {
			throw DomainException.conflict("need.talks.notOpen");
		}
		List<FieldViolation> v = new ArrayList<>();
		if (message == null || message.strip().length() < rules.properties().messageMinLength()) {
			v.add(FieldViolation.of("message", "need.talks.messageTooShort", rules.properties().messageMinLength()));
		}
		else if (message.length() > rules.properties().descriptionMaxLength()) {
			v.add(FieldViolation.of("message", "validation.size.max", rules.properties().descriptionMaxLength()));
		}
		if (contact.name() == null || contact.name().isBlank()) {
			v.add(FieldViolation.of("contactName", "validation.required"));
		}
		if (blank(contact.phone()) && blank(contact.email())) {
			v.add(FieldViolation.of("contactPhone", "need.contact.phoneOrEmail"));
		}
		if (!blank(contact.email()) && !NeedRules.EMAIL.matcher(contact.email().strip()).matches()) {
			v.add(FieldViolation.of("contactEmail", "need.contact.email"));
		}
		if (!blank(contact.phone()) && !NeedRules.PHONE.matcher(contact.phone().strip()).matches()) {
			v.add(FieldViolation.of("contactPhone", "need.contact.phone"));
		}
		invalidUnless(v);
		if (talks.existsByNeedIdAndRequesterOrganisationIdAndStatusIn(id, user.organisationId(),
				EnumSet.of(TalkRequest.Status.PENDING, TalkRequest.Status.ACCEPTED))) {
			throw DomainException.conflict("need.talks.duplicate");
		}
		TalkRequest t = talks.save(new TalkRequest(id, user.id(), user.getUsername(), user.organisationId(),
				user.organisationName(), message.strip(), new Contact(contact.name().strip(), trim(contact.phone()),
						trim(contact.email())), clock));
		audit.record("need.talks.request", "need", id, "request " + t.getId() + " from " + user.organisationName());
		notifyOwners(need, "need.inbox.talksRequested", List.of(need.getTitle(), user.organisationName()), null);
		return t;
	}

	/** The need's owner accepts (both contacts revealed, need in talks) or declines a request to talk. */
	public TalkRequest decideTalks(CurrentUser user, long talkId, boolean accept) {
		TalkRequest t = talks.findById(talkId).orElseThrow(() -> DomainException.notFound("need.talks.notFound", talkId));
		Need need = needs.findById(t.getNeedId()).orElseThrow(() -> notFound(t.getNeedId()));
		if (!mayManage(user, need)) {
			throw DomainException.notFound("need.talks.notFound", talkId);
		}
		if (accept && !need.getStatus().isPublic()) {
			throw DomainException.conflict("need.talks.notOpen");
		}
		t.decide(accept, user.getUsername(), clock);
		if (accept) {
			need.talksAccepted(clock);
		}
		audit.record(accept ? "need.talks.accept" : "need.talks.decline", "need", need.getId(), "request " + talkId);
		inbox.deliver(t.getRequesterUserId(), accept ? "need.inbox.talksAccepted" : "need.inbox.talksDeclined",
				List.of(need.getTitle(), need.getOwnerName()), "/needs/" + need.getId());
		return t;
	}

	// ------------------------------------------------------------------ expiry

	/**
	 * Expires every open need whose deadline is over: idempotent (an expired need is not due again), one transaction each so
	 * one need changed at the same moment does not hold back the others. Runs every {@code otm.demand.expiry-check-interval}.
	 */
	@Scheduled(fixedDelayString = "${otm.demand.expiry-check-interval:PT1H}", initialDelayString = "PT50S")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int expireDue() {
		List<Long> due = transactions.execute(status -> needs.findDue(EnumSet.of(NeedStatus.OPEN, NeedStatus.IN_TALKS),
				LocalDate.now(clock)));
		int expired = 0;
		for (Long id : due) {
			try {
				Boolean done = transactions.execute(status -> {
					Need need = needs.findById(id).orElse(null);
					if (need == null || !need.expireIfDue(clock)) {
						return false;
					}
					audit.record("need.expire", "need", id, "deadline " + need.getDeadline());
					events.publishEvent(new NeedClosed(id, need.getStatus()));
					notifyOwners(need, "need.inbox.expired", List.of(need.getTitle()), null);
					return true;
				});
				if (Boolean.TRUE.equals(done)) {
					expired++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Could not expire need {}: {}", id, e.getMessage());
			}
		}
		if (expired > 0) {
			log.info("Expired {} needs whose deadline was over", expired);
		}
		return expired;
	}

	// ------------------------------------------------------------------ imports

	/** One listing to import: its external id, content, owner and posting time (null: unknown). */
	public record Listing(String externalId, NeedContent content, OrganisationSummary owner, java.time.Instant postedAt) {
	}

	/** How many listings an import created and updated. */
	public record ImportCounts(int created, int updated) {
	}

	/**
	 * Creates or updates (by external id) listings imported by an administrator, in the caller's transaction (the importer
	 * makes it all or nothing): they are public at once (the market they come from published them), or expired when their
	 * deadline is already over. A listing its owner has since solved or withdrawn keeps that state, and a need posted here
	 * ({@code otm:<id>}, exported and imported again) keeps its review state. Existing needs are looked up in batches and the
	 * session is flushed and cleared every {@value #IMPORT_BATCH} rows, so a large file costs linear time.
	 */
	public ImportCounts importListings(CurrentUser admin, List<Listing> listings) {
		requireAdmin(admin);
		int created = 0;
		int updated = 0;
		for (int from = 0; from < listings.size(); from += IMPORT_BATCH) {
			List<Listing> batch = listings.subList(from, Math.min(from + IMPORT_BATCH, listings.size()));
			Map<String, Need> existing = new java.util.HashMap<>();
			needs.findByExternalIdIn(batch.stream().map(Listing::externalId).toList())
				.forEach(n -> existing.put(n.getExternalId(), n));
			for (Listing l : batch) {
				Need need = existing.get(l.externalId());
				if (need == null && l.externalId().matches("otm:[0-9]{1,18}")) {
					need = needs.findById(Long.parseLong(l.externalId().substring(4))).orElse(null);
				}
				boolean create = need == null;
				if (create) {
					need = new Need(l.owner().id(), l.owner().name(), admin.getUsername(), Need.OnBehalf.IMPORT, clock);
				}
				need.apply(l.content(), section(l.content().industryCode()), province(l.content().regionCode()), clock);
				NeedStatus current = need.getStatus();
				boolean importedListing = create || need.getPostedOnBehalf() == Need.OnBehalf.IMPORT;
				boolean reopened = false;
				if (importedListing && (create || current == NeedStatus.OPEN || current == NeedStatus.EXPIRED)) {
					need.imported(l.externalId(), need.deadlinePassed(clock) ? NeedStatus.EXPIRED : NeedStatus.OPEN,
							l.postedAt(), clock);
					reopened = need.getStatus() == NeedStatus.OPEN && current != NeedStatus.OPEN;
					if (current == NeedStatus.OPEN && need.getStatus() == NeedStatus.EXPIRED) {
						events.publishEvent(new NeedClosed(need.getId(), NeedStatus.EXPIRED));
					}
				}
				if (create) {
					needs.save(need);
					created++;
				}
				else {
					updated++;
				}
				if (reopened || (create && need.getStatus() == NeedStatus.OPEN)) {
					events.publishEvent(new NeedOpened(need.getId(), need.getOwnerOrganisationId(), true));
				}
			}
			entityManager.flush();
			entityManager.clear();
		}
		return new ImportCounts(created, updated);
	}

	static final int IMPORT_BATCH = 200;

	/** Every need, for the administrator's export. */
	@Transactional(readOnly = true)
	public List<Need> all(CurrentUser admin) {
		requireAdmin(admin);
		return needs.findAllByOrderByIdAsc();
	}

	// ------------------------------------------------------------------ helpers

	/** The content as stored (for checks on submission and review, and for the edit form of those who manage it). */
	public NeedContent content(Need n) {
		return new NeedContent(n.getTitle(), n.getDescription(), n.getCurrentState(), n.getTargets(), n.getIndustryCode(),
				n.getDisciplineCode(), n.getRegionCode(), n.getCooperation(), n.isBudgetNegotiable(), n.getBudgetMin(),
				n.getBudgetMax(), n.getMinTrl(), n.getDeadline(), n.contactName(), n.contactPhone(), n.contactEmail(),
				n.getKeywords());
	}

	public String section(String industryCode) {
		return industryCode == null ? null : codes.industries().root(industryCode);
	}

	public String province(String regionCode) {
		return regionCode == null ? null : codes.regions().root(regionCode);
	}

	/** A need the user manages; "not found" for those who may not even see it, "forbidden" for public ones. */
	private Need managed(CurrentUser user, long id) {
		Need need = needs.findById(id).orElseThrow(() -> notFound(id));
		if (!mayManage(user, need)) {
			if (mayView(user, need)) {
				throw DomainException.forbidden();
			}
			throw notFound(id);
		}
		return need;
	}

	/** The owner's enterprise members, and the poster when they posted on its behalf; {@code except} is not told. */
	private void notifyOwners(Need need, String key, List<String> args, CurrentUser except) {
		Set<Long> recipients = new LinkedHashSet<>();
		for (CurrentUser member : users.members(need.getOwnerOrganisationId())) {
			if (member.has(Role.ENTERPRISE)) {
				recipients.add(member.id());
			}
		}
		if (need.getPostedOnBehalf() != null && need.getPostedOnBehalf() != Need.OnBehalf.IMPORT) {
			users.loadUser(need.getPostedBy()).ifPresent(u -> recipients.add(u.id()));
		}
		if (except != null) {
			recipients.remove(except.id());
		}
		String link = "/my/needs/" + need.getId();
		recipients.forEach(r -> inbox.deliver(r, key, args, link));
	}

	private static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw DomainException.forbidden();
		}
	}

	private static void invalidUnless(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
	}

	private static DomainException notFound(long id) {
		return DomainException.notFound("need.notFound", id);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.strip();
	}
}
