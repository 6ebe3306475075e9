// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ScoringRuleEvaluator} says about one measurement: points with the formula's
 * parameters (shown in the explanation), or a refusal with a reason (reported as a problem).
 *
 * @param points the points, when accepted
 * @param parameters the values the formula used, shown in the explanation
 * @param rejection the reason, when refused
 * @since 0.1.0
 */
public record CustomOutcome(Optional<BigDecimal> points, List<String> parameters, Optional<String> rejection) {
    /** Checks that exactly one of points and rejection is present. */
    public CustomOutcome {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(rejection, "rejection");
        parameters = List.copyOf(parameters);
        if (points.isPresent() == rejection.isPresent()) {
            throw new IllegalArgumentException("exactly one of points and rejection must be present");
        }
    }

    /**
     * Accepted.
     *
     * @param points the points
     * @param parameters the values the formula used
     * @return the outcome
     */
    public static CustomOutcome points(BigDecimal points, String... parameters) {
        return new CustomOutcome(Optional.of(points), List.of(parameters), Optional.empty());
    }

    /**
     * Refused.
     *
     * @param reason why, for people
     * @return the outcome
     */
    public static CustomOutcome rejected(String reason) {
        return new CustomOutcome(Optional.empty(), List.of(), Optional.of(reason));
    }
}
