package org.opentechmarket.evaluation.domain;

/** One reason an expert was left out of a draw: the rule and a detail naming the organisation or person concerned. */
public record Exclusion(long expertUserId, RecusalRule rule, String detail) {
}
