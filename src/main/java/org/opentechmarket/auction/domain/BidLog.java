package org.opentechmarket.auction.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only bid log (table auction_bids): one hash chain per auction, ordered by sequence. */
@Repository
public class BidLog {

	private static final String COLUMNS = "auction_id, sequence, registration_id, bidder_number, amount, placed_at, "
			+ "ends_at_after, placed_by, previous_hash, hash";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	public BidLog(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Appends accepted bids in one batched statement. */
	public void append(List<Bid> bids) {
		if (bids.isEmpty()) {
			return;
		}
		template.batchUpdate("insert into auction_bids (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", bids,
				bids.size(), (ps, b) -> {
					ps.setLong(1, b.auctionId());
					ps.setInt(2, b.sequence());
					ps.setLong(3, b.registrationId());
					ps.setString(4, b.bidderNumber());
					ps.setBigDecimal(5, b.amount());
					ps.setTimestamp(6, AuctionRecords.ts(b.placedAt()));
					ps.setTimestamp(7, AuctionRecords.ts(b.endsAtAfter()));
					ps.setString(8, b.placedBy());
					ps.setString(9, b.previousHash());
					ps.setString(10, b.hash());
				});
	}

	public List<Bid> of(long auctionId) {
		return jdbc.sql("select " + COLUMNS + " from auction_bids where auction_id = ? order by sequence")
			.param(auctionId)
			.query(BidLog::map)
			.list();
	}

	/** Bids after a sequence number, oldest first, at most {@code limit}. */
	public List<Bid> after(long auctionId, int sequence, int limit) {
		return jdbc.sql("select " + COLUMNS + " from auction_bids where auction_id = ? and sequence > ? order by sequence limit ?")
			.param(auctionId)
			.param(sequence)
			.param(limit)
			.query(BidLog::map)
			.list();
	}

	/** The latest bids, newest first. */
	public List<Bid> latest(long auctionId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from auction_bids where auction_id = ? order by sequence desc limit ?")
			.param(auctionId)
			.param(limit)
			.query(BidLog::map)
			.list();
	}

	static Bid map(ResultSet rs, int row) throws SQLException {
		return new Bid(rs.getLong("auction_id"), rs.getInt("sequence"), rs.getLong("registration_id"),
				rs.getString("bidder_number"), rs.getBigDecimal("amount"), AuctionRecords.instant(rs, "placed_at"),
				AuctionRecords.instant(rs, "ends_at_after"), rs.getString("placed_by"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}
}
