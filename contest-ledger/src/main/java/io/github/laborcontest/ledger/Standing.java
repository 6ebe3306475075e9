// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.ProjectStage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ledger says about one participant in one period, after reversals: the latest
 * measurement of each indicator (the input of contest-scoring), the points awarded and deducted
 * with the entries behind them, the vetoes, the findings and the latest stage.
 *
 * @param key participant, period and competition
 * @param measurements the latest non-reversed measurement per indicator, ordered by indicator
 * @param awarded the sum of points awarded (exact)
 * @param deducted the sum of points deducted, as a positive amount (exact)
 * @param contributions the awards, deductions, vetoes, findings and stage changes in chain order
 * @param stage the stage of the latest non-reversed stage change
 * @since 0.1.0
 */
public record Standing(
        StandingKey key,
        List<Measurement> measurements,
        Points awarded,
        Points deducted,
        List<Contribution> contributions,
        Optional<ProjectStage> stage) {

    /** Checks and copies. */
    public Standing {
        Objects.requireNonNull(key, "key");
        measurements = List.copyOf(measurements);
        Objects.requireNonNull(awarded, "awarded");
        Objects.requireNonNull(deducted, "deducted");
        contributions = List.copyOf(contributions);
        Objects.requireNonNull(stage, "stage");
    }

    /** Awarded minus deducted. */
    public Points net() {
        return awarded.minus(deducted);
    }

    /** The vetoes, in chain order. */
    public List<Contribution> vetoes() {
        return contributions.stream().filter(c -> c.type() == EntryType.VETO).toList();
    }

    /** Whether a veto (一票否决) stands. */
    public boolean vetoed() {
        return contributions.stream().anyMatch(c -> c.type() == EntryType.VETO);
    }

    /** The inspection findings, in chain order. */
    public List<Contribution> findings() {
        return contributions.stream()
                .filter(c -> c.type() == EntryType.INSPECTION_FINDING)
                .toList();
    }
}
