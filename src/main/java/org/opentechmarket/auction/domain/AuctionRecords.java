package org.opentechmarket.auction.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.opentechmarket.auction.AuctionStatus;
import org.opentechmarket.trading.LicenceMode;
import org.opentechmarket.trading.TradeMethod;
import org.opentechmarket.trading.TradeTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The auctions table, in plain SQL: the bid path locks one row and updates it in one short transaction. Every write of the
 * live state goes through {@link #lock} first (a row lock held to the end of the caller's transaction), so bids, opening,
 * closing and cancelling on any number of instances happen one after the other per auction.
 */
@Repository
public class AuctionRecords {

	private static final String COLUMNS = "id, achievement_id, achievement_title, seller_organisation_id, seller_name, "
			+ "trade_method, licence_mode, licence_term, territory, start_price, increment, deposit, reserve, restricted, "
			+ "relist_of, extension_window_ms, extension_ms, commission_buyer_rate, commission_seller_rate, announced_at, "
			+ "starts_at, scheduled_ends_at, ends_at, status, current_price, leader_registration_id, bid_count, last_bid_at, "
			+ "last_hash, extensions, closed_at, hammer_price, winner_registration_id, commission_buyer, commission_seller, "
			+ "deal_id, signing_due_at, signing_settled_at, forfeited, relist_until, created_by";

	private final JdbcClient jdbc;

	public AuctionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long nextId() {
		return jdbc.sql("select nextval('auctions_seq')").query(Long.class).single();
	}

	public void insert(Auction a, Instant now) {
		jdbc.sql("""
				insert into auctions (id, achievement_id, achievement_title, seller_organisation_id, seller_name, trade_method,
				  licence_mode, licence_term, territory, start_price, increment, deposit, reserve, restricted, relist_of,
				  extension_window_ms, extension_ms, commission_buyer_rate, commission_seller_rate, announced_at, starts_at,
				  scheduled_ends_at, ends_at, status, bid_count, last_hash, extensions, created_by, created_at, updated_at)
				values (:id, :achievementId, :title, :seller, :sellerName, :method, :licenceMode, :term, :territory, :start,
				  :increment, :deposit, :reserve, :restricted, :relistOf, :window, :extension, :buyerRate, :sellerRate,
				  :announcedAt, :startsAt, :endsAt, :endsAt, :status, 0, :lastHash, 0, :createdBy, :now, :now)
				""")
			.param("id", a.id())
			.param("achievementId", a.achievementId())
			.param("title", a.achievementTitle())
			.param("seller", a.sellerOrganisationId())
			.param("sellerName", a.sellerName())
			.param("method", a.terms().method().name())
			.param("licenceMode", a.terms().licenceMode() == null ? null : a.terms().licenceMode().name())
			.param("term", a.terms().term())
			.param("territory", a.terms().territory())
			.param("start", a.startPrice())
			.param("increment", a.increment())
			.param("deposit", a.deposit())
			.param("reserve", a.reserve())
			.param("restricted", a.restricted())
			.param("relistOf", a.relistOf())
			.param("window", a.extensionWindow().toMillis())
			.param("extension", a.extension().toMillis())
			.param("buyerRate", a.commissionBuyerRate())
			.param("sellerRate", a.commissionSellerRate())
			.param("announcedAt", ts(a.announcedAt()))
			.param("startsAt", ts(a.startsAt()))
			.param("endsAt", ts(a.scheduledEndsAt()))
			.param("status", a.status().name())
			.param("lastHash", a.lastHash())
			.param("createdBy", a.createdBy())
			.param("now", ts(now))
			.update();
	}

	public Optional<Auction> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from auctions where id = ?").param(id).query(AuctionRecords::map).optional();
	}

	/** The auction with its row locked until the caller's transaction ends (select … for update). */
	public Optional<Auction> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from auctions where id = ? for update").param(id).query(AuctionRecords::map)
			.optional();
	}

	/**
	 * One auction whose effective end has passed and is not closed yet, locked; rows another transaction holds (a bid being
	 * decided, another instance closing it) are skipped, so two instances never close the same auction.
	 */
	public Optional<Auction> lockNextDue(Instant now) {
		return jdbc.sql("select " + COLUMNS + " from auctions where status in ('ANNOUNCED', 'OPEN') and ends_at <= ? "
				+ "order by ends_at limit 1 for update skip locked")
			.param(ts(now))
			.query(AuctionRecords::map)
			.optional();
	}

	/** One announced auction whose bidding has started, locked (skip locked, as {@link #lockNextDue}). */
	public Optional<Auction> lockNextOpening(Instant now) {
		return jdbc.sql("select " + COLUMNS + " from auctions where status = 'ANNOUNCED' and starts_at <= ? and ends_at > ? "
				+ "order by starts_at limit 1 for update skip locked")
			.param(ts(now))
			.param(ts(now))
			.query(AuctionRecords::map)
			.optional();
	}

	/** One sold auction whose winner has not signed the confirmation of sale by its deadline, locked (skip locked). */
	public Optional<Auction> lockNextSigningDue(Instant now) {
		return jdbc.sql("select " + COLUMNS + " from auctions where status = 'SOLD' and signing_settled_at is null "
				+ "and signing_due_at <= ? order by signing_due_at limit 1 for update skip locked")
			.param(ts(now))
			.query(AuctionRecords::map)
			.optional();
	}

	/** Writes the live state and the outcome back (the row must be locked by the caller's transaction). */
	public void update(Auction a, Instant now) {
		jdbc.sql("""
				update auctions set ends_at = :endsAt, status = :status, current_price = :price, leader_registration_id = :leader,
				  bid_count = :count, last_bid_at = :lastBidAt, last_hash = :lastHash, extensions = :extensions,
				  closed_at = :closedAt, hammer_price = :hammer, winner_registration_id = :winner,
				  commission_buyer = :commissionBuyer, commission_seller = :commissionSeller, deal_id = :deal,
				  signing_due_at = :signingDue, signing_settled_at = :signingSettled, forfeited = :forfeited,
				  relist_until = :relistUntil, updated_at = :now
				where id = :id
				""")
			.param("endsAt", ts(a.endsAt()))
			.param("status", a.status().name())
			.param("price", a.currentPrice())
			.param("leader", a.leaderRegistrationId())
			.param("count", a.bidCount())
			.param("lastBidAt", ts(a.lastBidAt()))
			.param("lastHash", a.lastHash())
			.param("extensions", a.extensions())
			.param("closedAt", ts(a.closedAt()))
			.param("hammer", a.hammerPrice())
			.param("winner", a.winnerRegistrationId())
			.param("commissionBuyer", a.commissionBuyer())
			.param("commissionSeller", a.commissionSeller())
			.param("deal", a.dealId())
			.param("signingDue", ts(a.signingDueAt()))
			.param("signingSettled", ts(a.signingSettledAt()))
			.param("forfeited", a.forfeited())
			.param("relistUntil", ts(a.relistUntil()))
			.param("now", ts(now))
			.param("id", a.id())
			.update();
	}

	/** Public list: running and announced auctions first (soonest end first), then the most recently closed. */
	public List<Auction> publicList(int limit) {
		return jdbc.sql("select " + COLUMNS + " from auctions where status <> 'CANCELLED' "
				+ "order by case when status in ('ANNOUNCED', 'OPEN') then 0 else 1 end, "
				+ "case when status in ('ANNOUNCED', 'OPEN') then ends_at end asc, closed_at desc nulls last, id desc limit ?")
			.param(limit)
			.query(AuctionRecords::map)
			.list();
	}

	public List<Auction> ofSeller(long organisationId) {
		return jdbc.sql("select " + COLUMNS + " from auctions where seller_organisation_id = ? order by id desc")
			.param(organisationId)
			.query(AuctionRecords::map)
			.list();
	}

	public List<Auction> ofIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from auctions where id in (:ids) order by id desc")
			.param("ids", ids)
			.query(AuctionRecords::map)
			.list();
	}

	/** The achievement's auction that is announced or running, if any. */
	public Optional<Long> liveOn(long achievementId) {
		return jdbc.sql("select id from auctions where achievement_id = ? and status in ('ANNOUNCED', 'OPEN')")
			.param(achievementId)
			.query(Long.class)
			.optional();
	}

	/**
	 * The achievement's most recent auction that failed or whose winner forfeited, if any (a new auction within its relist
	 * window is its relisting).
	 */
	public Optional<Auction> lastRelistableOn(long achievementId) {
		return jdbc.sql("select " + COLUMNS + " from auctions where achievement_id = ? and (status = 'FAILED' "
				+ "or (status = 'SOLD' and forfeited)) order by coalesce(signing_settled_at, closed_at) desc limit 1")
			.param(achievementId)
			.query(AuctionRecords::map)
			.optional();
	}

	public boolean relisted(long failedAuctionId) {
		return jdbc.sql("select count(*) from auctions where relist_of = ?").param(failedAuctionId).query(Long.class)
			.single() > 0;
	}

	/** The live state of several auctions in one query, for the live pages of an instance: id → (bid count, status, end). */
	public record Pulse(long id, int bidCount, AuctionStatus status, Instant endsAt) {
	}

	public List<Pulse> pulses(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, bid_count, status, ends_at from auctions where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> new Pulse(rs.getLong(1), rs.getInt(2), AuctionStatus.valueOf(rs.getString(3)),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	static Auction map(ResultSet rs, int row) throws SQLException {
		String mode = rs.getString("licence_mode");
		TradeTerms terms = new TradeTerms(TradeMethod.valueOf(rs.getString("trade_method")),
				mode == null ? null : LicenceMode.valueOf(mode), rs.getString("licence_term"), rs.getString("territory"));
		Auction a = new Auction(rs.getLong("id"), rs.getLong("achievement_id"), rs.getString("achievement_title"),
				rs.getLong("seller_organisation_id"), rs.getString("seller_name"), terms, rs.getBigDecimal("start_price"),
				rs.getBigDecimal("increment"), rs.getBigDecimal("deposit"), rs.getBigDecimal("reserve"),
				rs.getBoolean("restricted"), (Long) rs.getObject("relist_of", Long.class),
				Duration.ofMillis(rs.getLong("extension_window_ms")), Duration.ofMillis(rs.getLong("extension_ms")),
				rs.getBigDecimal("commission_buyer_rate"), rs.getBigDecimal("commission_seller_rate"),
				instant(rs, "announced_at"), instant(rs, "starts_at"), instant(rs, "scheduled_ends_at"),
				rs.getString("created_by"));
		a.restore(instant(rs, "ends_at"), AuctionStatus.valueOf(rs.getString("status")), rs.getBigDecimal("current_price"),
				rs.getObject("leader_registration_id", Long.class), rs.getInt("bid_count"), instant(rs, "last_bid_at"),
				rs.getString("last_hash"), rs.getInt("extensions"), instant(rs, "closed_at"),
				rs.getBigDecimal("hammer_price"), rs.getObject("winner_registration_id", Long.class),
				rs.getBigDecimal("commission_buyer"), rs.getBigDecimal("commission_seller"),
				rs.getObject("deal_id", Long.class), instant(rs, "signing_due_at"), instant(rs, "signing_settled_at"),
				rs.getBoolean("forfeited"), instant(rs, "relist_until"));
		return a;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
