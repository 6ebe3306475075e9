// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

import org.jspecify.annotations.Nullable;

/**
 * The ranking methods on column-major arrays. Weights are non-negative and sum to 1. Each method
 * returns the preference of every alternative and, when {@code sink} is not null, records its
 * intermediate matrices there (this materialises them; the fast path without a sink does not).
 */
public final class Methods {
    /** Rows per block: the per-row accumulators of one block stay in the L1/L2 cache. */
    private static final int BLOCK = 2048;

    /**
     * Rows per block of TOPSIS: four buffers of 16 KiB, in the L2 cache. Measured (thread CPU time,
     * 1,000,000 × 10): 2,048 rows about 2.5 ms faster than 1,024; 4,096 and 8,192 no faster.
     */
    private static final int TOPSIS_BLOCK = 2048;

    private Methods() {}

    /**
     * Weighted sum of normalised values: {@code S_i = Σ_j w_j r_ij}.
     *
     * @param x values
     * @param m rows
     * @param n columns
     * @param w weights
     * @param params normalisation parameters from {@link Normalize#params}
     * @param sink where to record intermediates, or null
     * @return the preferences, higher is better
     */
    public static double[] wsm(double[] x, int m, int n, double[] w, double[] params, @Nullable Sink sink) {
        double[] s = new double[m];
        for (int j = 0; j < n; j++) {
            int off = j * m;
            double wj = w[j];
            double c = params[Normalize.STRIDE * j];
            double d = params[Normalize.STRIDE * j + 1];
            double b = params[Normalize.STRIDE * j + 2];
            for (int i = 0; i < m; i++) {
                s[i] += wj * ((x[off + i] - c) / d + b);
            }
        }
        if (sink != null) {
            double[] r = Normalize.apply(x, m, n, params);
            sink.put("normalized", m, n, r);
            sink.put("weighted", m, n, weighted(r, m, n, w));
            sink.column("preference", s.clone());
        }
        return s;
    }

