// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.Points;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link Scorer#rankBulk}: every participant's total and the overall ranking, with
 * explanations built only when asked for, one participant at a time. The totals are the ones
 * {@link Scorer#scorePeriod} gives for the same measurements.
 *
 * @since 0.1.0
 */
public interface BulkResult {

    /** The overall ranking; disqualified participants are listed with their vetoes, not ranked. */
    Ranking ranking();

    /** The totals, one per row of the table, in the table's order. */
    List<Points> totals();

    /**
     * The explained score card of one participant, computed now.
     *
     * @param participant the participant
     * @return its card with every step, if it is in the table
     */
    Optional<ScoreCard> explain(ParticipantId participant);
}
