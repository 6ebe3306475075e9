// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one evaluation period (a month, a quarter, the final assessment): one card per
 * participant, the overall ranking, the rankings per group and the grades.
 *
 * @param competition the competition
 * @param indicatorSet the set scored with
 * @param period the period
 * @param cards one card per participant, in participant-id order
 * @param overall the overall ranking
 * @param groups the rankings per group, by grouping key then group value
 * @param grades the grades of the ranked participants, in ranking order
 * @since 0.1.0
 */
public record PeriodResult(
        CompetitionId competition,
        IndicatorSetRef indicatorSet,
        PeriodId period,
        List<ScoreCard> cards,
        Ranking overall,
        List<Ranking> groups,
        List<GradeResult> grades) {
    /** Refuses nulls and copies the lists. */
    public PeriodResult {
        Objects.requireNonNull(competition, "competition");
        Objects.requireNonNull(indicatorSet, "indicatorSet");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(overall, "overall");
        cards = List.copyOf(cards);
        groups = List.copyOf(groups);
        grades = List.copyOf(grades);
    }

    /**
     * The card of a participant.
     *
     * @param participant its id
     * @return its card, if it takes part
     */
    public Optional<ScoreCard> card(ParticipantId participant) {
        return cards.stream().filter(c -> c.participant().equals(participant)).findFirst();
    }

    /**
     * The grade of a participant.
     *
     * @param participant its id
     * @return its grade result, if it is ranked
     */
    public Optional<GradeResult> grade(ParticipantId participant) {
        return grades.stream().filter(g -> g.participant().equals(participant)).findFirst();
    }
}
