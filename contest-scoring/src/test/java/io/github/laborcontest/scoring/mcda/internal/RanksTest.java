// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ranking by preference with ties within a relative tolerance. */
class RanksTest {

    private static int[] ranks(double[] p, boolean higherIsBetter, double tolerance) {
        return Ranks.ranks(p, Ranks.order(p, higherIsBetter), tolerance);
    }

    @Test
    void equalPreferencesShareTheMinimumRank() {
        assertThat(ranks(new double[] {0.5, 0.9, 0.5, 0.1}, true, 1e-12)).containsExactly(2, 1, 2, 4);
        assertThat(ranks(new double[] {0.5, 0.9, 0.5, 0.1}, false, 1e-12)).containsExactly(2, 4, 2, 1);
    }

    @Test
    void floatNoiseWithinTheToleranceIsATie() {
        // 0.1 + 0.2 = 0.30000000000000004; scale 0.3, tolerance 1e-12 · 0.3 ≫ 5.6e-17
        assertThat(ranks(new double[] {0.1 + 0.2, 0.3, 0.2}, true, 1e-12)).containsExactly(1, 1, 3);
        // with tolerance 0 the float noise decides
        assertThat(ranks(new double[] {0.1 + 0.2, 0.3, 0.2}, true, 0)).containsExactly(1, 2, 3);
        // 1e-9 apart at scale 1: not a tie
        assertThat(ranks(new double[] {1, 1 - 1e-9}, true, 1e-12)).containsExactly(1, 2);
    }

    @Test
    void tiesAreMeasuredFromTheFirstOfTheGroup() {
        double eps = 0.6e-12;
        // 1, 1 − ε, 1 − 2ε: the second ties with the first, the third is 1.2e-12 from the first
        assertThat(ranks(new double[] {1, 1 - eps, 1 - 2 * eps}, true, 1e-12)).containsExactly(1, 1, 3);
    }

    @Test
    void ordersNegativeZeroAndLargeValuesCorrectly() {
        double[] p = {-0.0, 0.0, -3.5, 1e100, -1e100, 2.5};
        assertThat(Ranks.order(p, true)).containsExactly(3, 5, 0, 1, 2, 4);
        assertThat(Ranks.order(p, false)).containsExactly(4, 2, 0, 1, 5, 3);
        assertThat(ranks(p, true, 0)).containsExactly(3, 3, 5, 1, 6, 2);
    }

    @Test
    void allZeroPreferencesTie() {
        assertThat(ranks(new double[] {0, 0, 0}, true, 1e-12)).containsExactly(1, 1, 1);
        assertThat(ranks(new double[] {}, true, 1e-12)).isEmpty();
    }

    @Test
    void keysDecodeToThePreferencesAndPackedRanksEqualTheDefinition() {
        double[] p = {0.25, -0.0, 3.5, -7.25, 0.25, 1e-300, -1e100};
        for (boolean higher : new boolean[] {true, false}) {
            for (double v : p) {
                assertThat(Ranks.value(Ranks.key(v, higher), higher)).isEqualTo(v + 0.0);
            }
            Ranks.Sorted sorted = Ranks.sort(p, higher);
            assertThat(Ranks.ranks(p, sorted, higher, Ranks.scale(p), 1e-12))
                    .containsExactly(Ranks.ranks(p, sorted.order(), 1e-12));
        }
    }

    @Test
    void longRunsOfNearlyEqualPreferencesAreSortedExactly() {
        // 5,000 preferences 1 + k ulp in reverse order: all share the truncated key (13 index bits)
        int m = 5000;
        double[] p = new double[m];
        for (int i = 0; i < m; i++) {
            p[i] = 1 + (m - i) * Math.ulp(1.0);
        }
        int[] order = Ranks.order(p, false);
        for (int k = 0; k < m; k++) {
            assertThat(order[k]).isEqualTo(m - 1 - k);
        }
        assertThat(Ranks.ranks(p, Ranks.sort(p, false), false, Ranks.scale(p), 0))
                .containsExactly(Ranks.ranks(p, order, 0));
    }
}
