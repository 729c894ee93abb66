/**
 * Supply–demand matching (供需对接): need → achievements and achievement → similar achievements, ranked by Chinese text
 * relevance plus structured fit, each match explained. One engine ({@code engine.MatchEngine}) serves production and the
 * offline evaluation ({@code eval-matching}); docs/architecture.md §Matching has the formula.
 */
package org.opentechmarket.matching;
