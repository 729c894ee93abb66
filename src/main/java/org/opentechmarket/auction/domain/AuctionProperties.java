package org.opentechmarket.auction.domain;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The auction rules under {@code otm.trading.auction}; docs/configuration.md gives each default's source. Checked at start:
 * a setting outside what the law allows stops the application rather than run auctions under it.
 *
 * @param minimumNotice announcement at least this long before bidding starts: 7 days, 拍卖法 第四十五条 (拍卖人应当于拍卖日七日前发布拍卖公告)
 * @param minimumDuration bidding lasts at least this long: 24 hours, 网络司法拍卖规定 第二十条 (竞价时间应当不少于二十四小时)
 * @param extensionWindow an accepted bid this close to the end extends it: 5 minutes, 网络司法拍卖规定 第二十条
 * @param extension the end moves to the bid's time plus this: 5 minutes, 网络司法拍卖规定 第二十条 (自该出价时点顺延五分钟)
 * @param depositShare the deposit a seller's form proposes, as a share of the start price: 10 % (domain/trading.md)
 * @param depositShareMin lowest deposit share: 5 %, 网络司法拍卖规定 第十七条 (起拍价的百分之五至百分之二十)
 * @param depositShareMax highest deposit share: 20 %, 网络司法拍卖规定 第十七条
 * @param relistWindow a failed auction may be relisted within this long after its close: 30 days, 网络司法拍卖规定 第二十六条
 * @param relistMaxCut the relisting's start price is at most this much lower: 20 %, 网络司法拍卖规定 第二十六条
 * @param commissionBuyerRate commission on the hammer price from the buyer: 5 %, the statutory default cap of 拍卖法 第五十六条
 * @param commissionSellerRate commission on the hammer price from the seller: 5 %, 拍卖法 第五十六条
 * @param commissionMaxRate no side pays more than this: 5 %, 拍卖法 第五十六条 (各收取不超过拍卖成交价百分之五的佣金)
 * @param winnerSigningDays a winner that has not signed the deal this many days after the close forfeits its deposit
 * (网络司法拍卖规定 第二十四条: 悔拍的保证金不予退还; the days are the platform's choice)
 * @param startTolerance a requested start this much before the earliest allowed one is moved to it instead of refused (clocks
 * of clients differ; platform choice)
 * @param closeCheckInterval how often due auctions are opened and closed and signing deadlines checked
 * @param heartbeat how often live pages get the server time when nothing else happens
 * @param pollInterval how often an instance looks in the database for bids other instances accepted (two or more instances)
 * @param batchMax most bids decided in one database transaction (group commit)
 */
@ConfigurationProperties("otm.trading.auction")
public record AuctionProperties(@DefaultValue("P7D") Duration minimumNotice, @DefaultValue("P1D") Duration minimumDuration,
		@DefaultValue("PT5M") Duration extensionWindow, @DefaultValue("PT5M") Duration extension,
		@DefaultValue("0.10") BigDecimal depositShare, @DefaultValue("0.05") BigDecimal depositShareMin,
		@DefaultValue("0.20") BigDecimal depositShareMax, @DefaultValue("P30D") Duration relistWindow,
		@DefaultValue("0.20") BigDecimal relistMaxCut, @DefaultValue("0.05") BigDecimal commissionBuyerRate,
		@DefaultValue("0.05") BigDecimal commissionSellerRate, @DefaultValue("0.05") BigDecimal commissionMaxRate,
		@DefaultValue("10") int winnerSigningDays, @DefaultValue("PT1M") Duration startTolerance,
		@DefaultValue("PT1S") Duration closeCheckInterval, @DefaultValue("PT15S") Duration heartbeat,
		@DefaultValue("PT0.5S") Duration pollInterval, @DefaultValue("256") int batchMax) {

	public AuctionProperties {
		require(!minimumNotice.isNegative(), "minimum-notice must not be negative");
		require(!minimumDuration.isNegative() && !minimumDuration.isZero(), "minimum-duration must be positive");
		require(!extensionWindow.isNegative() && !extension.isNegative(), "extension-window and extension must not be negative");
		require(depositShareMin.signum() >= 0 && depositShareMin.compareTo(depositShareMax) <= 0,
				"deposit-share-min must be between 0 and deposit-share-max");
		require(depositShare.compareTo(depositShareMin) >= 0 && depositShare.compareTo(depositShareMax) <= 0,
				"deposit-share must lie between deposit-share-min and deposit-share-max");
		require(relistMaxCut.signum() >= 0 && relistMaxCut.compareTo(BigDecimal.ONE) < 0, "relist-max-cut must be in [0, 1)");
		require(commissionMaxRate.compareTo(new BigDecimal("0.05")) <= 0,
				"commission-max-rate above 5 % is not allowed without an agreement (拍卖法 第五十六条)");
		require(commissionBuyerRate.signum() >= 0 && commissionBuyerRate.compareTo(commissionMaxRate) <= 0,
				"commission-buyer-rate must be between 0 and commission-max-rate");
		require(commissionSellerRate.signum() >= 0 && commissionSellerRate.compareTo(commissionMaxRate) <= 0,
				"commission-seller-rate must be between 0 and commission-max-rate");
		require(winnerSigningDays >= 1, "winner-signing-days must be at least 1");
		require(batchMax >= 1, "batch-max must be at least 1");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException("otm.trading.auction: " + message);
		}
	}
}
