// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.SortOrder;
import io.github.laborcontest.model.TieBreaker;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's place in a ranking.
 *
 * @param rank the rank under the ranking's tie policy (a whole number, or {@code x.5} under the
 *     fractional policy)
 * @param position the 1-based position in the listing
 * @param participant who
 * @param total its total
 * @param decidedBy when the participant has the same total as the next entry but ranks ahead of
 *     it, the tie-breaker that decided
 * @param tiedWith when it stays tied after every tie-breaker, all participants of the tie
 *     including itself, in id order (one list shared by the tie's entries); empty otherwise
 * @since 0.1.0
 */
public record RankedEntry(
        BigDecimal rank,
        int position,
        ParticipantId participant,
        Points total,
        Optional<TieBreakDecision> decidedBy,
        List<ParticipantId> tiedWith) {
    /** Refuses nulls and copies the list. */
    public RankedEntry {
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(decidedBy, "decidedBy");
        tiedWith = List.copyOf(tiedWith);
    }

    /**
     * Why a participant ranks ahead of another with the same total.
     *
     * @param index the 0-based position of the tie-breaker in the chain
     * @param by what it compares
     * @param ref the dimension, indicator or plugin it names
     * @param order which end ranks first
     * @param over the participant ranked next, with the same total
     * @param value this participant's value, or {@code "-"} if it has none
     * @param otherValue the other participant's value, or {@code "-"}
     */
    public record TieBreakDecision(
            int index,
            TieBreaker.By by,
            String ref,
            SortOrder order,
            ParticipantId over,
            String value,
            String otherValue) {}
}
