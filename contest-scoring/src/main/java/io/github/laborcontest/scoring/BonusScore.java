// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.Points;
import io.github.laborcontest.scoring.explain.Step;
import java.util.List;

/**
 * The bonus (加分) of a card: the bonus indicators of all dimensions added up, then held to the
 * set's bonus cap. {@code applied = raw + Σ steps.delta}.
 *
 * @param raw the sum of the bonus indicators' points
 * @param applied the bonus added to the total
 * @param steps the cap, if it applied
 * @since 0.1.0
 */
public record BonusScore(Points raw, Points applied, List<Step> steps) {
    /** No bonus. */
    public static final BonusScore NONE = new BonusScore(Points.ZERO, Points.ZERO, List.of());

    /** Copies the steps. */
    public BonusScore {
        steps = List.copyOf(steps);
    }
}
