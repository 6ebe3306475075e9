// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static io.github.laborcontest.scoring.mcda.CriterionType.BENEFIT;
import static io.github.laborcontest.scoring.mcda.CriterionType.COST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of every method, their degenerate cases and ties. */
class McdaMethodsTest {

    private static final List<CriterionType> BC = List.of(BENEFIT, COST);

    /**
     * The issue's example, TOPSIS with min–max. quality 0.9, 0.7, 0.8 → (x − 0.7)/0.2 = 1, 0, 0.5;
     * cost 120, 100, 90 → (120 − x)/30 = 0, 2/3, 1. Weighted (0.4, 0.6): P1 (0.4, 0), P2 (0, 0.4),
     * P3 (0.2, 0.6); ideal (0.4, 0.6), anti-ideal (0, 0). P1: D+ = 0.6, D− = 0.4, C = 0.4. P2: D+ =
     * √0.2 = 0.4472136, D− = 0.4, C = 0.4/0.8472136 = 0.4721360. P3: D+ = 0.2, D− = √0.4 =
     * 0.6324555, C = 0.6324555/0.8324555 = 0.7597469. Ranks 3, 2, 1.
     */
    @Test
    void topsisIssueExample() {
        McdaResult r = Mcda.rank(
                DecisionMatrix.ofRows(new double[][] {{0.9, 120}, {0.7, 100}, {0.8, 90}}),
                BC,
                Weights.of(0.4, 0.6),
                new McdaMethod.Topsis(Normalization.MIN_MAX));
        assertThat(r.preferences()).containsExactly(new double[] {0.4, 0.4721360, 0.7597469}, within(5e-8));
        assertThat(r.ranks()).containsExactly(3, 2, 1);
        assertThat(r.order()).containsExactly(2, 1, 0);
        Explanation e = r.explanation();
        assertThat(e.names())
                .containsExactly(
                        "normalized",
                        "weighted",
                        "ideal",
                        "antiIdeal",
                        "distanceToIdeal",
                        "distanceToAntiIdeal",
                        "closeness");
        assertThat(e.get("ideal").orElseThrow().values()).containsExactly(new double[] {0.4, 0.6}, within(1e-15));
        assertThat(e.get("distanceToIdeal").orElseThrow().get(0, 0)).isCloseTo(0.6, within(1e-15));
        assertThat(e.get("weighted").orElseThrow().get(2, 1)).isCloseTo(0.6, within(1e-15));
        assertThat(e.get("closeness").orElseThrow().values()).containsExactly(r.preferences());
    }

    @Test
    void topsisWithAllAlternativesEqualGivesClosenessOneAndSharedFirstPlace() {
        McdaResult r = Mcda.rank(
                DecisionMatrix.ofRows(new double[][] {{3, 4}, {3, 4}, {3, 4}}),
                BC,
                Weights.of(1, 1),
                new McdaMethod.Topsis(Normalization.VECTOR));
        assertThat(r.preferences()).containsExactly(1, 1, 1);
        assertThat(r.ranks()).containsExactly(1, 1, 1);
    }

    /**
     * WSM with min–max: column 1 (benefit) 1, 3, 2 → 0, 1, 0.5; column 2 (cost) 10, 20, 30 → (30 −
     * x)/20 = 1, 0.5, 0. With weights 0.5, 0.5: S = 0.5, 0.75, 0.25; ranks 2, 1, 3.
     */
    @Test
    void weightedSum() {
        McdaResult r = Mcda.rank(
                DecisionMatrix.ofRows(new double[][] {{1, 10}, {3, 20}, {2, 30}}),
                BC,
                Weights.of(1, 1),
                new McdaMethod.Wsm(Normalization.MIN_MAX));
        assertThat(r.preferences()).containsExactly(0.5, 0.75, 0.25);
        assertThat(r.ranks()).containsExactly(2, 1, 3);
        assertThat(r.explanation().names()).containsExactly("normalized", "weighted", "preference");
    }

    /**
     * WPM: A1 (2, 4), A2 (4, 2), benefit and cost, weights 0.5, 0.5. A1: (2/4)^0.5 · (2/4)^0.5 =
     * 0.5; A2: (4/4)^0.5 · (2/2)^0.5 = 1.
     */
    @Test
    void weightedProduct() {
        McdaResult r = Mcda.rank(
                DecisionMatrix.ofRows(new double[][] {{2, 4}, {4, 2}}), BC, Weights.of(1, 1), new McdaMethod.Wpm());
        assertThat(r.preferences()).containsExactly(new double[] {0.5, 1}, within(1e-15));
        assertThat(r.ranks()).containsExactly(2, 1);
        assertThat(r.explanation().get("ratio").orElseThrow().values()).containsExactly(0.5, 1, 0.5, 1);
    }

