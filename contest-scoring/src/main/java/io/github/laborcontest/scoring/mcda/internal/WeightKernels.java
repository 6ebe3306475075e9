// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

import org.jspecify.annotations.Nullable;

/**
 * Objective weights on column-major arrays. Each returns weights that sum to 1; when every raw
 * score is 0 (no column carries information) the weights are equal.
 */
public final class WeightKernels {
    private WeightKernels() {}

    /**
     * Entropy weights: {@code p = x / Σx}, {@code e = −Σ p ln p / ln m} with {@code 0 ln 0 = 0},
     * {@code d = 1 − e} (clamped at 0 against rounding), {@code w = d / Σd}, computed as {@code Σ p
     * ln p = (Σ x ln x)/S − ln S} with {@link FastLog#ln}. An all-zero column and
     * a single alternative ({@code m = 1}) have {@code e = 1}.
     *
     * @param x values, all &gt;= 0
     * @param m rows
     * @param n columns
     * @param sink where to record intermediates, or null
     * @return the weights
     */
    public static double[] entropy(double[] x, int m, int n, @Nullable Sink sink) {
        double[] e = new double[n];
        double[] d = new double[n];
        double lnM = Math.log(m);
        for (int j = 0; j < n; j++) {
            int off = j * m;
            // one pass per column: the sum and Σ x ln x side by side (the sum's chain of additions
            // in row order, as a loop of its own would add); Σ p ln p with p = x/S equals
            // (Σ x ln x)/S − ln S: one logarithm and no division per value; two accumulators
            // shorten the dependency chain
            double sum = 0;
            double acc0 = 0;
            double acc1 = 0;
            int i = 0;
            for (; i + 1 < m; i += 2) {
                double a = x[off + i];
                double b = x[off + i + 1];
                if (!(a >= 0) || !(b >= 0)) {
                    throw negative(x, off, i, j);
                }
                sum += a;
                sum += b;
                if (a > 0) {
                    acc0 += a * FastLog.ln(a);
                }
                if (b > 0) {
                    acc1 += b * FastLog.ln(b);
                }
            }
            if (i < m) {
                double a = x[off + i];
                if (!(a >= 0)) {
                    throw negative(x, off, i, j);
                }
                sum += a;
                if (a > 0) {
                    acc0 += a * FastLog.ln(a);
                }
            }
            if (m < 2 || !(sum > 0)) {
                e[j] = 1;
            } else {
                e[j] = -((acc0 + acc1) / sum - Math.log(sum)) / lnM;
            }
            d[j] = Math.max(0, 1 - e[j]);
        }
        double[] w = normalise(d.clone());
        if (sink != null) {
            sink.row("entropy", e);
            sink.row("divergence", d);
            sink.row("weights", w.clone());
        }
        return w;
    }

    /** The error for the first negative value of column {@code j} at or after row {@code i}. */
    private static IllegalArgumentException negative(double[] x, int off, int i, int j) {
        int row = x[off + i] >= 0 ? i + 1 : i;
        return new IllegalArgumentException(
                "entropy weights need values >= 0; row " + row + ", column " + j + " is " + x[off + row]);
    }

    /**
     * CRITIC weights (Diakoulaki et al. 1995): each column min–max normalised by its direction,
     * sample standard deviation σ, Pearson correlation r between normalised columns, {@code C_j =
     * σ_j Σ_k (1 − r_jk)}, {@code w = C / ΣC}. The correlation of a constant column with any other
     * is taken as 0 (its own σ is 0, so its C is 0 anyway).
     *
     * @param x values
     * @param m rows
     * @param n columns
     * @param cost whether each column is a cost column
     * @param sink where to record intermediates, or null
     * @return the weights
     */
    public static double[] critic(double[] x, int m, int n, boolean[] cost, @Nullable Sink sink) {
        double[] params = Normalize.params(x, m, n, cost, Normalize.MIN_MAX);
        double[] centred = Normalize.apply(x, m, n, params);
        double[] sigma = new double[n];
        double[] ss = new double[n];
        for (int j = 0; j < n; j++) {
            int off = j * m;
            double mean = Stats.mean(centred, off, m);
            for (int i = 0; i < m; i++) {
                centred[off + i] -= mean;
                ss[j] += centred[off + i] * centred[off + i];
            }
            sigma[j] = m < 2 ? 0 : Math.sqrt(ss[j] / (m - 1));
        }
        double[] corr = new double[n * n];
        for (int j = 0; j < n; j++) {
            corr[j * n + j] = 1;
            for (int k = j + 1; k < n; k++) {
                double r = 0;
                if (ss[j] > 0 && ss[k] > 0) {
                    double cross = 0;
                    int oj = j * m;
                    int ok = k * m;
                    for (int i = 0; i < m; i++) {
                        cross += centred[oj + i] * centred[ok + i];
                    }
                    r = cross / Math.sqrt(ss[j] * ss[k]);
                    r = Math.max(-1, Math.min(1, r));
                }
                corr[k * n + j] = r;
                corr[j * n + k] = r;
            }
        }
        double[] info = new double[n];
        for (int j = 0; j < n; j++) {
            double conflict = 0;
            for (int k = 0; k < n; k++) {
                conflict += 1 - corr[k * n + j];
            }
            info[j] = sigma[j] * conflict;
        }
        double[] w = normalise(info.clone());
        if (sink != null) {
            sink.put("normalized", m, n, Normalize.apply(x, m, n, params));
            sink.row("sigma", sigma);
            sink.put("correlation", n, n, corr);
            sink.row("information", info);
            sink.row("weights", w.clone());
        }
        return w;
    }

    /**
     * Standard-deviation weights: the sample standard deviation (ddof = 1) of each min–max
     * normalised column, so that the weights do not depend on units; {@code w = σ / Σσ}.
     *
     * @param x values
     * @param m rows
     * @param n columns
     * @param cost whether each column is a cost column
     * @param sink where to record intermediates, or null
     * @return the weights
     */
    public static double[] standardDeviation(double[] x, int m, int n, boolean[] cost, @Nullable Sink sink) {
        double[] params = Normalize.params(x, m, n, cost, Normalize.MIN_MAX);
        double[] sigma = new double[n];
        for (int j = 0; j < n; j++) {
            if (m < 2) {
                continue;
            }
            int off = j * m;
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += Normalize.value(params, j, x[off + i]);
            }
            double mean = sum / m;
            double acc = 0;
            for (int i = 0; i < m; i++) {
                double e = Normalize.value(params, j, x[off + i]) - mean;
                acc += e * e;
            }
            sigma[j] = Math.sqrt(acc / (m - 1));
        }
        double[] w = normalise(sigma.clone());
        if (sink != null) {
            sink.row("sigma", sigma);
            sink.row("weights", w.clone());
        }
        return w;
    }

    /**
     * Scales non-negative scores to sum 1, in place; equal weights when they sum to 0.
     *
     * @param s the scores
     * @return {@code s}, normalised
     */
    public static double[] normalise(double[] s) {
        double total = 0;
        for (double v : s) {
            total += v;
        }
        for (int j = 0; j < s.length; j++) {
            s[j] = total > 0 ? s[j] / total : 1.0 / s.length;
        }
        return s;
    }
}
