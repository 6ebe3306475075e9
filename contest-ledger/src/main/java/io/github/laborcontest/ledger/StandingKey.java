// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a standing is about: one participant in one period of one competition.
 *
 * @param competition the competition
 * @param participant the participant
 * @param period the period
 * @since 0.1.0
 */
public record StandingKey(CompetitionId competition, ParticipantId participant, PeriodId period)
        implements Comparable<StandingKey> {

    private static final Comparator<StandingKey> ORDER = Comparator.comparing(StandingKey::competition)
            .thenComparing(StandingKey::period)
            .thenComparing(StandingKey::participant);

    /** Refuses nulls. */
    public StandingKey {
        Objects.requireNonNull(competition, "competition");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(period, "period");
    }

    /**
     * The key of an entry.
     *
     * @param entry an entry
     * @return its key
     */
    public static StandingKey of(Entry entry) {
        return new StandingKey(entry.competition(), entry.participant(), entry.period());
    }

    /** Orders by competition, then period, then participant. */
    @Override
    public int compareTo(StandingKey other) {
        return ORDER.compare(this, other);
    }
}