    @Test
    void weightedProductRefusesNonPositiveValues() {
        assertThatThrownBy(() -> Mcda.rank(
                        DecisionMatrix.ofRows(new double[][] {{0, 4}, {4, 2}}),
                        BC,
                        Weights.of(1, 1),
                        new McdaMethod.Wpm()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0, column 0");
    }

    /**
     * PROMETHEE II on one benefit criterion 1, 2, 3. Usual: π(A3,A1) = π(A3,A2) = π(A2,A1) = 1;
     * φ(A3) = 2/2 − 0 = 1, φ(A2) = 1/2 − 1/2 = 0, φ(A1) = 0 − 2/2 = −1. Linear q = 0, p = 2:
     * P(2) = 1, P(1) = 0.5; φ+(A3) = (1 + 0.5)/2 = 0.75, φ(A2) = 0.25 − 0.25 = 0, φ(A1) = −0.75.
     */
    @Test
    void prometheeUsualAndLinear() {
        DecisionMatrix m = DecisionMatrix.ofRows(new double[][] {{1}, {2}, {3}});
        McdaResult usual = Mcda.rank(m, List.of(BENEFIT), Weights.of(1), McdaMethod.Promethee2.usual(1));
        assertThat(usual.preferences()).containsExactly(-1, 0, 1);
        assertThat(usual.ranks()).containsExactly(3, 2, 1);
        McdaResult linear = Mcda.rank(
                m,
                List.of(BENEFIT),
                Weights.of(1),
                new McdaMethod.Promethee2(List.of(new PreferenceFunction.Linear(0, 2))));
        assertThat(linear.preferences()).containsExactly(-0.75, 0, 0.75);
        assertThat(linear.explanation().get("positiveFlow").orElseThrow().values())
                .containsExactly(0, 0.25, 0.75);
        // As a cost criterion the order reverses.
        assertThat(Mcda.rank(m, List.of(COST), Weights.of(1), McdaMethod.Promethee2.usual(1))
                        .ranks())
                .containsExactly(1, 2, 3);
    }

    /**
     * VIKOR, equal weights, two benefit criteria with range 10: A (10, 0), B (0, 10), C (6, 5), D (5,
     * 6). S = 0.5, 0.5, 0.45, 0.45; R = 0.5, 0.5, 0.25, 0.25; Q (v = 0.5) = 1, 1, 0, 0. C and D tie
     * at Q = 0, so C1 fails (0 − 0 &lt; DQ = 1/3) and the compromise is {C, D}; C is best by S, so
     * C2 holds.
     */
    @Test
    void vikorConditionsWithoutAcceptableAdvantage() {
        McdaResult r = Mcda.rank(
                DecisionMatrix.ofRows(new double[][] {{10, 0}, {0, 10}, {6, 5}, {5, 6}}),
                List.of(BENEFIT, BENEFIT),
                Weights.of(1, 1),
                new McdaMethod.Vikor());
        assertThat(r.preferences()).containsExactly(new double[] {1, 1, 0, 0}, within(1e-12));
        assertThat(r.ranks()).containsExactly(3, 3, 1, 1);
        assertThat(r.higherIsBetter()).isFalse();
        VikorConditions c = r.vikor().orElseThrow();
        assertThat(c.acceptableAdvantage()).isFalse();
        assertThat(c.acceptableStability()).isTrue();
        assertThat(c.dq()).isEqualTo(1 / 3.0);
        assertThat(c.compromise()).containsExactly(2, 3);
    }

    /**
     * Two alternatives, one benefit criterion 10 and 0: S = R = 0 and 1, Q = 0 and 1; DQ = 1/(2 − 1)
     * = 1 and Q(a″) − Q(a′) = 1 ≥ DQ: C1 holds (exactly at the limit), C2 holds, compromise {A}.
     */
    @Test
    void vikorAdvantageExactlyAtTheLimitHolds() {
        McdaResult r = Mcda.rank(
                DecisionMatrix.ofRows(new double[][] {{10}, {0}}),
                List.of(BENEFIT),
                Weights.of(1),
                new McdaMethod.Vikor());
        VikorConditions c = r.vikor().orElseThrow();
        assertThat(c.dq()).isEqualTo(1);
        assertThat(c.acceptableAdvantage()).isTrue();
        assertThat(c.acceptableStability()).isTrue();
        assertThat(c.compromise()).containsExactly(0);
    }

    @Test
    void vikorWithConstantColumnsHasQZero() {
        McdaResult r = Mcda.rank(
                DecisionMatrix.ofRows(new double[][] {{1, 2}, {1, 2}}), BC, Weights.of(1, 1), new McdaMethod.Vikor());
        assertThat(r.preferences()).containsExactly(0, 0);
        assertThat(r.ranks()).containsExactly(1, 1);
        assertThat(r.vikor().orElseThrow().acceptableAdvantage()).isFalse();
    }

    @Test
    void singleAlternativeIsFirstForEveryMethod() {
        DecisionMatrix one = DecisionMatrix.ofRows(new double[][] {{3, 4}});
        for (McdaMethod method : List.of(
                new McdaMethod.Wsm(Normalization.Z_SCORE),
                new McdaMethod.Wpm(),
                new McdaMethod.Topsis(Normalization.VECTOR),
                new McdaMethod.Vikor(),
                McdaMethod.Promethee2.usual(2))) {
            McdaResult r = Mcda.rank(one, BC, Weights.of(1, 1), method);
            assertThat(r.ranks()).as(method.name()).containsExactly(1);
            assertThat(Double.isFinite(r.preference(0))).isTrue();
        }
        assertThat(Mcda.rank(one, BC, Weights.of(1, 1), new McdaMethod.Vikor())
                        .vikor()
                        .orElseThrow()
                        .compromise())
                .containsExactly(0);
    }

    @Test
    void tiesWithinTheToleranceShareTheMinimumRank() {
        // WSM with weights on one column: preferences are the min–max values 1, 0.5, 0.5, 0.
        McdaResult r = Mcda.rank(
                DecisionMatrix.ofRows(new double[][] {{4}, {2}, {2}, {0}}),
                List.of(BENEFIT),
                Weights.of(1),
                new McdaMethod.Wsm(Normalization.MIN_MAX));
        assertThat(r.ranks()).containsExactly(1, 2, 2, 4);
        assertThat(r.tolerance()).isEqualTo(1e-12);
    }

    @Test
    void refusesMismatchedSizes() {
        DecisionMatrix m = DecisionMatrix.ofRows(new double[][] {{1, 2}});
        assertThatThrownBy(() -> Mcda.rank(m, List.of(BENEFIT), Weights.of(1, 1), new McdaMethod.Wpm()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 criterion types for 2 criteria");
        assertThatThrownBy(() -> Mcda.rank(m, BC, Weights.of(1), new McdaMethod.Wpm()))
                .hasMessageContaining("1 weights for 2 criteria");
        assertThatThrownBy(() -> Mcda.rank(m, BC, Weights.of(1, 1), McdaMethod.Promethee2.usual(1)))
                .hasMessageContaining("1 preference functions for 2 criteria");
        assertThatThrownBy(() -> new McdaMethod.Vikor(1.5)).hasMessageContaining("v must be in [0, 1]");
        assertThatThrownBy(() -> new PreferenceFunction.Linear(2, 1)).hasMessageContaining("q < p");
    }

    @Test
    void decisionMatrixRefusesBadInput() {
        assertThatThrownBy(() -> DecisionMatrix.ofRows(new double[][] {{1, 2}, {3}}))
                .hasMessageContaining("row 1 has 1 values");
        assertThatThrownBy(() -> DecisionMatrix.ofRows(new double[][] {{1, Double.NaN}}))
                .hasMessageContaining("column 1");
        assertThatThrownBy(() -> DecisionMatrix.ofRows(new double[][] {{1e101}}))
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> DecisionMatrix.ofRows(new double[0][])).hasMessageContaining("at least one row");
        assertThatThrownBy(() -> DecisionMatrix.ofColumnMajor(2, 2, new double[3]))
                .hasMessageContaining("length (3)");
        DecisionMatrix m = DecisionMatrix.ofColumnMajor(2, 2, new double[] {1, 2, 3, 4});
        assertThat(m.toRows()).isDeepEqualTo(new double[][] {{1, 3}, {2, 4}});
        assertThat(m.get(1, 1)).isEqualTo(4);
        assertThat(m).isEqualTo(DecisionMatrix.ofRows(new double[][] {{1, 3}, {2, 4}}));
    }
}
