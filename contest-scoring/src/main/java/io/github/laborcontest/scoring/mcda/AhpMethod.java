// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

/**
 * How AHP derives priorities from a pairwise-comparison matrix.
 *
 * @since 0.1.0
 */
public enum AhpMethod {
    /** The principal right eigenvector, normalised to sum 1 (Saaty); the default. */
    EIGENVECTOR("ahp-eigenvector"),
    /** Row geometric means, normalised (logarithmic least squares, Crawford &amp; Williams). */
    GEOMETRIC_MEAN("ahp-geometric-mean"),
    /** Each column divided by its sum, then row means (Saaty's approximation). */
    COLUMN_MEAN("ahp-column-mean");

    private final String code;

    AhpMethod(String code) {
        this.code = code;
    }

    /** The name recorded in {@link Weights#method()}. */
    public String code() {
        return code;
    }
}
