package org.opentechmarket.institution;

/**
 * The terms of the yearly transfer-institution ranking (domain/people.md; seed 001 §三(五): 促成在市内落地的技术交易数量、成交额;
 * seed 002 §14: 挂牌数量、拍卖).
 */
public enum RankingTerm {
	/** Number of deals the institution brought about that landed in the platform's region. */
	DEALS_IN_REGION,
	/** Amount of those deals, yuan. */
	DEAL_AMOUNT,
	/** Amount of technology contracts registered (技术合同登记) for deals the institution brokered, yuan. */
	REGISTERED_CONTRACT_AMOUNT,
	/** Listings (挂牌) the institution ran. */
	LISTINGS_RUN,
	/** Auctions (拍卖) the institution ran. */
	AUCTIONS_RUN
}
