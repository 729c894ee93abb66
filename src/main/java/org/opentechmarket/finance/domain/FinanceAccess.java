package org.opentechmarket.finance.domain;

import java.util.List;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.people.CreditCode;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.OrganisationType;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with finance records, decided on the server for every request. A record belongs to the financial
 * institution that recorded it (lender, insurer, investor) and concerns one counterparty (borrower, insured, investee):
 * members of either organisation and administrators see it, everybody else is told it does not exist (404); only the
 * owner's FINANCIER members change it.
 */
@Component
public class FinanceAccess {

	private final Organisations organisations;
	private final Achievements achievements;

	FinanceAccess(Organisations organisations, Achievements achievements) {
		this.organisations = organisations;
		this.achievements = achievements;
	}

	/** The acting financier's own institution: FINANCIER role in a verified financial institution. */
	public Party financier(CurrentUser user) {
		if (user == null || !user.has(Role.FINANCIER) || !user.organisationVerified()) {
			throw DomainException.forbidden("finance.financierOnly");
		}
		OrganisationSummary organisation = organisations.find(user.organisationId())
			.filter(o -> o.type() == OrganisationType.FINANCIAL_INSTITUTION && o.verified())
			.orElseThrow(() -> DomainException.forbidden("finance.financierOnly"));
		return Party.of(organisation);
	}

	/** Financiers and administrators: the financeable list and the dashboard. */
	public void requireFinancierOrAdmin(CurrentUser user) {
		if (user == null || !(user.isAdmin() || user.has(Role.FINANCIER))) {
			throw DomainException.forbidden("finance.financierOnly");
		}
	}

	public boolean mayView(CurrentUser user, long owner, long counterparty) {
		return user != null && (user.isAdmin() || user.belongsTo(owner) || user.belongsTo(counterparty));
	}

	/** 404 for anyone who may not see the record. */
	public void requireView(CurrentUser user, long owner, long counterparty, long recordId) {
		if (!mayView(user, owner, counterparty)) {
			throw DomainException.notFound("finance.record.notFound", recordId);
		}
	}

	public boolean mayEdit(CurrentUser user, long owner) {
		return user != null && user.has(Role.FINANCIER) && user.belongsTo(owner);
	}

	/** 404 for anyone who may not see the record, 403 for those who may only read it. */
	public void requireEdit(CurrentUser user, long owner, long counterparty, long recordId) {
		requireView(user, owner, counterparty, recordId);
		if (!mayEdit(user, owner)) {
			throw DomainException.forbidden("finance.record.readOnly");
		}
	}

	/**
	 * The counterparty named on a form by 统一社会信用代码 or exact name: it must be a verified organisation other than the
	 * financier itself. Adds a violation on {@code field} when not.
	 */
	public Optional<Party> counterparty(List<FieldViolation> violations, String field, String key, Party self) {
		String text = Checks.text(key);
		if (!Checks.required(violations, field, text)) {
			return Optional.empty();
		}
		String code = CreditCode.normalise(text);
		Optional<OrganisationSummary> found = CreditCode.isValid(code) ? organisations.findByCreditCode(code)
				: organisations.findByName(text);
		if (found.isEmpty()) {
			violations.add(FieldViolation.of(field, "finance.organisation.notFound", text));
			return Optional.empty();
		}
		OrganisationSummary organisation = found.get();
		if (!organisation.verified()) {
			violations.add(FieldViolation.of(field, "finance.organisation.notVerified", organisation.name()));
			return Optional.empty();
		}
		if (organisation.id() == self.id()) {
			violations.add(FieldViolation.of(field, "finance.organisation.self"));
			return Optional.empty();
		}
		return Optional.of(Party.of(organisation));
	}

	/** A published achievement named on a form, or a violation on {@code field}. Null stays null. */
	public Optional<AchievementSummary> achievement(List<FieldViolation> violations, String field, Long id) {
		if (id == null) {
			return Optional.empty();
		}
		Optional<AchievementSummary> found = achievements.find(id);
		if (found.isEmpty()) {
			violations.add(FieldViolation.of(field, "finance.achievement.notFound", id));
		}
		return found;
	}
}