    /**
     * Weighted product: {@code P_i = Π_j (x_ij / max_j)^{w_j}} for benefit and {@code (min_j /
     * x_ij)^{w_j}} for cost columns, computed as {@code exp(Σ w ln ratio)}. Values must be strictly
     * positive.
     *
     * @param x values, all &gt; 0
     * @param m rows
     * @param n columns
     * @param w weights
     * @param cost whether each column is a cost column
     * @param sink where to record intermediates, or null
     * @return the preferences in (0, 1], higher is better
     */
    public static double[] wpm(double[] x, int m, int n, double[] w, boolean[] cost, @Nullable Sink sink) {
        double[] logSum = new double[m];
        double[] ratios = sink == null ? null : new double[m * n];
        for (int j = 0; j < n; j++) {
            int off = j * m;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double v = x[off + i];
                if (!(v > 0)) {
                    throw new IllegalArgumentException(
                            "weighted product needs values > 0; row " + i + ", column " + j + " is " + v);
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double wj = w[j];
            double ref = Math.log(cost[j] ? min : max);
            for (int i = 0; i < m; i++) {
                double lr = cost[j] ? ref - Math.log(x[off + i]) : Math.log(x[off + i]) - ref;
                logSum[i] += wj * lr;
                if (ratios != null) {
                    ratios[off + i] = cost[j] ? min / x[off + i] : x[off + i] / max;
                }
            }
        }
        double[] p = new double[m];
        for (int i = 0; i < m; i++) {
            p[i] = Math.exp(logSum[i]);
        }
        if (sink != null && ratios != null) {
            sink.put("ratio", m, n, ratios);
            sink.column("preference", p.clone());
        }
        return p;
    }

    /**
     * TOPSIS: weighted normalised values {@code v = w r}, ideal and anti-ideal (largest and smallest
     * {@code v} per column, since cost columns are already reflected by the normalisation),
     * Euclidean distances {@code D+}, {@code D−} and closeness {@code D− / (D+ + D−)}. When {@code
     * D+ + D− = 0} (ideal and anti-ideal coincide on every weighted criterion, so all alternatives
     * are equal) the closeness is 1.
     *
     * @param x values
     * @param m rows
     * @param n columns
     * @param w weights
     * @param params normalisation parameters from {@link Normalize#params}
     * @param sink where to record intermediates, or null
     * @return the closeness, higher is better
     */
    public static double[] topsis(double[] x, int m, int n, double[] w, double[] params, @Nullable Sink sink) {
        double[] ideal = new double[n];
        double[] anti = new double[n];
        for (int j = 0; j < n; j++) {
            ideal[j] = w[j] * Normalize.best(params, j);
            anti[j] = w[j] * Normalize.worst(params, j);
        }
        // Squared distances accumulate per block of rows in small arrays that stay in the cache;
        // only the closeness (and, when explaining, the distances) take O(m) memory. Each block of
        // a column is first copied into a buffer: C2 (JDK 17) vectorises the loops over the buffer,
        // not loops that read the matrix at a column offset. Every value still goes through the same
        // operations in the same order, lane by lane, so the results are those of a scalar loop.
        double[] closeness = new double[m];
        double[] dPlus = sink == null ? null : new double[m];
        double[] dMinus = sink == null ? null : new double[m];
        double[] column = new double[TOPSIS_BLOCK];
        double[] plus = new double[TOPSIS_BLOCK];
        double[] minus = new double[TOPSIS_BLOCK];
        double[] close = new double[TOPSIS_BLOCK];
        for (int start = 0; start < m; start += TOPSIS_BLOCK) {
            int len = Math.min(m - start, TOPSIS_BLOCK);
            for (int j = 0; j < n; j++) {
                System.arraycopy(x, j * m + start, column, 0, len);
                double wj = w[j];
                double c = params[Normalize.STRIDE * j];
                double d = params[Normalize.STRIDE * j + 1];
                double b = params[Normalize.STRIDE * j + 2];
                double best = ideal[j];
                double worst = anti[j];
                if (j == 0) {
                    // 0 + e² is e² exactly (e² is never −0.0): the first column sets the sums
                    for (int k = 0; k < len; k++) {
                        double v = wj * ((column[k] - c) / d + b);
                        double e1 = v - best;
                        double e2 = v - worst;
                        plus[k] = e1 * e1;
                        minus[k] = e2 * e2;
                    }
                } else {
                    for (int k = 0; k < len; k++) {
                        double v = wj * ((column[k] - c) / d + b);
                        double e1 = v - best;
                        double e2 = v - worst;
                        plus[k] += e1 * e1;
                        minus[k] += e2 * e2;
                    }
                }
            }
            for (int k = 0; k < len; k++) {
                double dp = Math.sqrt(plus[k]);
                double dm = Math.sqrt(minus[k]);
                plus[k] = dp;
                minus[k] = dm;
                close[k] = dm / (dp + dm);
            }
            for (int k = 0; k < len; k++) {
                // D+ + D− = 0 (every weighted value at the ideal) gave 0/0: closeness 1 by definition
                if (!(plus[k] + minus[k] > 0)) {
                    close[k] = 1.0;
                }
            }
            System.arraycopy(close, 0, closeness, start, len);
            if (dPlus != null && dMinus != null) {
                System.arraycopy(plus, 0, dPlus, start, len);
                System.arraycopy(minus, 0, dMinus, start, len);
            }
        }
        if (sink != null && dPlus != null && dMinus != null) {
            double[] r = Normalize.apply(x, m, n, params);
            sink.put("normalized", m, n, r);
            sink.put("weighted", m, n, weighted(r, m, n, w));
            sink.row("ideal", ideal);
            sink.row("antiIdeal", anti);
            sink.column("distanceToIdeal", dPlus);
            sink.column("distanceToAntiIdeal", dMinus);
            sink.column("closeness", closeness.clone());
        }
        return closeness;
    }

    /** The result of VIKOR. */
    public record Vikor(double[] s, double[] r, double[] q) {}

    /**
     * VIKOR (Opricovic): best {@code f*} and worst {@code f−} per column by direction, {@code S_i =
     * Σ w_j (f*_j − f_ij)/(f*_j − f−_j)}, {@code R_i = max_j} of the same terms, and {@code Q_i = v
     * (S_i − S*)/(S− − S*) + (1 − v)(R_i − R*)/(R− − R*)}. A constant column contributes 0 to S and
     * R; a zero range of S (or R) makes its part of Q zero.
     *
     * @param x values
     * @param m rows
     * @param n columns
     * @param w weights
     * @param cost whether each column is a cost column
     * @param v the weight of the strategy of maximum group utility, in [0, 1]
     * @param sink where to record intermediates, or null
     * @return S, R and Q; Q lower is better
     */
    public static Vikor vikor(double[] x, int m, int n, double[] w, boolean[] cost, double v, @Nullable Sink sink) {
        double[] best = new double[n];
        double[] worst = new double[n];
        for (int j = 0; j < n; j++) {
            int off = j * m;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                min = Math.min(min, x[off + i]);
                max = Math.max(max, x[off + i]);
            }
            best[j] = cost[j] ? min : max;
            worst[j] = cost[j] ? max : min;
        }
        double[] s = new double[m];
        double[] r = new double[m];
        for (int start = 0; start < m; start += BLOCK) {
            int end = Math.min(m, start + BLOCK);
            for (int j = 0; j < n; j++) {
                double span = best[j] - worst[j];
                if (span == 0) {
                    continue;
                }
                int off = j * m;
                double wj = w[j];
                double fb = best[j];
                for (int i = start; i < end; i++) {
                    double term = wj * ((fb - x[off + i]) / span);
                    s[i] += term;
                    r[i] = Math.max(r[i], term);
                }
            }
        }
        double sMin = Double.POSITIVE_INFINITY;
        double sMax = Double.NEGATIVE_INFINITY;
        double rMin = Double.POSITIVE_INFINITY;
        double rMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            sMin = Math.min(sMin, s[i]);
            sMax = Math.max(sMax, s[i]);
            rMin = Math.min(rMin, r[i]);
            rMax = Math.max(rMax, r[i]);
        }
        double sSpan = sMax - sMin;
        double rSpan = rMax - rMin;
        double[] q = new double[m];
        for (int i = 0; i < m; i++) {
            double a = sSpan > 0 ? (s[i] - sMin) / sSpan : 0;
            double c = rSpan > 0 ? (r[i] - rMin) / rSpan : 0;
            q[i] = v * a + (1 - v) * c;
        }
        if (sink != null) {
            sink.row("best", best);
            sink.row("worst", worst);
            sink.column("S", s.clone());
            sink.column("R", r.clone());
            sink.column("Q", q.clone());
        }
        return new Vikor(s, r, q);
    }

    /**
     * PROMETHEE II net flows. For each pair of alternatives and each criterion the difference {@code
     * d} (in the direction of the criterion) goes through the criterion's preference function:
     * usual ({@code q = p = 0}: 1 if {@code d > 0}) or linear ({@code 0} up to {@code q}, {@code (d −
     * q)/(p − q)} between, {@code 1} from {@code p}). {@code φ+ = Σ_b π(a,b)/(m−1)}, {@code φ− = Σ_b
     * π(b,a)/(m−1)}, {@code φ = φ+ − φ−}. One alternative alone has all flows 0. Time O(m² n).
     *
     * @param x values
     * @param m rows
     * @param n columns
     * @param w weights
     * @param cost whether each column is a cost column
     * @param q indifference threshold per column (0 for usual)
     * @param p preference threshold per column (0 for usual; {@code p > q} for linear)
     * @param sink where to record intermediates, or null
     * @return the net flows, higher is better
     */
    public static double[] promethee2(
            double[] x, int m, int n, double[] w, boolean[] cost, double[] q, double[] p, @Nullable Sink sink) {
        double[] plus = new double[m];
        double[] minus = new double[m];
        for (int j = 0; j < n; j++) {
            int off = j * m;
            double wj = w[j];
            double qj = q[j];
            double pj = p[j];
            boolean usual = !(pj > 0);
            double sign = cost[j] ? -1 : 1;
            for (int a = 0; a < m; a++) {
                double xa = x[off + a];
                for (int b = a + 1; b < m; b++) {
                    double d = sign * (xa - x[off + b]);
                    double pab = preference(d, usual, qj, pj);
                    double pba = preference(-d, usual, qj, pj);
                    plus[a] += wj * pab;
                    minus[b] += wj * pab;
                    plus[b] += wj * pba;
                    minus[a] += wj * pba;
                }
            }
        }
        double[] net = new double[m];
        if (m > 1) {
            for (int i = 0; i < m; i++) {
                plus[i] /= m - 1;
                minus[i] /= m - 1;
                net[i] = plus[i] - minus[i];
            }
        } else {
            plus[0] = 0;
            minus[0] = 0;
        }
        if (sink != null) {
            sink.column("positiveFlow", plus);
            sink.column("negativeFlow", minus);
            sink.column("netFlow", net.clone());
        }
        return net;
    }

    private static double preference(double d, boolean usual, double q, double p) {
        if (usual) {
            return d > 0 ? 1 : 0;
        }
        if (d <= q) {
            return 0;
        }
        if (d >= p) {
            return 1;
        }
        return (d - q) / (p - q);
    }

    private static double[] weighted(double[] r, int m, int n, double[] w) {
        double[] v = new double[m * n];
        for (int j = 0; j < n; j++) {
            int off = j * m;
            for (int i = 0; i < m; i++) {
                v[off + i] = w[j] * r[off + i];
            }
        }
        return v;
    }
}
