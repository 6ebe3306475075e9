// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import io.github.laborcontest.model.ParticipantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Multi-criteria evaluation as a scoring step: ranks participants by their measurements on
 * several criteria. The points engine or an integrator passes the measurements (one row per
 * participant, one column per criterion) and gets a ranking back, best first, with the full
 * {@link McdaResult} as its explanation.
 *
 * <pre>{@code
 * McdaRanking r = McdaRanking.rank(
 *     List.of(ParticipantId.of("P1"), ParticipantId.of("P2")),
 *     List.of(CriterionType.BENEFIT, CriterionType.COST),
 *     new double[][] {{95, 3}, {90, 1}},
 *     Weights.of(0.6, 0.4),
 *     new McdaMethod.Topsis(Normalization.VECTOR));
 * }</pre>
 *
 * @param entries the participants, best first; ties share the minimum rank and keep input order
 * @param result the result of the method, alternatives in the participants' input order
 * @since 0.1.0
 */
public record McdaRanking(List<Entry> entries, McdaResult result) {

    /** Copies the list. */
    public McdaRanking {
        entries = List.copyOf(entries);
        Objects.requireNonNull(result, "result");
    }

    /**
     * One ranked participant.
     *
     * @param participant the participant
     * @param rank 1 = best
     * @param preference its preference as the method defines it (VIKOR: Q, lower is better)
     */
    public record Entry(ParticipantId participant, int rank, double preference) {}

    /**
     * Ranks participants with given weights.
     *
     * @param participants the participants, unique, one per row
     * @param criteria one type per column
     * @param measurements {@code measurements[participant][criterion]}, finite
     * @param weights one per criterion
     * @param method the method
     * @return the ranking
     * @throws IllegalArgumentException if sizes do not fit, ids repeat, or values do not suit the
     *     method
     */
    public static McdaRanking rank(
            List<ParticipantId> participants,
            List<CriterionType> criteria,
            double[][] measurements,
            Weights weights,
            McdaMethod method) {
        DecisionMatrix matrix = matrix(participants, measurements);
        return of(participants, Mcda.rank(matrix, criteria, weights, method));
    }

    /**
     * Ranks participants with weights derived from the data (or given with the criteria).
     *
     * @param participants the participants, unique, one per row
     * @param criteria one criterion per column (their weights are used by {@link Weighting#GIVEN})
     * @param measurements {@code measurements[participant][criterion]}, finite
     * @param weighting where the weights come from
     * @param method the method
     * @return the ranking
     */
    public static McdaRanking rank(
            List<ParticipantId> participants,
            List<Criterion> criteria,
            double[][] measurements,
            Weighting weighting,
            McdaMethod method) {
        DecisionMatrix matrix = matrix(participants, measurements);
        List<CriterionType> types = criteria.stream().map(Criterion::type).toList();
        Weights weights = weighting.weights(matrix, criteria);
        return of(participants, Mcda.rank(matrix, types, weights, method));
    }

    private static DecisionMatrix matrix(List<ParticipantId> participants, double[][] measurements) {
        if (participants.size() != measurements.length) {
            throw new IllegalArgumentException(
                    participants.size() + " participants but " + measurements.length + " rows of measurements");
        }
        if (new HashSet<>(participants).size() != participants.size()) {
            throw new IllegalArgumentException("participants must be unique");
        }
        return DecisionMatrix.ofRows(measurements);
    }

    private static McdaRanking of(List<ParticipantId> participants, McdaResult result) {
        List<Entry> entries = new ArrayList<>(participants.size());
        for (int i : result.order()) {
            entries.add(new Entry(participants.get(i), result.rank(i), result.preference(i)));
        }
        return new McdaRanking(entries, result);
    }
}
