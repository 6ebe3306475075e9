// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import io.github.laborcontest.scoring.mcda.internal.WeightKernels;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Criterion weights: non-negative, finite, summing to 1, with an optional explanation of how they
 * were derived (entropy, CRITIC, AHP …). Immutable.
 *
 * @since 0.1.0
 */
public final class Weights {
    private final double[] values;
    private final String method;
    private final Explanation explanation;

    private Weights(double[] values, String method, Explanation explanation) {
        this.values = values;
        this.method = method;
        this.explanation = explanation;
    }

    /**
     * Weights given by a person, scaled to sum 1 ({@code 2, 3} becomes {@code 0.4, 0.6}). Weights
     * that already sum to 1 within 1e-12 (such as 0.35, 0.35, 0.2, 0.1, whose floating-point sum is
     * 0.9999999999999999) are kept exactly as given.
     *
     * @param weights one per criterion, each finite and &gt;= 0, not all 0
     * @return the weights
     * @throws IllegalArgumentException if a weight is negative or not finite, or all are 0
     */
    public static Weights of(double... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights must not be empty");
        }
        double total = 0;
        for (int j = 0; j < weights.length; j++) {
            double w = weights[j];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight " + j + " must be finite and >= 0, was " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights must not all be 0");
        }
        double[] v = new double[weights.length];
        boolean sumsToOne = Math.abs(total - 1) <= 1e-12;
        for (int j = 0; j < v.length; j++) {
            v[j] = sumsToOne ? weights[j] : weights[j] / total;
        }
        return new Weights(v, "given", Explanation.EMPTY);
    }

    /**
     * Equal weights {@code 1/n}.
     *
     * @param n the number of criteria, at least 1
     * @return the weights
     */
    public static Weights equal(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        double[] v = new double[n];
        Arrays.fill(v, 1.0 / n);
        return new Weights(v, "equal", Explanation.EMPTY);
    }

    static Weights derived(double[] values, String method, Explanation explanation) {
        return new Weights(values, method, explanation);
    }

    /**
     * Linear combination of subjective and objective weights: {@code w = α s + (1 − α) o}.
     *
     * @param subjective for example from {@link Ahp}
     * @param objective for example from {@link ObjectiveWeights#entropy}
     * @param alpha the share of the subjective weights, in [0, 1]
     * @return the combined weights
     */
    public static Weights combine(Weights subjective, Weights objective, double alpha) {
        checkSameSize(subjective, objective);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], was " + alpha);
        }
        double[] v = new double[subjective.size()];
        for (int j = 0; j < v.length; j++) {
            v[j] = alpha * subjective.values[j] + (1 - alpha) * objective.values[j];
        }
        return new Weights(WeightKernels.normalise(v), "combined-linear", Explanation.EMPTY);
    }

    /**
     * Multiplicative combination: {@code w_j = s_j o_j / Σ_k s_k o_k}.
     *
     * @param subjective for example from {@link Ahp}
     * @param objective for example from {@link ObjectiveWeights#entropy}
     * @return the combined weights
     * @throws IllegalArgumentException if every product is 0
     */
    public static Weights combineMultiplicative(Weights subjective, Weights objective) {
        checkSameSize(subjective, objective);
        double[] v = new double[subjective.size()];
        double total = 0;
        for (int j = 0; j < v.length; j++) {
            v[j] = subjective.values[j] * objective.values[j];
            total += v[j];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the products of the weights are all 0");
        }
        for (int j = 0; j < v.length; j++) {
            v[j] /= total;
        }
        return new Weights(v, "combined-multiplicative", Explanation.EMPTY);
    }

    private static void checkSameSize(Weights a, Weights b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("weights of different sizes: " + a.size() + " and " + b.size());
        }
    }

    /** The number of criteria. */
    public int size() {
        return values.length;
    }

    /**
     * One weight.
     *
     * @param criterion 0-based
     * @return its weight
     */
    public double get(int criterion) {
        return values[criterion];
    }

    /** A copy of the weights. */
    public double[] values() {
        return values.clone();
    }

    double[] data() {
        return values;
    }

    /**
     * How the weights were made: {@code given}, {@code equal}, {@code entropy}, {@code critic},
     * {@code std}, {@code ahp-eigenvector} …
     */
    public String method() {
        return method;
    }

    /** The intermediate values of the derivation (empty for given or equal weights). */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Weights other && Arrays.equals(values, other.values) && method.equals(other.method);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + method.hashCode();
    }

    @Override
    public String toString() {
        return "Weights[" + method + " " + Arrays.toString(values) + "]";
    }
}
