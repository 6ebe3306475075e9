// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The points of one indicator for one participant, with the steps that produced them.
 *
 * @param indicator the indicator's code
 * @param kind how its points enter the total
 * @param status what happened
 * @param raw the numeric raw value, if the measurement had one (used by tie-breakers)
 * @param points the signed points: positive for scored and bonus indicators, negative for
 *     deductions, zero for vetoes and recorded indicators
 * @param steps how the points came about, in order (empty when explanations are off)
 * @since 0.1.0
 */
public record IndicatorScore(
        IndicatorCode indicator,
        IndicatorKind kind,
        IndicatorStatus status,
        Optional<BigDecimal> raw,
        Points points,
        List<Step> steps) {
    /** Refuses nulls and copies the steps. */
    public IndicatorScore {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(points, "points");
        steps = List.copyOf(steps);
    }
}
