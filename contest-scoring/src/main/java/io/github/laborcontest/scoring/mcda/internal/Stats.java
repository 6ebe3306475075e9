// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

/** Column statistics, two-pass for numerical stability. */
public final class Stats {
    private Stats() {}

    /**
     * The mean of {@code x[off .. off+m)}.
     *
     * @param x values
     * @param off first index
     * @param m count, at least 1
     * @return the mean
     */
    public static double mean(double[] x, int off, int m) {
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += x[off + i];
        }
        return s / m;
    }

    /**
     * The sample standard deviation (ddof = 1); 0 when {@code m < 2}.
     *
     * @param x values
     * @param off first index
     * @param m count
     * @param mean their mean
     * @return the standard deviation
     */
    public static double sampleSd(double[] x, int off, int m, double mean) {
        if (m < 2) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < m; i++) {
            double e = x[off + i] - mean;
            s += e * e;
        }
        return Math.sqrt(s / (m - 1));
    }
}
