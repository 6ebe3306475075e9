// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

/**
 * A PROMETHEE preference function: how strongly a difference {@code d} (in the criterion's
 * direction, in its own unit) makes one alternative preferred to another.
 *
 * @since 0.1.0
 */
public sealed interface PreferenceFunction {

    /** The usual criterion (type I): 1 if {@code d > 0}, else 0. */
    record Usual() implements PreferenceFunction {}

    /**
     * Linear preference with an indifference zone (type V; with {@code q = 0} the V-shape, type
     * III): 0 up to {@code q}, {@code (d − q)/(p − q)} between {@code q} and {@code p}, 1 from
     * {@code p}.
     *
     * @param q the indifference threshold, &gt;= 0
     * @param p the preference threshold, &gt; q
     */
    record Linear(double q, double p) implements PreferenceFunction {
        /** Checks {@code 0 <= q < p}, both finite. */
        public Linear {
            if (!(q >= 0 && p > q) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("need 0 <= q < p (finite), got q=" + q + ", p=" + p);
            }
        }
    }
}
