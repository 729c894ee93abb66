package org.opentechmarket.auction.web;

import java.util.List;
import java.util.Map;

import org.opentechmarket.auction.domain.Auction;
import org.opentechmarket.auction.domain.Bid;
import org.opentechmarket.auction.domain.BidChain;
import org.opentechmarket.auction.domain.Registration;
import org.opentechmarket.auction.domain.Times;
import org.opentechmarket.platform.Money;

/** The JSON shapes of the auction API. Amounts are strings with two decimals, times ISO-8601 UTC with milliseconds. */
final class AuctionJson {

	private AuctionJson() {
	}

	/**
	 * An auction as the API shows it. {@code reserve} is null for everybody but the seller and administrators (拍卖法 第二十八条):
	 * the public sees only {@code hasReserve}. {@code winner} (the winning bidder's number) and the winner's organisation are
	 * set after a sale (网络司法拍卖规定 第二十二条: the buyer is published).
	 */
	record View(long id, long achievementId, String achievementTitle, long sellerOrganisationId, String sellerName,
			String method, String licenceMode, String term, String territory, String status, String phase,
			String startPrice, String increment, String deposit, boolean hasReserve, String reserve, boolean restricted,
			String announcedAt, String startsAt, String scheduledEndsAt, String endsAt, String currentPrice,
			String minimumBid, int bidCount, int extensions, String leader, String winner, Long winnerOrganisationId,
			String winnerOrganisationName, String hammerPrice, String commissionBuyer, String commissionSeller, Long dealId,
			Long relistOf, String relistUntil, String lastHash, Rules rules, String serverTime, Map<String, String> links) {
	}

	/** The rules fixed at the announcement. */
	record Rules(String extensionWindow, String extension, String commissionBuyerRate, String commissionSellerRate) {
	}

	/** One entry of the public bid log, with its place in the hash chain. */
	record LogEntry(int sequence, String amount, String bidder, String placedAt, String previousHash, String hash) {

		static LogEntry of(Bid b) {
			return new LogEntry(b.sequence(), Money.text(b.amount()), b.bidderNumber(), Times.iso(b.placedAt()),
					b.previousHash(), b.hash());
		}
	}

	/** An accepted bid's acknowledgement. */
	record Placed(int sequence, String amount, String bidder, String placedAt, String endsAt, boolean extended,
			String currentPrice, String minimumBid, int bidCount, String hash, String serverTime) {
	}

	record RegistrationView(long id, long auctionId, String bidderNumber, long organisationId, String organisationName,
			long depositId, String depositAmount, boolean depositConfirmed, String depositConfirmedAt, boolean qualified,
			String depositOutcome) {

		static RegistrationView of(Registration r) {
			return new RegistrationView(r.id(), r.auctionId(), r.bidderNumber(), r.organisationId(), r.organisationName(),
					r.depositId(), Money.text(r.depositAmount()), r.depositConfirmed(), Times.iso(r.depositConfirmedAt()),
					r.qualified(), r.depositOutcome());
		}
	}

	record Verification(boolean valid, int bids, Integer firstBrokenSequence, String problem, String lastHash,
			String recordedLastHash, String canonicalForm) {

		static Verification of(BidChain.Verification v, Auction a) {
			return new Verification(v.valid(), v.bids(), v.firstBrokenSequence(), v.problem(), v.lastHash(), a.lastHash(),
					"auctionId|sequence|amount|bidderNumber|placedAt|previousHash");
		}
	}

	static Rules rules(Auction a) {
		return new Rules(a.extensionWindow().toString(), a.extension().toString(), a.commissionBuyerRate().toPlainString(),
				a.commissionSellerRate().toPlainString());
	}

	static List<LogEntry> log(List<Bid> bids) {
		return bids.stream().map(LogEntry::of).toList();
	}
}
