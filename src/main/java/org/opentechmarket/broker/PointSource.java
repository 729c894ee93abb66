package org.opentechmarket.broker;

/**
 * The verified events that earn contribution points (贡献积分, seed 002 §15; domain/people.md §Brokers): a listing curated and
 * published, a match leading to talks, a deal completed (scaled by amount band), a registered contract, a training given.
 * Points are never typed in by hand; every ledger entry names one of these sources and the event's reference.
 */
public enum PointSource {
	LISTING_PUBLISHED, MATCH_TALKS, DEAL_COMPLETED, CONTRACT_REGISTERED, TRAINING_GIVEN
}
