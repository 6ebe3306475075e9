// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import java.util.List;
import java.util.Objects;

/**
 * A ranking method with its parameters. Run it with {@link Mcda#rank}.
 *
 * @since 0.1.0
 */
public sealed interface McdaMethod
        permits McdaMethod.Wsm, McdaMethod.Wpm, McdaMethod.Topsis, McdaMethod.Vikor, McdaMethod.Promethee2 {

    /** The JSON name: {@code wsm}, {@code wpm}, {@code topsis}, {@code vikor}, {@code promethee2}. */
    String name();

    /** Whether a higher preference is better (false only for VIKOR's Q). */
    default boolean higherIsBetter() {
        return true;
    }

    /**
     * Weighted sum (SAW): {@code S_i = Σ_j w_j r_ij} of normalised values; higher is better.
     *
     * @param normalization the normalisation, {@link Normalization#MIN_MAX} by default
     */
    record Wsm(Normalization normalization) implements McdaMethod {
        /** Refuses null. */
        public Wsm {
            Objects.requireNonNull(normalization, "normalization");
        }

        @Override
        public String name() {
            return "wsm";
        }
    }

    /**
     * Weighted product: {@code P_i = Π_j (x_ij / max_j)^{w_j}} on benefit and {@code (min_j /
     * x_ij)^{w_j}} on cost criteria (the ratio form of Bridgman's product, values in (0, 1]); every
     * value must be &gt; 0; higher is better.
     */
    record Wpm() implements McdaMethod {
        @Override
        public String name() {
            return "wpm";
        }
    }

    /**
     * TOPSIS (Hwang &amp; Yoon 1981): closeness {@code D− / (D+ + D−)} to the ideal of the weighted
     * normalised matrix; higher is better.
     *
     * @param normalization the normalisation, {@link Normalization#VECTOR} in the original method
     */
    record Topsis(Normalization normalization) implements McdaMethod {
        /** Refuses null. */
        public Topsis {
            Objects.requireNonNull(normalization, "normalization");
        }

        @Override
        public String name() {
            return "topsis";
        }
    }

    /**
     * VIKOR (Opricovic &amp; Tzeng 2004): preference is Q, lower is better; the result reports the
     * acceptable-advantage and acceptable-stability conditions ({@link McdaResult#vikor()}).
     *
     * @param v the weight of the strategy of "the majority of criteria", in [0, 1]; 0.5 by default
     */
    record Vikor(double v) implements McdaMethod {
        /** Checks {@code v}. */
        public Vikor {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("v must be in [0, 1], was " + v);
            }
        }

        /** VIKOR with {@code v = 0.5}. */
        public Vikor() {
            this(0.5);
        }

        @Override
        public String name() {
            return "vikor";
        }

        @Override
        public boolean higherIsBetter() {
            return false;
        }
    }

    /**
     * PROMETHEE II (Brans &amp; Vincke 1985): net outranking flow φ, higher is better. Time O(m² n).
     *
     * @param preferences one preference function per criterion
     */
    record Promethee2(List<PreferenceFunction> preferences) implements McdaMethod {
        /** Copies the list. */
        public Promethee2 {
            preferences = List.copyOf(preferences);
        }

        /**
         * The usual preference function on every criterion.
         *
         * @param criteria the number of criteria
         * @return the method
         */
        public static Promethee2 usual(int criteria) {
            return new Promethee2(
                    java.util.Collections.nCopies(criteria, (PreferenceFunction) new PreferenceFunction.Usual()));
        }

        @Override
        public String name() {
            return "promethee2";
        }
    }
}
