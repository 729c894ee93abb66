package org.opentechmarket.auction.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.opentechmarket.platform.Money;

/**
 * The hash chain of an auction's bid log. Each bid's hash is the lowercase hex SHA-256 of the UTF-8 bytes of
 *
 * <pre>auctionId|sequence|amount|bidderNumber|placedAt|previousHash</pre>
 *
 * with the amount in yuan with exactly two decimals ({@code 1230.00}), placedAt as ISO-8601 UTC with milliseconds
 * ({@code 2026-05-04T02:00:00.000Z}) and previousHash the hash of the bid before it — 64 zeros for the first bid. Changing,
 * removing or inserting any bid changes every hash after it; the auction keeps the last hash, so cutting off the tail shows too.
 */
public final class BidChain {

	public static final String GENESIS = "0".repeat(64);

	private BidChain() {
	}

	public static String canonical(long auctionId, int sequence, BigDecimal amount, String bidderNumber, Instant placedAt,
			String previousHash) {
		return auctionId + "|" + sequence + "|" + Money.text(amount) + "|" + bidderNumber + "|" + Times.iso(placedAt) + "|"
				+ previousHash;
	}

	public static String hash(long auctionId, int sequence, BigDecimal amount, String bidderNumber, Instant placedAt,
			String previousHash) {
		return sha256(canonical(auctionId, sequence, amount, bidderNumber, placedAt, previousHash));
	}

	public static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/**
	 * The outcome of recomputing a log.
	 *
	 * @param valid every bid's sequence, link and hash are right and the last hash is the one the auction recorded
	 * @param bids how many bids were checked
	 * @param firstBrokenSequence the first bid that does not verify (null when valid)
	 * @param problem what is wrong there: {@code sequence}, {@code link}, {@code hash} or {@code tail} (null when valid)
	 */
	public record Verification(boolean valid, int bids, Integer firstBrokenSequence, String problem, String lastHash) {
	}

	/** Recomputes every hash of an auction's log (in sequence order) and compares the end with the auction's last hash. */
	public static Verification verify(long auctionId, List<Bid> log, String recordedLastHash) {
		String previous = GENESIS;
		int expected = 1;
		for (Bid bid : log) {
			if (bid.sequence() != expected) {
				return new Verification(false, log.size(), expected, "sequence", previous);
			}
			if (!bid.previousHash().equals(previous)) {
				return new Verification(false, log.size(), bid.sequence(), "link", previous);
			}
			String hash = hash(auctionId, bid.sequence(), bid.amount(), bid.bidderNumber(), bid.placedAt(), previous);
			if (!hash.equals(bid.hash())) {
				return new Verification(false, log.size(), bid.sequence(), "hash", previous);
			}
			previous = hash;
			expected++;
		}
		if (recordedLastHash != null && !recordedLastHash.equals(previous)) {
			return new Verification(false, log.size(), expected, "tail", previous);
		}
		return new Verification(true, log.size(), null, null, previous);
	}
}
