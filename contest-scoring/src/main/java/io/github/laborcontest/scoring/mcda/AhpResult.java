// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

/**
 * The outcome of AHP on one pairwise-comparison matrix.
 *
 * @param weights the priorities, summing to 1
 * @param lambdaMax the principal eigenvalue (for the geometric- and column-mean methods, the
 *     estimate {@code (1/n) Σ (A w)_i / w_i} at their priorities)
 * @param consistencyIndex {@code CI = (λmax − n)/(n − 1)}, clamped at 0; 0 for n &lt;= 2
 * @param consistencyRatio {@code CR = CI / RI(n)}, clamped at 0; 0 for n &lt;= 2
 * @param randomIndex the table RI was taken from
 * @param method how the priorities were derived
 * @param acceptedInconsistent true if CR exceeded the threshold and the caller accepted it
 * @since 0.1.0
 */
public record AhpResult(
        Weights weights,
        double lambdaMax,
        double consistencyIndex,
        double consistencyRatio,
        RandomIndex randomIndex,
        AhpMethod method,
        boolean acceptedInconsistent) {}
