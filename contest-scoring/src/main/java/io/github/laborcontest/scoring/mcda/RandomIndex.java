// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import java.util.Arrays;

/**
 * Tables of the random consistency index RI(n), the mean consistency index of random reciprocal
 * matrices of order n, used in {@code CR = CI / RI}.
 *
 * @since 0.1.0
 */
public enum RandomIndex {
    /**
     * Saaty (1980), <i>The Analytic Hierarchy Process</i>, n = 1 … 15: 0, 0, 0.58, 0.90, 1.12, 1.24,
     * 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59. The default.
     */
    SAATY_1980("saaty-1980", 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59),
    /**
     * Alonso &amp; Lamata (2006), Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14(4),
     * n = 1 … 15 (simulated with a large sample): 0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417,
     * 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838.
     */
    ALONSO_LAMATA_2006(
            "alonso-lamata-2006",
            0,
            0,
            0.5245,
            0.8815,
            1.1086,
            1.2479,
            1.3417,
            1.4056,
            1.4499,
            1.4854,
            1.5141,
            1.5365,
            1.5551,
            1.5713,
            1.5838);

    private final String code;
    private final double[] values;

    RandomIndex(String code, double... values) {
        this.code = code;
        this.values = values;
    }

    /** The stable name, for example {@code "saaty-1980"}. */
    public String code() {
        return code;
    }

    /** The largest order n in the table. */
    public int maxOrder() {
        return values.length;
    }

    /**
     * RI(n).
     *
     * @param n the order, 1 … {@link #maxOrder()}
     * @return the random index
     */
    public double of(int n) {
        if (n < 1 || n > values.length) {
            throw new IllegalArgumentException(code + " has no entry for n = " + n);
        }
        return values[n - 1];
    }

    /** The table, RI(1) first. */
    public double[] table() {
        return Arrays.copyOf(values, values.length);
    }
}
