// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import java.util.List;

/**
 * Where the weights of a decision problem come from.
 *
 * @since 0.1.0
 */
public enum Weighting {
    /** The weights given with the criteria, scaled to sum 1. */
    GIVEN("given"),
    /** {@link ObjectiveWeights#entropy}. */
    ENTROPY("entropy"),
    /** {@link ObjectiveWeights#critic}. */
    CRITIC("critic"),
    /** {@link ObjectiveWeights#standardDeviation}. */
    STD("std"),
    /** {@link Weights#equal}. */
    EQUAL("equal");

    private final String code;

    Weighting(String code) {
        this.code = code;
    }

    /** The JSON code, for example {@code "entropy"}. */
    public String code() {
        return code;
    }

    /**
     * The weights of a matrix by this weighting.
     *
     * @param matrix the values
     * @param criteria the criteria (their weights are used only by {@link #GIVEN})
     * @return the weights
     * @throws IllegalArgumentException if a given weight is missing, or the values do not suit the
     *     weighting (entropy needs values &gt;= 0)
     */
    public Weights weights(DecisionMatrix matrix, List<Criterion> criteria) {
        List<CriterionType> types = criteria.stream().map(Criterion::type).toList();
        return switch (this) {
            case GIVEN ->
                Weights.of(criteria.stream()
                        .mapToDouble(c -> c.weight()
                                .orElseThrow(
                                        () -> new IllegalArgumentException("criterion " + c.id() + " has no weight")))
                        .toArray());
            case ENTROPY -> ObjectiveWeights.entropy(matrix);
            case CRITIC -> ObjectiveWeights.critic(matrix, types);
            case STD -> ObjectiveWeights.standardDeviation(matrix, types);
            case EQUAL -> ObjectiveWeights.equal(matrix);
        };
    }
}
