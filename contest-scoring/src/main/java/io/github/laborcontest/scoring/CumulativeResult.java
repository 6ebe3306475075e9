// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cumulative total (积分) over all periods of a competition with their declared weights, for
 * example four quarters at 0.175 and the final assessment at 0.3. Each entry re-adds exactly:
 * {@code total = Σ period.contribution + Σ steps.delta} (the final rounding).
 *
 * @param competition the competition
 * @param periods each period's full result, in the competition's order
 * @param entries one entry per participant, in participant-id order
 * @param overall the overall ranking by cumulative total
 * @param groups the rankings per group
 * @param grades the grades by cumulative total
 * @since 0.1.0
 */
public record CumulativeResult(
        CompetitionId competition,
        List<PeriodResult> periods,
        List<Entry> entries,
        Ranking overall,
        List<Ranking> groups,
        List<GradeResult> grades) {
    /** Copies the lists. */
    public CumulativeResult {
        Objects.requireNonNull(competition, "competition");
        periods = List.copyOf(periods);
        entries = List.copyOf(entries);
        groups = List.copyOf(groups);
        grades = List.copyOf(grades);
    }

    /**
     * The entry of a participant.
     *
     * @param participant its id
     * @return its entry
     */
    public Optional<Entry> entry(ParticipantId participant) {
        return entries.stream().filter(e -> e.participant().equals(participant)).findFirst();
    }

    /**
     * One participant's cumulative total.
     *
     * @param participant who
     * @param status ranked, or disqualified by a contest-scope veto
     * @param total the cumulative total
     * @param periods each period's part
     * @param vetoes the contest-scope vetoes that fired
     * @param steps the final rounding, if it changed the sum
     */
    public record Entry(
            ParticipantId participant,
            ScoreStatus status,
            Points total,
            List<PeriodPart> periods,
            List<VetoOutcome> vetoes,
            List<Step> steps) {
        /** Copies the lists. */
        public Entry {
            periods = List.copyOf(periods);
            vetoes = List.copyOf(vetoes);
            steps = List.copyOf(steps);
        }
    }

    /**
     * One period's part of a cumulative total.
     *
     * @param period the period
     * @param total the period's total
     * @param counted whether it counts: a period in which a period-scope veto disqualified the
     *     participant counts zero
     * @param weight the period's weight
     * @param contribution {@code (counted ? total : 0) × weight}, exact
     */
    public record PeriodPart(PeriodId period, Points total, boolean counted, BigDecimal weight, Points contribution) {}
}
