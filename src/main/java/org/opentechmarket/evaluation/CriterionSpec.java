package org.opentechmarket.evaluation;

import java.math.BigDecimal;

/** One scoring criterion and its weight (weights are relative; a reviewer's score is the weighted mean of 0–100 scores). */
public record CriterionSpec(String name, BigDecimal weight) {
}
