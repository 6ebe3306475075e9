// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.scoring.explain.Step;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's score for one period, with its explanation tree: indicators → dimensions →
 * bonus → vetoes → total. The numbers re-add exactly: {@code total = Σ dimension.contribution +
 * bonus.applied + Σ steps.delta} (the card's own steps are the total floor and the final
 * rounding). A disqualified participant still has its total computed, for publication, but is not
 * ranked.
 *
 * @param participant who
 * @param period which period
 * @param status ranked or disqualified
 * @param total the total points
 * @param dimensions every dimension of the set, in published order
 * @param bonus the bonus added
 * @param vetoes the vetoes that fired, in set order
 * @param flags what organisers should look at, in declaration order
 * @param steps the card's own steps
 * @since 0.1.0
 */
public record ScoreCard(
        ParticipantId participant,
        PeriodId period,
        ScoreStatus status,
        Points total,
        List<DimensionScore> dimensions,
        BonusScore bonus,
        List<VetoOutcome> vetoes,
        List<CardFlag> flags,
        List<Step> steps) {
    /** Refuses nulls and copies the lists. */
    public ScoreCard {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(bonus, "bonus");
        dimensions = List.copyOf(dimensions);
        vetoes = List.copyOf(vetoes);
        flags = List.copyOf(flags);
        steps = List.copyOf(steps);
    }

    /**
     * The dimension with this code.
     *
     * @param code the dimension's code
     * @return its score, if the set has it
     */
    public Optional<DimensionScore> dimension(DimensionCode code) {
        return dimensions.stream().filter(d -> d.dimension().equals(code)).findFirst();
    }

    /**
     * The indicator with this code.
     *
     * @param code the indicator's code
     * @return its score, if the set has it
     */
    public Optional<IndicatorScore> indicator(IndicatorCode code) {
        return dimensions.stream()
                .flatMap(d -> d.indicators().stream())
                .filter(i -> i.indicator().equals(code))
                .findFirst();
    }

    /** The deductions taken in all dimensions, as a positive amount (for "fewer deductions"). */
    @JsonIgnore
    public Points deductionsTaken() {
        Points sum = Points.ZERO;
        for (DimensionScore d : dimensions) {
            sum = sum.minus(d.deductions());
        }
        return sum;
    }

    /** Whether a veto took the participant out of ranking and awards. */
    @JsonIgnore
    public boolean isDisqualified() {
        return status == ScoreStatus.DISQUALIFIED;
    }

    /**
     * The differences from another card of the same participant, for example between two periods
     * or before and after a correction: the total and every dimension and indicator whose points
     * differ, in published order. {@code a.diff(a)} is empty.
     *
     * @param other the card to compare with
     * @return one line per differing number
     */
    public List<ScoreDifference> diff(ScoreCard other) {
        List<ScoreDifference> out = new java.util.ArrayList<>();
        if (!total.equals(other.total)) {
            out.add(new ScoreDifference("total", total, other.total));
        }
        for (DimensionScore d : dimensions) {
            Points theirs =
                    other.dimension(d.dimension()).map(DimensionScore::points).orElse(Points.ZERO);
            if (!d.points().equals(theirs)) {
                out.add(new ScoreDifference("dimension:" + d.dimension().value(), d.points(), theirs));
            }
            for (IndicatorScore i : d.indicators()) {
                Points t = other.indicator(i.indicator())
                        .map(IndicatorScore::points)
                        .orElse(Points.ZERO);
                if (!i.points().equals(t)) {
                    out.add(new ScoreDifference("indicator:" + i.indicator().value(), i.points(), t));
                }
            }
        }
        if (!bonus.applied().equals(other.bonus.applied())) {
            out.add(new ScoreDifference("bonus", bonus.applied(), other.bonus.applied()));
        }
        return List.copyOf(out);
    }

    /**
     * One number that differs between two cards.
     *
     * @param what {@code total}, {@code bonus}, {@code dimension:<code>} or {@code indicator:<code>}
     * @param mine the number on this card
     * @param theirs the number on the other card
     */
    public record ScoreDifference(String what, Points mine, Points theirs) {
        /** The change from this card to the other, {@code theirs − mine}. */
        public Points change() {
            return theirs.minus(mine);
        }
    }
}
