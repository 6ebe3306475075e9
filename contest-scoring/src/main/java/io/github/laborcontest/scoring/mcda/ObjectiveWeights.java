// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import io.github.laborcontest.scoring.mcda.internal.Sink;
import io.github.laborcontest.scoring.mcda.internal.WeightKernels;
import java.util.List;

/**
 * Objective weights, derived from the data alone. Each result sums to 1 and carries its
 * intermediates as an {@link Explanation}. When no criterion carries information (every column
 * constant, or a single alternative) the weights are equal.
 *
 * @since 0.1.0
 */
public final class ObjectiveWeights {
    private ObjectiveWeights() {}

    /**
     * Entropy weights (熵权法): {@code p_ij = x_ij / Σ_i x_ij}, {@code e_j = −Σ_i p_ij ln p_ij / ln
     * m} with {@code 0 ln 0 = 0}, {@code d_j = 1 − e_j}, {@code w_j = d_j / Σ d}. An all-zero column
     * has {@code e = 1}. Intermediates: {@code entropy}, {@code divergence}, {@code weights}.
     *
     * @param matrix the values, all &gt;= 0 (the entropy of a negative share is undefined)
     * @return the weights
     * @throws IllegalArgumentException naming the first negative value
     */
    public static Weights entropy(DecisionMatrix matrix) {
        Sink sink = new Sink();
        double[] w = WeightKernels.entropy(matrix.data(), matrix.rows(), matrix.columns(), sink);
        return Weights.derived(w, "entropy", Explanation.of(sink));
    }

    /**
     * CRITIC weights (Diakoulaki, Mavrotas &amp; Papayannakis 1995), direction-aware: each column is
     * min–max normalised by its type, then {@code C_j = σ_j Σ_k (1 − r_jk)} with the sample standard
     * deviation σ and the Pearson correlation r; {@code w = C / ΣC}. A constant column's correlation
     * with the others is taken as 0. Intermediates: {@code normalized}, {@code sigma}, {@code
     * correlation}, {@code information}, {@code weights}.
     *
     * @param matrix the values
     * @param types one type per criterion
     * @return the weights
     */
    public static Weights critic(DecisionMatrix matrix, List<CriterionType> types) {
        boolean[] cost = Mcda.costFlags(matrix, types);
        Sink sink = new Sink();
        double[] w = WeightKernels.critic(matrix.data(), matrix.rows(), matrix.columns(), cost, sink);
        return Weights.derived(w, "critic", Explanation.of(sink));
    }

    /**
     * Standard-deviation weights: the sample standard deviation (ddof = 1) of each min–max
     * normalised column, {@code w = σ / Σσ}; independent of units. Intermediates: {@code sigma},
     * {@code weights}.
     *
     * @param matrix the values
     * @param types one type per criterion
     * @return the weights
     */
    public static Weights standardDeviation(DecisionMatrix matrix, List<CriterionType> types) {
        boolean[] cost = Mcda.costFlags(matrix, types);
        Sink sink = new Sink();
        double[] w = WeightKernels.standardDeviation(matrix.data(), matrix.rows(), matrix.columns(), cost, sink);
        return Weights.derived(w, "std", Explanation.of(sink));
    }

    /**
     * Equal weights {@code 1/n}.
     *
     * @param matrix the values (only its number of criteria is used)
     * @return the weights
     */
    public static Weights equal(DecisionMatrix matrix) {
        return Weights.equal(matrix.columns());
    }
}
