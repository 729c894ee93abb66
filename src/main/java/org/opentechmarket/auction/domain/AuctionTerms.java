package org.opentechmarket.auction.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.platform.DomainException;
import org.opentechmarket.platform.FieldViolation;
import org.opentechmarket.platform.Money;
import org.opentechmarket.trading.TradeTerms;

/**
 * The terms a seller (or a listing turning into an auction) asks for, before they are checked against the rules. Amounts
 * arrive as text (forms and the API send strings) and are checked here in one place; {@link #check} answers with every
 * violation at once, field by field.
 *
 * @param deposit null for the configured default share of the start price
 * @param reserve null or blank for no reserve
 * @param startsAt null for the earliest allowed start (now plus the minimum notice)
 */
public record AuctionTerms(long achievementId, long sellerOrganisationId, TradeTerms terms, String startPrice,
		String increment, String deposit, String reserve, Instant startsAt, Instant endsAt) {

	/** Terms that passed every check, amounts with two decimals and times to the millisecond. */
	public record Checked(long achievementId, long sellerOrganisationId, TradeTerms terms, BigDecimal startPrice,
			BigDecimal increment, BigDecimal deposit, BigDecimal reserve, Instant startsAt, Instant endsAt) {
	}

	/**
	 * Checks the terms at {@code now}: positive amounts in yuan with at most two decimals; a deposit between the configured
	 * shares of the start price (网络司法拍卖规定 第十七条); a reserve, if any, not below the start price; bidding starting at
	 * least the minimum notice after now (拍卖法 第四十五条; a start up to the start tolerance early is tolerated, as clocks
	 * differ) and lasting at least the minimum duration (网络司法拍卖规定 第二十条). When {@code relisting} is given, the
	 * start price may be at most the configured cut below the failed auction's.
	 *
	 * @throws DomainException INVALID with the field violations
	 */
	public Checked check(AuctionProperties rules, Instant now, Auction relisting) {
		List<FieldViolation> violations = new ArrayList<>();
		BigDecimal start = amount("startPrice", startPrice, true, violations);
		BigDecimal step = amount("increment", increment, true, violations);
		BigDecimal depositAmount = null;
		if (deposit == null || deposit.isBlank()) {
			if (start != null) {
				depositAmount = start.multiply(rules.depositShare()).setScale(2, RoundingMode.HALF_UP);
			}
		}
		else {
			depositAmount = amount("deposit", deposit, true, violations);
		}
		if (start != null && depositAmount != null) {
			BigDecimal low = start.multiply(rules.depositShareMin()).setScale(2, RoundingMode.CEILING);
			BigDecimal high = start.multiply(rules.depositShareMax()).setScale(2, RoundingMode.FLOOR);
			if (depositAmount.compareTo(low) < 0 || depositAmount.compareTo(high) > 0) {
				violations.add(FieldViolation.of("deposit", "auction.deposit.share", Money.text(low), Money.text(high),
						percent(rules.depositShareMin()), percent(rules.depositShareMax())));
			}
		}
		BigDecimal reserveAmount = null;
		if (reserve != null && !reserve.isBlank()) {
			reserveAmount = amount("reserve", reserve, false, violations);
			if (reserveAmount != null && start != null && reserveAmount.compareTo(start) < 0) {
				violations.add(FieldViolation.of("reserve", "auction.reserve.belowStart", Money.text(start)));
			}
		}
		if (relisting != null && start != null) {
			BigDecimal lowest = relisting.lowestRelistStart(rules.relistMaxCut());
			if (start.compareTo(lowest) < 0) {
				violations.add(FieldViolation.of("startPrice", "auction.relist.tooLow", Money.text(lowest),
						percent(rules.relistMaxCut()), Money.text(relisting.startPrice())));
			}
		}
		Instant earliest = Times.millis(now.plus(rules.minimumNotice()));
		Instant begin = startsAt == null ? earliest : Times.millis(startsAt);
		if (begin.isBefore(earliest.minus(rules.startTolerance()))) {
			violations.add(FieldViolation.of("startsAt", "auction.startsAt.notice", describe(rules.minimumNotice())));
		}
		Instant end = endsAt == null ? null : Times.millis(endsAt);
		if (end == null) {
			violations.add(FieldViolation.of("endsAt", "auction.endsAt.required"));
		}
		else if (Duration.between(begin, end).compareTo(rules.minimumDuration()) < 0) {
			violations.add(FieldViolation.of("endsAt", "auction.endsAt.duration", describe(rules.minimumDuration())));
		}
		if (terms == null) {
			violations.add(FieldViolation.of("method", "auction.method.required"));
		}
		if (!violations.isEmpty()) {
			throw DomainException.invalid(violations);
		}
		return new Checked(achievementId, sellerOrganisationId, terms, start, step, depositAmount, reserveAmount, begin, end);
	}

	private static BigDecimal amount(String field, String text, boolean required, List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			if (required) {
				violations.add(FieldViolation.of(field, "auction.amount.required"));
			}
			return null;
		}
		BigDecimal value = Money.parse(text).orElse(null);
		if (value == null) {
			violations.add(FieldViolation.of(field, "auction.amount.format"));
		}
		return value;
	}

	static String percent(BigDecimal share) {
		return share.movePointRight(2).stripTrailingZeros().toPlainString();
	}

	/**
	 * A duration as the messages show it, in the reader's language: whole days, hours, minutes or seconds (a message argument
	 * the message source resolves with the reader's locale).
	 */
	public static org.springframework.context.MessageSourceResolvable describe(Duration duration) {
		long seconds = duration.toSeconds();
		String unit;
		long count;
		if (seconds != 0 && seconds % 86_400 == 0) {
			unit = "days";
			count = seconds / 86_400;
		}
		else if (seconds != 0 && seconds % 3_600 == 0) {
			unit = "hours";
			count = seconds / 3_600;
		}
		else if (seconds != 0 && seconds % 60 == 0) {
			unit = "minutes";
			count = seconds / 60;
		}
		else {
			unit = "seconds";
			count = seconds;
		}
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "auction.duration." + unit }, new Object[] { count }, count + " " + unit);
	}
}
