// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.Points;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What awards need to know about one candidate: who it is, its place in the ranking, its total,
 * grade and vetoes from scoring, and other named facts (serious accident, disciplinary record,
 * recommendation by the organising union, …). Every fact may be absent, and an absent fact is
 * <em>unknown</em>: a rule that needs it is undetermined, never silently failed or passed. An
 * absent {@link #vetoes()} means the vetoes are unknown; an empty list means none fired.
 *
 * <pre>{@code
 * Candidate c = Candidate.of(participant, 1, false, Points.of("96.50"))
 *     .withVetoes(List.of())
 *     .withFacts(Map.of(FactNames.DISCIPLINARY_RECORD, FactValue.of(false)));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCandidate.class)
@JsonDeserialize(as = ImmutableCandidate.class)
public interface Candidate extends WithCandidate {

    /** The participant's id, unique among the candidates. */
    ParticipantId participant();

    /** The participant's name. */
    String name();

    /** Unit, team, individual worker or project. */
    ParticipantKind kind();

    /** The employer unit of a worker or team, which files a recommendation. */
    Optional<String> unit();

    /** The rank (1 = first); absent when unknown or not ranked. */
    Optional<Integer> rank();

    /** Whether another candidate shares this rank (并列). */
    @Value.Default
    default boolean rankShared() {
        return false;
    }

    /** The total points; absent when unknown. */
    Optional<Points> total();

    /** The grade code, for example {@code "excellent"}; absent when unknown or not graded. */
    Optional<String> grade();

    /** The vetoes fired in the period; absent when unknown, empty when none fired. */
    Optional<List<VetoRecord>> vetoes();

    /** Other named facts; see {@link FactNames} for the names built-in awards use. */
    Map<String, FactValue> facts();

    /** Checks the rank. */
    @Value.Check
    default void check() {
        if (rank().isPresent() && rank().get() < 1) {
            throw new IllegalArgumentException("rank (" + rank().get() + ") must be at least 1");
        }
        if (name().isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    /**
     * A ranked candidate taken from a model participant, with no facts known yet.
     *
     * @param participant the participant
     * @param rank its rank, from 1
     * @param rankShared whether the rank is shared
     * @param total its total points
     * @return the candidate
     */
    static Candidate of(Participant participant, int rank, boolean rankShared, Points total) {
        return new Builder()
                .participant(participant.id())
                .name(participant.name())
                .kind(participant.kind())
                .unit(participant.unit())
                .rank(rank)
                .rankShared(rankShared)
                .total(total)
                .build();
    }

    /**
     * A ranked candidate, with no facts known yet.
     *
     * @param id the participant's id
     * @param name its name
     * @param kind its kind
     * @param rank its rank, from 1
     * @param rankShared whether the rank is shared
     * @param total its total points
     * @return the candidate
     */
    static Candidate of(
            ParticipantId id, String name, ParticipantKind kind, int rank, boolean rankShared, Points total) {
        return new Builder()
                .participant(id)
                .name(name)
                .kind(kind)
                .rank(rank)
                .rankShared(rankShared)
                .total(total)
                .build();
    }

    /**
     * A copy with one more known fact.
     *
     * @param name the fact's name
     * @param value its value
     * @return the candidate with the fact set (replacing an earlier value)
     */
    default Candidate withFact(String name, FactValue value) {
        java.util.Map<String, FactValue> copy = new java.util.TreeMap<>(facts());
        copy.put(name, value);
        return new Builder().from(this).facts(copy).build();
    }

    /** Builds a {@link Candidate}. */
    class Builder extends ImmutableCandidate.Builder {}
}
