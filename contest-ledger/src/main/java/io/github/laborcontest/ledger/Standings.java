// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import java.util.List;
import java.util.Optional;

/**
 * The standings folded from a ledger (or a segment of it), ordered by competition, period and
 * participant.
 *
 * @param standings one per participant and period that has any non-reversed entry
 * @since 0.1.0
 */
public record Standings(List<Standing> standings) {

    /** Copies the list. */
    public Standings {
        standings = List.copyOf(standings);
    }

    /**
     * The standing of a key.
     *
     * @param key participant, period, competition
     * @return the standing, if the ledger says anything about it
     */
    public Optional<Standing> of(StandingKey key) {
        return standings.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /**
     * The standings of one period.
     *
     * @param period the period
     * @return those standings
     */
    public List<Standing> ofPeriod(PeriodId period) {
        return standings.stream().filter(s -> s.key().period().equals(period)).toList();
    }

    /**
     * The standings of one participant.
     *
     * @param participant the participant
     * @return its standings, ordered by period
     */
    public List<Standing> ofParticipant(ParticipantId participant) {
        return standings.stream()
                .filter(s -> s.key().participant().equals(participant))
                .toList();
    }

    /**
     * All latest measurements of one period, the input that contest-scoring takes.
     *
     * @param period the period
     * @return the measurements, by participant then indicator
     */
    public List<Measurement> measurements(PeriodId period) {
        return ofPeriod(period).stream().flatMap(s -> s.measurements().stream()).toList();
    }

    /** The number of standings. */
    public int size() {
        return standings.size();
    }
}
