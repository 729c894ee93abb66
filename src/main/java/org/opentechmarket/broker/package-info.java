/**
 * Technology brokers (技术经纪人 / 技术经理人 / 科技伯乐, domain/people.md §Brokers): profiles with grade and verified certificate,
 * attachments to achievements, needs and deals with the holder's consent, the append-only contribution points ledger
 * (贡献积分, seed 002 §15), trainings and offline deals verified by an administrator, commission and reward share per deal, and
 * the yearly evaluation with dynamic exit (考核评价指标体系和动态退出机制, seed 000 §10).
 * <p>
 * Other modules use the root types only: {@link org.opentechmarket.broker.Brokers} to attach brokers and award points, and
 * the {@link org.opentechmarket.broker.BrokerReputation} SPI through which client ratings and complaints reach the evaluation.
 */
package org.opentechmarket.broker;
