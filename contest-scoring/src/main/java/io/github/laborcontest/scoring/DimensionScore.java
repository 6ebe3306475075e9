// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The points of one dimension for one participant. They re-add exactly: {@code points} is the sum
 * of the scored and deduction indicators' points plus the {@linkplain Step#delta() deltas} of
 * {@code steps} (the dimension's deduction cap and floor); {@code contribution = points × weight}.
 * Bonus indicators are listed here but count towards the card's bonus, capped for the whole set.
 *
 * @param dimension the dimension's code
 * @param weight its factor in the total
 * @param maxPoints its points at full marks
 * @param scored the sum of its scored indicators
 * @param deductions the deductions taken, after the dimension's cap (zero or negative)
 * @param points the dimension's points
 * @param contribution {@code points × weight}, exact
 * @param indicators each indicator of the dimension, in published order
 * @param steps the dimension's own steps (deduction cap, floor, weighting)
 * @since 0.1.0
 */
public record DimensionScore(
        DimensionCode dimension,
        BigDecimal weight,
        Points maxPoints,
        Points scored,
        Points deductions,
        Points points,
        Points contribution,
        List<IndicatorScore> indicators,
        List<Step> steps) {
    /** Refuses nulls and copies the lists. */
    public DimensionScore {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(points, "points");
        indicators = List.copyOf(indicators);
        steps = List.copyOf(steps);
    }
}
