package org.opentechmarket.trading.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.achievement.AchievementSummary;
import org.opentechmarket.achievement.Achievements;
import org.opentechmarket.people.OrganisationSummary;
import org.opentechmarket.people.Organisations;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.platform.AuditLog;
import org.opentechmarket.platform.CurrentUser;
import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Inbox;
import org.opentechmarket.trading.DealOrigin;
import org.opentechmarket.trading.DealProposal;
import org.opentechmarket.trading.DealSummary;
import org.opentechmarket.trading.Deals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals: recording a deal another route reached ({@link Deals#agree}), and its lifecycle. Every method that acts for a user
 * checks on the server that the user's organisation is a party (administrators see all); anyone else gets 404.
 */
@Service
@Transactional
public class DealService implements Deals {

	private final DealRepository deals;
	private final DepositService deposits;
	private final Achievements achievements;
	private final Organisations organisations;
	private final UserAccounts users;
	private final AuditLog audit;
	private final Inbox inbox;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DealService(DealRepository deals, DepositService deposits, Achievements achievements, Organisations organisations,
			UserAccounts users, AuditLog audit, Inbox inbox, JdbcTemplate jdbc, Clock clock) {
		this.deals = deals;
		this.deposits = deposits;
		this.achievements = achievements;
		this.organisations = organisations;
		this.users = users;
		this.audit = audit;
		this.inbox = inbox;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ Deals (for the trading routes)

	@Override
	public long agree(DealProposal proposal) {
		if (proposal == null || proposal.origin() == null || proposal.terms() == null) {
			throw DomainException.invalid("trading.proposal.incomplete");
		}
		// one deal per origin, also when two closes of the same auction race: the second waits here and finds the first's
		jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> {
		}, "deal:" + proposal.origin() + ":" + proposal.originId());
		Optional<Deal> existing = deals.findByOriginAndOriginId(proposal.origin(), proposal.originId());
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		List<FieldViolation> v = new ArrayList<>();
		if (!Money.isValid(proposal.price())) {
			v.add(FieldViolation.of("price", "trading.amount.invalid"));
		}
		if (proposal.sellerOrganisationId() == proposal.buyerOrganisationId()) {
			v.add(FieldViolation.of("buyerOrganisationId", "trading.buyer.isSeller"));
		}
		if (!v.isEmpty()) {
			throw DomainException.invalid(v);
		}
		// the seller must hold the achievement (any version: a revision published since the route opened does not matter)
		AchievementSummary achievement = achievements
			.findHeldBy(proposal.achievementId(), proposal.sellerOrganisationId())
			.orElseThrow(() -> DomainException.notFound("achievement.notFound", proposal.achievementId()));
		OrganisationSummary seller = verified(proposal.sellerOrganisationId());
		OrganisationSummary buyer = verified(proposal.buyerOrganisationId());
		Deal deal = deals.saveAndFlush(new Deal(proposal.origin(), proposal.originId(), achievement.id(), achievement.title(),
				seller.id(), seller.name(), buyer.id(), buyer.name(), proposal.terms(), proposal.price(), clock));
		for (Long depositId : proposal.depositIds()) {
			deposits.applyTo(depositId, deal.getId(), buyer.id());
		}
		audit.record("deal.agree", "deal", deal.getId(), proposal.origin() + ":" + proposal.originId() + " "
				+ Money.format(deal.getPrice()) + " achievement " + achievement.id() + " buyer " + buyer.id());
		notifyParties(deal, "trading.inbox.dealAgreed");
		return deal.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DealSummary> find(long dealId) {
		return deals.findById(dealId).map(Deal::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DealSummary> findByOrigin(DealOrigin origin, long originId) {
		return deals.findByOriginAndOriginId(origin, originId).map(Deal::summary);
	}

	// ------------------------------------------------------------------ reading (pages and API)

	/** The deal if the user may see it: members of either party, administrators; 404 for anyone else. */
	@Transactional(readOnly = true)
	public Deal view(CurrentUser user, long dealId) {
		Deal deal = deals.findById(dealId).orElseThrow(() -> notFound(dealId));
		if (!mayView(user, deal)) {
			throw notFound(dealId);
		}
		return deal;
	}

	public boolean mayView(CurrentUser user, Deal deal) {
		return user != null && (user.isAdmin() || deal.isParty(user.organisationId()));
	}

	/** Deals of the user's organisation, as seller or buyer, most recently changed first. */
	@Transactional(readOnly = true)
	public List<Deal> ofMyOrganisation(CurrentUser user) {
		return deals.findOfOrganisation(user.organisationId());
	}

	@Transactional(readOnly = true)
	public List<Deal> all(CurrentUser admin) {
		DepositService.requireAdmin(admin);
		return deals.findAllByOrderByUpdatedAtDescIdDesc();
	}

	// ------------------------------------------------------------------ helpers

	private OrganisationSummary verified(long organisationId) {
		OrganisationSummary o = organisations.find(organisationId)
			.orElseThrow(() -> DomainException.notFound("organisation.notFound", organisationId));
		if (!o.verified()) {
			throw DomainException.conflict("trading.organisation.notVerified", o.name());
		}
		return o;
	}

	private void notifyParties(Deal deal, String key) {
		String link = "/deals/" + deal.getId();
		for (long organisation : List.of(deal.getSellerOrganisationId(), deal.getBuyerOrganisationId())) {
			for (CurrentUser member : users.members(organisation)) {
				inbox.deliver(member.id(), key, List.of(deal.getAchievementTitle(), Money.format(deal.getPrice())), link);
			}
		}
	}

	static DomainException notFound(long dealId) {
		return DomainException.notFound("deal.notFound", dealId);
	}
}
