package org.opentechmarket.listing.domain;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Listing policy numbers under {@code otm.trading.listing}; docs/configuration.md gives each default's source.
 *
 * @param periodWorkingDays the listing period when the seller names none: 20 working days (domain/trading.md §Listing; the
 * same minimum disclosure period property-rights exchanges apply to state-owned transfers, 企业国有资产交易监督管理办法
 * (国资委 财政部令第32号): 正式披露信息时间不得少于20个工作日). Listing on a technology market is one of the pricing routes
 * 浙江省促进科技成果转化条例 第十七条 names for government-funded institutions.
 * @param minPeriodWorkingDays shortest period a seller may choose: 10 working days (platform choice, half the default)
 * @param maxPeriodWorkingDays longest period: 60 working days, about a quarter (platform choice)
 * @param depositMinRate lowest deposit as a share of the listing price: 5 %
 * @param depositMaxRate highest deposit: 20 % — the bounds of the auction deposit (domain/trading.md §Auction), because
 * two or more qualified buyers turn the listing into an auction starting at the listing price, secured by the same deposits
 * @param auctionIncrementRate bid increment of the auction a listing converts into, as a share of the listing price,
 * rounded up to whole yuan: 2 % (platform choice; the spec fixes no increment)
 * @param auctionNotice time from the close to the start of that auction: 7 days (拍卖法 第四十五条: 拍卖日七日前发布拍卖公告)
 * @param auctionDuration how long that auction's bidding lasts: 24 hours, the spec's minimum (domain/trading.md §Auction)
 * @param tenderPriceWeight price weight (0–100) of the tender a listing converts into; the rest is technical merit: 70
 * (platform choice: a sale is mostly about the price, the panel checks the buyers' plans)
 * @param qualificationsMaxLength longest text of buyer qualifications (platform choice)
 * @param closeInterval how often the close job looks for listings whose period is over
 */
@ConfigurationProperties("otm.trading.listing")
public record ListingProperties(@DefaultValue("20") int periodWorkingDays, @DefaultValue("10") int minPeriodWorkingDays,
		@DefaultValue("60") int maxPeriodWorkingDays, @DefaultValue("0.05") BigDecimal depositMinRate,
		@DefaultValue("0.20") BigDecimal depositMaxRate, @DefaultValue("0.02") BigDecimal auctionIncrementRate,
		@DefaultValue("P7D") Duration auctionNotice, @DefaultValue("P1D") Duration auctionDuration,
		@DefaultValue("70") BigDecimal tenderPriceWeight, @DefaultValue("2000") int qualificationsMaxLength,
		@DefaultValue("PT5M") Duration closeInterval) {
}
