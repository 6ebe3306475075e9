// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

/** AHP priority vectors and the principal eigenvalue of a positive pairwise-comparison matrix. */
public final class AhpKernels {
    private static final int MAX_ITERATIONS = 100_000;

    private AhpKernels() {}

    /**
     * The principal (Perron) eigenvector by power iteration, normalised to sum 1; it stops when no
     * component changes by more than 1e-15 (or after 100,000 iterations).
     *
     * @param a the matrix, row-major {@code a[i][j]}, positive
     * @return the eigenvector
     */
    public static double[] eigenvector(double[][] a) {
        int n = a.length;
        double[] w = geometricMean(a);
        double[] next = new double[n];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i][j] * w[j];
                }
                next[i] = s;
                total += s;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= total;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            double[] t = w;
            w = next;
            next = t;
            if (change <= 1e-15) {
                break;
            }
        }
        return w;
    }

    /**
     * Row geometric means, normalised to sum 1 (logarithmic least squares).
     *
     * @param a the matrix, positive
     * @return the priorities
     */
    public static double[] geometricMean(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += Math.log(a[i][j]);
            }
            w[i] = Math.exp(s / n);
        }
        return WeightKernels.normalise(w);
    }

    /**
     * Column-normalised row means: each column divided by its sum, then the mean of each row.
     *
     * @param a the matrix, positive
     * @return the priorities
     */
    public static double[] columnMean(double[][] a) {
        int n = a.length;
        double[] colSum = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                colSum[j] += a[i][j];
            }
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i][j] / colSum[j];
            }
            w[i] = s / n;
        }
        return WeightKernels.normalise(w);
    }

    /**
     * The estimate {@code λmax = (1/n) Σ_i (A w)_i / w_i}; exact for the principal eigenvector.
     *
     * @param a the matrix
     * @param w positive priorities
     * @return the estimate
     */
    public static double lambdaMax(double[][] a, double[] w) {
        int n = a.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double aw = 0;
            for (int j = 0; j < n; j++) {
                aw += a[i][j] * w[j];
            }
            s += aw / w[i];
        }
        return s / n;
    }
}
