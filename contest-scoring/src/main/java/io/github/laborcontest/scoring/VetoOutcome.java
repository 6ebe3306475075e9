// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.rule.Veto;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A veto (一票否决) that fired, with why: which indicator, its effect and scope, the period it
 * fired in, the recorded value and the evidence.
 *
 * @param indicator the veto indicator
 * @param effect disqualify or cap the grade
 * @param scope for the period or the whole contest
 * @param gradeCap the best grade still allowed, with {@link Veto.Effect#CAP_GRADE}
 * @param firedIn the period whose measurement fired it
 * @param value the recorded value (a yes/no flag or a count)
 * @param evidence the measurement's evidence references
 * @since 0.1.0
 */
public record VetoOutcome(
        IndicatorCode indicator,
        Veto.Effect effect,
        Veto.Scope scope,
        Optional<String> gradeCap,
        PeriodId firedIn,
        String value,
        List<String> evidence) {
    /** Refuses nulls and copies the evidence. */
    public VetoOutcome {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(gradeCap, "gradeCap");
        Objects.requireNonNull(firedIn, "firedIn");
        evidence = List.copyOf(evidence);
    }

    /** Whether this veto takes the participant out of ranking and awards. */
    public boolean disqualifies() {
        return effect == Veto.Effect.DISQUALIFY;
    }
}
