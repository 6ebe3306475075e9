// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a ranking method: the preference of every alternative as the method defines it
 * (VIKOR: Q, lower is better; all others higher is better), the ranks (1 = best whatever the
 * direction; preferences within the tolerance share the minimum rank, 1, 2, 2, 4), the weights
 * used, and the intermediate matrices on request.
 *
 * @since 0.1.0
 */
public final class McdaResult {
    private final McdaMethod method;
    private final Weights weights;
    private final double[] preferences;
    private final int[] ranks;
    private final int[] order;
    private final double tolerance;
    private final @Nullable VikorConditions vikor;
    private final Supplier<Explanation> explainer;
    private volatile @Nullable Explanation explanation;

    McdaResult(
            McdaMethod method,
            Weights weights,
            double[] preferences,
            int[] ranks,
            int[] order,
            double tolerance,
            @Nullable VikorConditions vikor,
            Supplier<Explanation> explainer) {
        this.method = method;
        this.weights = weights;
        this.preferences = preferences;
        this.ranks = ranks;
        this.order = order;
        this.tolerance = tolerance;
        this.vikor = vikor;
        this.explainer = explainer;
    }

    /** The method and its parameters. */
    public McdaMethod method() {
        return method;
    }

    /** The weights used, summing to 1. */
    public Weights weights() {
        return weights;
    }

    /** The number of alternatives. */
    public int size() {
        return preferences.length;
    }

    /** A copy of the preferences, one per alternative in input order. */
    public double[] preferences() {
        return preferences.clone();
    }

    /**
     * One preference.
     *
     * @param alternative 0-based
     * @return its preference
     */
    public double preference(int alternative) {
        return preferences[alternative];
    }

    /** A copy of the ranks, one per alternative in input order; 1 = best. */
    public int[] ranks() {
        return ranks.clone();
    }

    /**
     * One rank.
     *
     * @param alternative 0-based
     * @return its rank, 1 = best
     */
    public int rank(int alternative) {
        return ranks[alternative];
    }

    /** The alternatives (0-based) from best to worst; tied alternatives in input order. */
    public int[] order() {
        return order.clone();
    }

    /** Whether a higher preference is better (false for VIKOR). */
    public boolean higherIsBetter() {
        return method.higherIsBetter();
    }

    /**
     * The relative tolerance of ties: two preferences tie when they differ by at most {@code
     * tolerance × max|preference|} (measured from the best preference of their group).
     */
    public double tolerance() {
        return tolerance;
    }

    /** VIKOR's conditions and compromise set; empty for other methods. */
    public Optional<VikorConditions> vikor() {
        return Optional.ofNullable(vikor);
    }

    /**
     * The intermediate matrices of the method (normalised, weighted, ideal, distances, S/R/Q, flows
     * …). Computed on first call from the same inputs, so that a large ranking keeps no extra copy
     * of the matrix unless asked; the result is cached.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        Explanation e = explanation;
        if (e == null) {
            synchronized (this) {
                e = explanation;
                if (e == null) {
                    e = explainer.get();
                    explanation = e;
                }
            }
        }
        return e;
    }

    @Override
    public String toString() {
        return "McdaResult[" + method.name() + ", " + preferences.length + " alternatives]";
    }
}
