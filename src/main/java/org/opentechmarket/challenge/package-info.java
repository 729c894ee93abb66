/**
 * Challenges (揭榜挂帅 / 研发众包 / 难题招标, domain/demands.md §Challenges): an enterprise, or the government through an
 * administrator, posts a technology problem with measurable targets and a bounty; after a light review the call is public,
 * opens and closes its application window on the clock; institutions (with 混编 teams that may include enterprise engineers)
 * apply with proposals; experts drawn from the pool with recusal score every proposal through the {@code evaluation} review
 * service; every applicant reads the reasons and scores of its own proposal; the poster awards, with a written reason when
 * it departs from the ranking; the awarded work is followed through milestones and progress reports to acceptance (验收).
 * <p>
 * Other modules use the root types only: {@link org.opentechmarket.challenge.Challenges} (read a challenge's public summary)
 * and {@link org.opentechmarket.challenge.ChallengeStatus}.
 */
package org.opentechmarket.challenge;
