package org.opentechmarket.auction.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bidders admitted to each auction (table auction_registrations). */
@Repository
public class BidderRegistrations {

	private static final String COLUMNS = "id, auction_id, organisation_id, organisation_name, user_id, username, "
			+ "bidder_number, deposit_id, deposit_amount, deposit_confirmed_at, qualified, rules_accepted_at, deposit_outcome, "
			+ "created_at";

	private final JdbcClient jdbc;

	public BidderRegistrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long nextId() {
		return jdbc.sql("select nextval('auction_registrations_seq')").query(Long.class).single();
	}

	public void insert(Registration r) {
		jdbc.sql("""
				insert into auction_registrations (id, auction_id, organisation_id, organisation_name, user_id, username,
				  bidder_number, deposit_id, deposit_amount, deposit_confirmed_at, qualified, rules_accepted_at, created_at)
				values (:id, :auction, :org, :orgName, :user, :username, :number, :deposit, :amount, :confirmed, :qualified,
				  :rules, :created)
				""")
			.param("id", r.id())
			.param("auction", r.auctionId())
			.param("org", r.organisationId())
			.param("orgName", r.organisationName())
			.param("user", r.userId())
			.param("username", r.username())
			.param("number", r.bidderNumber())
			.param("deposit", r.depositId())
			.param("amount", r.depositAmount())
			.param("confirmed", AuctionRecords.ts(r.depositConfirmedAt()))
			.param("qualified", r.qualified())
			.param("rules", AuctionRecords.ts(r.rulesAcceptedAt()))
			.param("created", AuctionRecords.ts(r.createdAt()))
			.update();
	}

	public Optional<Registration> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from auction_registrations where id = ?").param(id)
			.query(BidderRegistrations::map).optional();
	}

	public Optional<Registration> of(long auctionId, long organisationId) {
		return jdbc.sql("select " + COLUMNS + " from auction_registrations where auction_id = ? and organisation_id = ?")
			.param(auctionId)
			.param(organisationId)
			.query(BidderRegistrations::map)
			.optional();
	}

	public List<Registration> ofAuction(long auctionId) {
		return jdbc.sql("select " + COLUMNS + " from auction_registrations where auction_id = ? order by id")
			.param(auctionId)
			.query(BidderRegistrations::map)
			.list();
	}

	public List<Registration> ofIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from auction_registrations where id in (:ids)")
			.param("ids", ids)
			.query(BidderRegistrations::map)
			.list();
	}

	public List<Registration> ofOrganisation(long organisationId) {
		return jdbc.sql("select " + COLUMNS + " from auction_registrations where organisation_id = ? order by id desc")
			.param(organisationId)
			.query(BidderRegistrations::map)
			.list();
	}

	public List<Registration> ofDeposit(long depositId) {
		return jdbc.sql("select " + COLUMNS + " from auction_registrations where deposit_id = ?")
			.param(depositId)
			.query(BidderRegistrations::map)
			.list();
	}

	/** Registrations waiting for an administrator to confirm their deposit, on auctions still open for bids. */
	public List<Registration> awaitingDeposit() {
		return jdbc.sql("select r." + COLUMNS.replace(", ", ", r.") + " from auction_registrations r join auctions a "
				+ "on a.id = r.auction_id where r.deposit_confirmed_at is null and a.status in ('ANNOUNCED', 'OPEN') order by r.id")
			.query(BidderRegistrations::map)
			.list();
	}

	public Set<String> numbersOf(long auctionId) {
		return Set.copyOf(jdbc.sql("select bidder_number from auction_registrations where auction_id = ?")
			.param(auctionId)
			.query(String.class)
			.list());
	}

	/** Marks the deposit confirmed; false when it already was (idempotent). */
	public boolean confirmDeposit(long registrationId, Instant at) {
		return jdbc.sql("update auction_registrations set deposit_confirmed_at = ? where id = ? and deposit_confirmed_at is null")
			.param(AuctionRecords.ts(at))
			.param(registrationId)
			.update() == 1;
	}

	public void recordOutcome(long registrationId, String outcome) {
		jdbc.sql("update auction_registrations set deposit_outcome = ? where id = ?").param(outcome).param(registrationId)
			.update();
	}

	static Registration map(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getLong("id"), rs.getLong("auction_id"), rs.getLong("organisation_id"),
				rs.getString("organisation_name"), rs.getLong("user_id"), rs.getString("username"),
				rs.getString("bidder_number"), rs.getLong("deposit_id"), rs.getBigDecimal("deposit_amount"),
				AuctionRecords.instant(rs, "deposit_confirmed_at"), rs.getBoolean("qualified"),
				AuctionRecords.instant(rs, "rules_accepted_at"), rs.getString("deposit_outcome"),
				AuctionRecords.instant(rs, "created_at"));
	}
}
