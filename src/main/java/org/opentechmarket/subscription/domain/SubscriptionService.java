package org.opentechmarket.subscription.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opentechmarket.demand.NeedSummary;
import org.opentechmarket.demand.Needs;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CodeTables;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions as their owners manage them. A user sees and changes only their own (anything else answers 404, so its
 * existence is not revealed); a need can be followed only by members of the organisation that owns it, while it is public.
 */
@Service
@Transactional
public class SubscriptionService {

	private static final BigDecimal MAX_BUDGET = new BigDecimal("100000000");

	private final Subscriptions subscriptions;
	private final Needs needs;
	private final UserAccounts users;
	private final Recipients recipients;
	private final CodeTables codes;
	private final AuditLog audit;
	private final SubscriptionProperties properties;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	SubscriptionService(Subscriptions subscriptions, Needs needs, UserAccounts users, Recipients recipients, CodeTables codes,
			AuditLog audit, SubscriptionProperties properties, JdbcTemplate jdbc, Clock clock) {
		this.subscriptions = subscriptions;
		this.needs = needs;
		this.users = users;
		this.recipients = recipients;
		this.codes = codes;
		this.audit = audit;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Subscription> mine(CurrentUser user) {
		return subscriptions.findByUserIdOrderByCreatedAtDesc(user.id());
	}

	@Transactional(readOnly = true)
	public Subscription one(CurrentUser user, long id) {
		return owned(user, id);
	}

	/** Saves a search; {@code name} may be blank (the text is the name then). */
	public Subscription saveSearch(CurrentUser user, String name, SearchCriteria criteria, Locale language) {
		List<FieldViolation> violations = check(criteria);
		String label = name == null || name.isBlank() ? criteria.text() : name.strip();
		if (label != null && label.length() > 200) {
			violations.add(FieldViolation.of("name", "validation.size.max", 200));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		requireRoom(user);
		Subscription s = subscriptions.save(Subscription.search(user.id(), user.organisationId(), label, criteria, clock));
		recipients.rememberLanguage(user.id(), language);
		audit.record("subscription.create", "subscription", s.getId(), "SEARCH " + criteria.text());
		return s;
	}

	/**
	 * Follows a public need of the user's own organisation (idempotent: an existing subscription is resumed). Others' needs
	 * and needs that are not public answer 404.
	 */
	public Subscription followNeed(CurrentUser user, long needId, Locale language) {
		NeedSummary need = needs.find(needId)
			.filter(n -> n.ownerOrganisationId() == user.organisationId() && n.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("subscription.need.notFound", needId));
		Subscription existing = subscriptions.findByUserIdAndNeedId(user.id(), needId).orElse(null);
		if (existing != null) {
			if (existing.getStatus() == SubscriptionStatus.PAUSED) {
				existing.resume(clock);
				audit.record("subscription.resume", "subscription", existing.getId(), null);
			}
			return existing;
		}
		requireRoom(user);
		Subscription s = subscriptions.save(Subscription.need(user.id(), user.organisationId(), needId, need.title(), false,
				clock));
		recipients.rememberLanguage(user.id(), language);
		audit.record("subscription.create", "subscription", s.getId(), "NEED " + needId);
		return s;
	}

	public Subscription pause(CurrentUser user, long id) {
		Subscription s = owned(user, id);
		s.pause(clock);
		audit.record("subscription.pause", "subscription", id, null);
		return s;
	}

	public Subscription resume(CurrentUser user, long id) {
		Subscription s = owned(user, id);
		s.resume(clock);
		audit.record("subscription.resume", "subscription", id, null);
		return s;
	}

	/** Deletes the subscription and the matches still waiting for a digest; pairs already told stay told. */
	public void delete(CurrentUser user, long id) {
		Subscription s = owned(user, id);
		jdbc.update("delete from push_entries where subscription_id = ? and digest_id is null", id);
		subscriptions.delete(s);
		audit.record("subscription.delete", "subscription", id, s.getKind() + " " + s.getName());
	}

	/** The e-mail choice of the signed-in user (the unsubscribe link turns it off without signing in). */
	public void setMail(CurrentUser user, boolean enabled, Locale language) {
		recipients.rememberLanguage(user.id(), language);
		recipients.setMail(user.id(), enabled);
		audit.record(enabled ? "subscription.mail.on" : "subscription.mail.off", "user", user.id(), null);
	}

	/** Turns digest mail off for the user named by a verified unsubscribe token. */
	public void unsubscribeMail(long userId) {
		recipients.setMail(userId, false);
		audit.record("subscription.mail.unsubscribe", "user", userId, "unsubscribe link");
	}

	// ------------------------------------------------------------------ on need events (called in the event's transaction)

	/**
	 * A need opened: its enterprise's members with the ENTERPRISE role follow it by default (they may pause or delete the
	 * subscription). Idempotent.
	 */
	void followByDefault(long needId, long ownerOrganisationId) {
		NeedSummary need = needs.find(needId).orElse(null);
		if (need == null) {
			return;
		}
		for (CurrentUser member : users.members(ownerOrganisationId)) {
			if (!member.has(Role.ENTERPRISE) || subscriptions.findByUserIdAndNeedId(member.id(), needId).isPresent()) {
				continue;
			}
			Subscription s = subscriptions.save(Subscription.need(member.id(), ownerOrganisationId, needId, need.title(), true,
					clock));
			audit.record("subscription.create", "subscription", s.getId(), "NEED " + needId + " by default");
		}
	}

	/** A need closed: its subscriptions end (they stay listed until deleted). */
	void endForNeed(long needId) {
		for (Subscription s : subscriptions.findByNeedIdAndStatusNot(needId, SubscriptionStatus.ENDED)) {
			s.end(clock);
			audit.record("subscription.end", "subscription", s.getId(), "need " + needId + " closed");
		}
	}

	// ------------------------------------------------------------------ rules

	List<FieldViolation> check(SearchCriteria c) {
		List<FieldViolation> v = new ArrayList<>();
		if (c.text() == null) {
			v.add(FieldViolation.of("text", "validation.required"));
		}
		else if (c.text().length() > properties.textMaxLength()) {
			v.add(FieldViolation.of("text", "validation.size.max", properties.textMaxLength()));
		}
		if (c.industryCode() != null && !codes.industries().contains(c.industryCode())) {
			v.add(FieldViolation.of("industryCode", "subscription.code.unknown", c.industryCode()));
		}
		if (c.disciplineCode() != null && !codes.disciplines().contains(c.disciplineCode())) {
			v.add(FieldViolation.of("disciplineCode", "subscription.code.unknown", c.disciplineCode()));
		}
		if (c.regionCode() != null && !codes.regions().contains(c.regionCode())) {
			v.add(FieldViolation.of("regionCode", "subscription.code.unknown", c.regionCode()));
		}
		if (c.minTrl() != null && (c.minTrl() < 1 || c.minTrl() > 9)) {
			v.add(FieldViolation.of("minTrl", "subscription.trl.range"));
		}
		if (c.budgetMax() != null && (c.budgetMax().signum() < 0 || c.budgetMax().compareTo(MAX_BUDGET) > 0)) {
			v.add(FieldViolation.of("budgetMax", "subscription.budget.range"));
		}
		return v;
	}

	private void requireRoom(CurrentUser user) {
		if (subscriptions.countByUserIdAndStatusNot(user.id(), SubscriptionStatus.ENDED) >= properties.maxPerUser()) {
			throw DomainException.conflict("subscription.limit", properties.maxPerUser());
		}
	}

	private Subscription owned(CurrentUser user, long id) {
		return subscriptions.findByIdAndUserId(id, user.id())
			.orElseThrow(() -> DomainException.notFound("subscription.notFound", id));
	}
}
