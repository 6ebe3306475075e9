// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

/**
 * Column normalisations as {@code r = (x − c) / d + b} with three parameters per column. A
 * degenerate column (constant for min–max, all zero for vector/sum/max, zero standard deviation
 * for z-score) gets {@code d = +∞}, so that every value maps to exactly {@code b}: 1 for min–max,
 * vector, sum and max ("all equal, all best"), 0 for z-score. Cost columns are reflected: min–max
 * {@code (max − x)/(max − min)}, vector/sum/max {@code 1 − x/‖x‖}, z-score {@code −z}.
 */
public final class Normalize {
    /** Min–max. */
    public static final int MIN_MAX = 0;
    /** Vector (Euclidean norm). */
    public static final int VECTOR = 1;
    /** Sum of absolute values. */
    public static final int SUM = 2;
    /** Largest absolute value. */
    public static final int MAX = 3;
    /** Z-score with the sample standard deviation. */
    public static final int Z_SCORE = 4;

    private Normalize() {}

    /** Parameters per column in the array returned by {@link #params}. */
    public static final int STRIDE = 5;

    /**
     * The parameters of every column: {@code c} at {@code [5j]}, {@code d} at {@code [5j+1]},
     * {@code b} at {@code [5j+2]}, and the column's raw minimum and maximum at {@code [5j+3]},
     * {@code [5j+4]}.
     *
     * @param x column-major values
     * @param m rows, at least 1
     * @param n columns
     * @param cost whether each column is a cost column
     * @param kind one of the constants
     * @return the parameters
     */
    public static double[] params(double[] x, int m, int n, boolean[] cost, int kind) {
        double[] p = new double[STRIDE * n];
        for (int j = 0; j < n; j++) {
            int off = j * m;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sumSq = 0;
            double sumAbs = 0;
            for (int i = 0; i < m; i++) {
                double v = x[off + i];
                min = Math.min(min, v);
                max = Math.max(max, v);
                sumSq += v * v;
                sumAbs += Math.abs(v);
            }
            double c = 0;
            double d;
            double b = 0;
            switch (kind) {
                case MIN_MAX -> {
                    double range = max - min;
                    if (!(range > 0)) {
                        d = Double.POSITIVE_INFINITY;
                        b = 1;
                    } else if (cost[j]) {
                        c = max;
                        d = -range;
                    } else {
                        c = min;
                        d = range;
                    }
                }
                case VECTOR, SUM, MAX -> {
                    double denominator = kind == VECTOR
                            ? Math.sqrt(sumSq)
                            : kind == SUM ? sumAbs : Math.max(Math.abs(min), Math.abs(max));
                    if (!(denominator > 0)) {
                        d = Double.POSITIVE_INFINITY;
                        b = 1;
                    } else if (cost[j]) {
                        d = -denominator;
                        b = 1;
                    } else {
                        d = denominator;
                    }
                }
                case Z_SCORE -> {
                    double mean = Stats.mean(x, off, m);
                    double sd = Stats.sampleSd(x, off, m, mean);
                    c = mean;
                    if (!(sd > 0)) {
                        d = Double.POSITIVE_INFINITY;
                    } else {
                        d = cost[j] ? -sd : sd;
                    }
                }
                default -> throw new IllegalArgumentException("normalisation kind " + kind);
            }
            p[STRIDE * j] = c;
            p[STRIDE * j + 1] = d;
            p[STRIDE * j + 2] = b;
            p[STRIDE * j + 3] = min;
            p[STRIDE * j + 4] = max;
        }
        return p;
    }

    /**
     * The normalised value of {@code v} in column {@code j}.
     *
     * @param params from {@link #params}
     * @param j the column
     * @param v the raw value
     * @return {@code (v − c) / d + b}
     */
    public static double value(double[] params, int j, double v) {
        return (v - params[STRIDE * j]) / params[STRIDE * j + 1] + params[STRIDE * j + 2];
    }

    /**
     * The best normalised value of column {@code j} (the largest).
     *
     * @param params from {@link #params}
     * @param j the column
     * @return the normalised value of the raw minimum or maximum, whichever is larger
     */
    public static double best(double[] params, int j) {
        double d = params[STRIDE * j + 1];
        return value(params, j, d > 0 ? params[STRIDE * j + 4] : params[STRIDE * j + 3]);
    }

    /**
     * The worst normalised value of column {@code j} (the smallest).
     *
     * @param params from {@link #params}
     * @param j the column
     * @return the normalised value of the raw minimum or maximum, whichever is smaller
     */
    public static double worst(double[] params, int j) {
        double d = params[STRIDE * j + 1];
        return value(params, j, d > 0 ? params[STRIDE * j + 3] : params[STRIDE * j + 4]);
    }

    /**
     * A new normalised matrix (one copy).
     *
     * @param x column-major values
     * @param m rows
     * @param n columns
     * @param params from {@link #params}
     * @return the normalised values, column-major
     */
    public static double[] apply(double[] x, int m, int n, double[] params) {
        double[] r = new double[m * n];
        for (int j = 0; j < n; j++) {
            double c = params[STRIDE * j];
            double d = params[STRIDE * j + 1];
            double b = params[STRIDE * j + 2];
            int off = j * m;
            for (int i = 0; i < m; i++) {
                r[off + i] = (x[off + i] - c) / d + b;
            }
        }
        return r;
    }
}
