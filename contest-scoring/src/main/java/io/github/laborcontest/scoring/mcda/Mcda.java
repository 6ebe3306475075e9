// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import io.github.laborcontest.scoring.mcda.internal.Methods;
import io.github.laborcontest.scoring.mcda.internal.Normalize;
import io.github.laborcontest.scoring.mcda.internal.Ranks;
import io.github.laborcontest.scoring.mcda.internal.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs a ranking method on a decision matrix.
 *
 * <pre>{@code
 * DecisionMatrix m = DecisionMatrix.ofRows(new double[][] {{0.9, 120}, {0.7, 100}, {0.8, 90}});
 * McdaResult r = Mcda.rank(m, List.of(CriterionType.BENEFIT, CriterionType.COST),
 *     Weights.of(0.4, 0.6), new McdaMethod.Topsis(Normalization.MIN_MAX));
 * r.ranks();   // {3, 2, 1}
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Mcda {
    /** The default relative tolerance of ties: 1e-12. */
    public static final double DEFAULT_TOLERANCE = 1e-12;

    private Mcda() {}

    /**
     * Ranks with the default tolerance.
     *
     * @param matrix the values
     * @param types one type per criterion
     * @param weights one weight per criterion
     * @param method the method
     * @return the result
     * @throws IllegalArgumentException if the sizes do not fit, or the values do not suit the method
     *     (WPM needs values &gt; 0; PROMETHEE needs one preference function per criterion)
     */
    public static McdaResult rank(
            DecisionMatrix matrix, List<CriterionType> types, Weights weights, McdaMethod method) {
        return rank(matrix, types, weights, method, DEFAULT_TOLERANCE);
    }

    /**
     * Ranks.
     *
     * @param matrix the values
     * @param types one type per criterion
     * @param weights one weight per criterion
     * @param method the method
     * @param tolerance the relative tolerance of ties, in [0, 1e-3]
     * @return the result
     * @throws IllegalArgumentException if the sizes do not fit, or the values do not suit the method
     */
    public static McdaResult rank(
            DecisionMatrix matrix, List<CriterionType> types, Weights weights, McdaMethod method, double tolerance) {
        Objects.requireNonNull(method, "method");
        boolean[] cost = costFlags(matrix, types);
        if (weights.size() != matrix.columns()) {
            throw new IllegalArgumentException(weights.size() + " weights for " + matrix.columns() + " criteria");
        }
        if (!(tolerance >= 0 && tolerance <= 1e-3)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1e-3], was " + tolerance);
        }
        if (method instanceof McdaMethod.Promethee2 p && p.preferences().size() != matrix.columns()) {
            throw new IllegalArgumentException(
                    p.preferences().size() + " preference functions for " + matrix.columns() + " criteria");
        }
        // VIKOR's conditions need S and R, which are vectors: record them on the first pass
        Sink vikorSink = method instanceof McdaMethod.Vikor ? new Sink() : null;
        double[] preferences = compute(matrix, cost, weights, method, vikorSink);
        Ranks.Sorted sorted = Ranks.sort(preferences, method.higherIsBetter());
        int[] order = sorted.order();
        int[] ranks = Ranks.ranks(preferences, sorted, method.higherIsBetter(), Ranks.scale(preferences), tolerance);
        VikorConditions conditions = null;
        if (vikorSink != null) {
            conditions = vikorConditions(
                    preferences,
                    order,
                    vikorSink.entries().get("S").values(),
                    vikorSink.entries().get("R").values(),
                    tolerance);
        }
        return new McdaResult(method, weights, preferences, ranks, order, tolerance, conditions, () -> {
            Sink sink = new Sink();
            compute(matrix, cost, weights, method, sink);
            return Explanation.of(sink);
        });
    }

    private static double[] compute(
            DecisionMatrix matrix, boolean[] cost, Weights weights, McdaMethod method, @Nullable Sink sink) {
        double[] x = matrix.data();
        int m = matrix.rows();
        int n = matrix.columns();
        double[] w = weights.data();
        if (method instanceof McdaMethod.Wsm wsm) {
            double[] params = Normalize.params(x, m, n, cost, wsm.normalization().kind);
            return Methods.wsm(x, m, n, w, params, sink);
        } else if (method instanceof McdaMethod.Wpm) {
            return Methods.wpm(x, m, n, w, cost, sink);
        } else if (method instanceof McdaMethod.Topsis topsis) {
            double[] params = Normalize.params(x, m, n, cost, topsis.normalization().kind);
            return Methods.topsis(x, m, n, w, params, sink);
        } else if (method instanceof McdaMethod.Vikor vikor) {
            return Methods.vikor(x, m, n, w, cost, vikor.v(), sink).q();
        } else if (method instanceof McdaMethod.Promethee2 promethee) {
            double[] q = new double[n];
            double[] p = new double[n];
            for (int j = 0; j < n; j++) {
                if (promethee.preferences().get(j) instanceof PreferenceFunction.Linear linear) {
                    q[j] = linear.q();
                    p[j] = linear.p();
                }
            }
            return Methods.promethee2(x, m, n, w, cost, q, p, sink);
        }
        throw new IllegalArgumentException("unknown method " + method);
    }

    private static VikorConditions vikorConditions(double[] q, int[] order, double[] s, double[] r, double tolerance) {
        int m = q.length;
        if (m == 1) {
            return new VikorConditions(true, true, 0, List.of(0));
        }
        double dq = 1.0 / (m - 1);
        int first = order[0];
        int second = order[1];
        // Q lies in [0, 1]: the tolerance is absolute here, so float noise never flips C1
        boolean advantage = q[second] - q[first] >= dq - tolerance;
        boolean stability = isBest(s, first, tolerance) || isBest(r, first, tolerance);
        List<Integer> compromise = new ArrayList<>();
        if (advantage && stability) {
            compromise.add(first);
        } else if (advantage) {
            compromise.add(first);
            compromise.add(second);
        } else {
            for (int k = 0; k < m && q[order[k]] - q[first] < dq - tolerance; k++) {
                compromise.add(order[k]);
            }
        }
        return new VikorConditions(advantage, stability, dq, compromise);
    }

    private static boolean isBest(double[] values, int candidate, double tolerance) {
        double min = Double.POSITIVE_INFINITY;
        double scale = 0;
        for (double v : values) {
            min = Math.min(min, v);
            scale = Math.max(scale, Math.abs(v));
        }
        return values[candidate] - min <= tolerance * scale;
    }

    static boolean[] costFlags(DecisionMatrix matrix, List<CriterionType> types) {
        if (types.size() != matrix.columns()) {
            throw new IllegalArgumentException(types.size() + " criterion types for " + matrix.columns() + " criteria");
        }
        boolean[] cost = new boolean[types.size()];
        for (int j = 0; j < cost.length; j++) {
            cost[j] = Objects.requireNonNull(types.get(j), "type") == CriterionType.COST;
        }
        return cost;
    }
}
