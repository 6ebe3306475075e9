// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Linear-to-target (达标率), the most common indicator rule. For a higher-is-better indicator:
 * full points at or above {@code target}, {@code maxPoints × value / target} below it, and zero
 * below {@code floor} when one is given. For a lower-is-better indicator: full points at or below
 * {@code target}; with a {@code floor} (the value that earns nothing, above the target) the
 * points fall linearly, {@code maxPoints × (floor − value) / (floor − target)}; without one, {@code
 * maxPoints × target / value}.
 *
 * @param target the value that earns full points, greater than zero
 * @param floor optional cut-off: below it (higher-better) or at or above it (lower-better) the
 *     indicator earns zero
 * @since 0.1.0
 */
public record LinearToTarget(BigDecimal target, Optional<BigDecimal> floor) implements ScoringRule {

    /** Refuses nulls; the range of the numbers is checked by validation. */
    public LinearToTarget {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(floor, "floor");
    }

    /**
     * A rule without a floor.
     *
     * @param target the value that earns full points
     * @return the rule
     */
    public static LinearToTarget of(BigDecimal target) {
        return new LinearToTarget(target, Optional.empty());
    }
}
