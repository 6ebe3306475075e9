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
        // only the sum normalisation needs Σ |x|; the others take Σ x² whether they use it or not
        boolean absolute = kind == SUM;
        double[] sums = columnSums(x, m, n, absolute);
        for (int j = 0; j < n; j++) {
            int off = j * m;
            double min = sums[SUMS * j];
            double max = sums[SUMS * j + 1];
            double sumSq = absolute ? Double.NaN : sums[SUMS * j + 2];
            double sumAbs = absolute ? sums[SUMS * j + 2] : Double.NaN;
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

    /** Values per column in the array returned by {@link #columnSums}. */
    static final int SUMS = 3;

    /** Columns whose sums run side by side in one loop (independent addition chains). */
    private static final int GROUP = 5;

    /**
     * Per column: minimum and maximum (as {@link Math#min} and {@link Math#max} define them, so
     * that −0.0 &lt; +0.0) and {@code Σ x²} (or {@code Σ |x|}), summed in row order, at {@code
     * [3j]} to {@code [3j+2]}. Each sum is one chain of additions in row order, exactly as a loop
     * over one column adds them. The sums of squares run up to five columns side by side in one
     * loop so that their chains overlap instead of each addition waiting for the one before (the
     * latency of an addition, not the memory, bounded a loop over one column); a group that would
     * be short repeats its last column, whose results are the same values written twice.
     *
     * @param x column-major values, finite
     * @param m rows, at least 1
     * @param n columns
     * @param absolute {@code Σ |x|} instead of {@code Σ x²}
     * @return the sums, {@code 3n} values
     */
    static double[] columnSums(double[] x, int m, int n, boolean absolute) {
        double[] out = new double[SUMS * n];
        if (absolute) {
            for (int j = 0; j < n; j++) {
                int off = j * m;
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                double sum = 0;
                for (int i = 0; i < m; i++) {
                    double v = x[off + i];
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    sum += Math.abs(v);
                }
                put(out, j, min, max, sum);
            }
            return out;
        }
        int groups = (n + GROUP - 1) / GROUP;
        int first = 0;
        for (int g = 0; g < groups; g++) {
            // spread the columns evenly: 12 columns run as 4 + 4 + 4, not 5 + 5 + 2
            int size = (n - first + (groups - g) - 1) / (groups - g);
            int last = first + size - 1;
            squares5(
                    x,
                    m,
                    new int[] {
                        first,
                        Math.min(first + 1, last),
                        Math.min(first + 2, last),
                        Math.min(first + 3, last),
                        Math.min(first + 4, last)
                    },
                    out);
            first += size;
        }
        for (int j = 0; j < n; j++) {
            int off = j * m;
            // comparisons do not order −0.0 and +0.0; Math.min and Math.max do: redo a zero extreme
            if (out[SUMS * j] == 0) {
                double min = Double.POSITIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    min = Math.min(min, x[off + i]);
                }
                out[SUMS * j] = min;
            }
            if (out[SUMS * j + 1] == 0) {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    max = Math.max(max, x[off + i]);
                }
                out[SUMS * j + 1] = max;
            }
        }
        return out;
    }

    /** {@link #columnSums} (squares) of five columns, not necessarily distinct, in one loop. */
    private static void squares5(double[] x, int m, int[] columns, double[] out) {
        int oa = columns[0] * m;
        int ob = columns[1] * m;
        int oc = columns[2] * m;
        int od = columns[3] * m;
        int oe = columns[4] * m;
        double minA = Double.POSITIVE_INFINITY;
        double minB = minA;
        double minC = minA;
        double minD = minA;
        double minE = minA;
        double maxA = Double.NEGATIVE_INFINITY;
        double maxB = maxA;
        double maxC = maxA;
        double maxD = maxA;
        double maxE = maxA;
        double sqA = 0;
        double sqB = 0;
        double sqC = 0;
        double sqD = 0;
        double sqE = 0;
        for (int i = 0; i < m; i++) {
            double a = x[oa + i];
            double b = x[ob + i];
            double c = x[oc + i];
            double d = x[od + i];
            double e = x[oe + i];
            // a new extreme is rare in a long column: predicted branches, no dependency chain
            if (a < minA) {
                minA = a;
            }
            if (a > maxA) {
                maxA = a;
            }
            if (b < minB) {
                minB = b;
            }
            if (b > maxB) {
                maxB = b;
            }
            if (c < minC) {
                minC = c;
            }
            if (c > maxC) {
                maxC = c;
            }
            if (d < minD) {
                minD = d;
            }
            if (d > maxD) {
                maxD = d;
            }
            if (e < minE) {
                minE = e;
            }
            if (e > maxE) {
                maxE = e;
            }
            sqA += a * a;
            sqB += b * b;
            sqC += c * c;
            sqD += d * d;
            sqE += e * e;
        }
        put(out, columns[0], minA, maxA, sqA);
        put(out, columns[1], minB, maxB, sqB);
        put(out, columns[2], minC, maxC, sqC);
        put(out, columns[3], minD, maxD, sqD);
        put(out, columns[4], minE, maxE, sqE);
    }

    private static void put(double[] out, int j, double min, double max, double sum) {
        out[SUMS * j] = min;
        out[SUMS * j + 1] = max;
        out[SUMS * j + 2] = sum;
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
