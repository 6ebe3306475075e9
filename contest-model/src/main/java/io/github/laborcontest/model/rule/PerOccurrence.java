// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Points per counted occurrence, for bonus and deduction items: {@code count × pointsEach},
 * capped at the indicator's maximum points (for example −2 per unrectified hazard, at most −10:
 * pointsEach 2, maxPoints 10 on a deduction indicator).
 *
 * @param pointsEach the points of one occurrence, greater than zero
 * @since 0.1.0
 */
public record PerOccurrence(BigDecimal pointsEach) implements ScoringRule {

    /** Refuses null. */
    public PerOccurrence {
        Objects.requireNonNull(pointsEach, "pointsEach");
    }
}
