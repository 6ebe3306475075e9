// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static io.github.laborcontest.scoring.mcda.CriterionType.BENEFIT;
import static io.github.laborcontest.scoring.mcda.CriterionType.COST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Given, objective and combined weights, with hand-computed values and degenerate cases. */
class WeightsTest {

    @Test
    void givenWeightsAreScaledToSumOne() {
        assertThat(Weights.of(2, 3).values()).containsExactly(0.4, 0.6);
        assertThat(Weights.of(0.4, 0.6).values()).containsExactly(0.4, 0.6);
        // 0.35 + 0.35 + 0.2 + 0.1 = 0.9999999999999999 in floating point: kept as given, not rescaled
        assertThat(Weights.of(0.35, 0.35, 0.2, 0.1).values()).containsExactly(0.35, 0.35, 0.2, 0.1);
        assertThat(Weights.of(1, 1, 2).values()).containsExactly(0.25, 0.25, 0.5);
        assertThat(Weights.of(0, 5).values()).containsExactly(0, 1);
        assertThatThrownBy(() -> Weights.of(-1, 2)).hasMessageContaining("weight 0 must be finite and >= 0");
        assertThatThrownBy(() -> Weights.of(0, 0)).hasMessageContaining("must not all be 0");
        assertThatThrownBy(() -> Weights.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(Weights::of).hasMessageContaining("empty");
    }

    /**
     * Entropy on two alternatives: column 1 is 1, 1 (p = 0.5, 0.5, e = ln 2 / ln 2 = 1, d = 0);
     * column 2 is 0, 4 (p = 0, 1, e = 0 with 0 ln 0 = 0, d = 1). Weights 0, 1.
     */
    @Test
    void entropyHandExample() {
        Weights w = ObjectiveWeights.entropy(DecisionMatrix.ofRows(new double[][] {{1, 0}, {1, 4}}));
        assertThat(w.values()).containsExactly(new double[] {0, 1}, within(1e-15));
        assertThat(w.method()).isEqualTo("entropy");
        assertThat(w.explanation().get("entropy").orElseThrow().values())
                .containsExactly(new double[] {1, 0}, within(1e-15));
        assertThat(w.explanation().names()).containsExactly("entropy", "divergence", "weights");
    }

    @Test
    void entropyDegenerateCasesGiveEqualWeights() {
        // all-zero columns have e = 1; no information anywhere → equal weights
        assertThat(ObjectiveWeights.entropy(DecisionMatrix.ofRows(new double[][] {{0, 3}, {0, 3}}))
                        .values())
                .containsExactly(0.5, 0.5);
        // one alternative: e = 1 by rule
        assertThat(ObjectiveWeights.entropy(DecisionMatrix.ofRows(new double[][] {{1, 2, 3}}))
                        .values())
                .containsExactly(1 / 3.0, 1 / 3.0, 1 / 3.0);
    }

    @Test
    void entropyRefusesNegativeValues() {
        assertThatThrownBy(() -> ObjectiveWeights.entropy(DecisionMatrix.ofRows(new double[][] {{1, 2}, {3, -1}})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1, column 1 is -1.0");
    }

    /**
     * CRITIC, three alternatives. Column 1 (benefit) 0, 5, 10 → 0, 0.5, 1; column 2 as a cost 10, 5,
     * 0 → (10 − x)/10 = 0, 0.5, 1, identical to column 1: r = 1, C = σ·(1 − 1) = 0 for both, no
     * information, equal weights by the fallback. As a benefit, column 2 is 1, 0.5, 0: r = −1, σ =
     * 0.5 for both, C = 0.5·(0 + 2) = 1 each. Adding a constant column (σ = 0, correlation 0 with
     * the others by rule): C1 = C2 = 0.5·(0 + 2 + 1) = 1.5, C3 = 0 → weights 0.5, 0.5, 0.
     */
    @Test
    void criticIsDirectionAwareAndHandlesConstantColumns() {
        DecisionMatrix two = DecisionMatrix.ofRows(new double[][] {{0, 10}, {5, 5}, {10, 0}});
        Weights same = ObjectiveWeights.critic(two, List.of(BENEFIT, COST));
        assertThat(same.values()).containsExactly(0.5, 0.5);
        assertThat(same.explanation().get("information").orElseThrow().values())
                .containsExactly(new double[] {0, 0}, within(1e-15));
        Weights opposed = ObjectiveWeights.critic(two, List.of(BENEFIT, BENEFIT));
        assertThat(opposed.explanation().get("information").orElseThrow().values())
                .containsExactly(new double[] {1, 1}, within(1e-15));

        DecisionMatrix three = DecisionMatrix.ofRows(new double[][] {{0, 10, 7}, {5, 5, 7}, {10, 0, 7}});
        Weights w = ObjectiveWeights.critic(three, List.of(BENEFIT, BENEFIT, BENEFIT));
        assertThat(w.values()).containsExactly(new double[] {0.5, 0.5, 0}, within(1e-15));
        Explanation e = w.explanation();
        assertThat(e.get("information").orElseThrow().values())
                .containsExactly(new double[] {1.5, 1.5, 0}, within(1e-15));
        assertThat(e.get("sigma").orElseThrow().values()).containsExactly(new double[] {0.5, 0.5, 0}, within(1e-15));
        assertThat(e.get("correlation").orElseThrow().get(0, 1)).isCloseTo(-1, within(1e-15));
        assertThat(e.get("correlation").orElseThrow().get(0, 2)).isZero();
    }

    /**
     * Standard deviation of min–max normalised columns: column 1 0, 5, 10 → 0, 0.5, 1, s = 0.5;
     * column 2 1, 1, 3 (cost) → 1, 1, 0, s = √((1/9 + 1/9 + 4/9)/2) = √(1/3) = 0.5773503. Weights
     * 0.5/(0.5 + 0.5773503) = 0.4641016 and 0.5358984.
     */
    @Test
    void standardDeviationWeights() {
        Weights w = ObjectiveWeights.standardDeviation(
                DecisionMatrix.ofRows(new double[][] {{0, 1}, {5, 1}, {10, 3}}), List.of(BENEFIT, COST));
        assertThat(w.values()).containsExactly(new double[] {0.4641016, 0.5358984}, within(1e-7));
        assertThat(ObjectiveWeights.standardDeviation(
                                DecisionMatrix.ofRows(new double[][] {{1, 2}, {1, 2}}), List.of(BENEFIT, COST))
                        .values())
                .containsExactly(0.5, 0.5);
    }

    @Test
    void equalWeights() {
        assertThat(ObjectiveWeights.equal(DecisionMatrix.ofRows(new double[][] {{1, 2, 3, 4}}))
                        .values())
                .containsExactly(0.25, 0.25, 0.25, 0.25);
    }

    /**
     * Combination: subjective (0.6, 0.4), objective (0.2, 0.8). Linear α = 0.5: (0.4, 0.6).
     * Multiplicative: 0.12, 0.32 → 0.12/0.44 = 0.2727273, 0.7272727.
     */
    @Test
    void combinesSubjectiveAndObjectiveWeights() {
        Weights s = Weights.of(0.6, 0.4);
        Weights o = Weights.of(0.2, 0.8);
        assertThat(Weights.combine(s, o, 0.5).values()).containsExactly(new double[] {0.4, 0.6}, within(1e-15));
        assertThat(Weights.combine(s, o, 1).values()).containsExactly(new double[] {0.6, 0.4}, within(1e-15));
        assertThat(Weights.combineMultiplicative(s, o).values())
                .containsExactly(new double[] {0.2727273, 0.7272727}, within(1e-7));
        assertThatThrownBy(() -> Weights.combine(s, o, 1.5)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> Weights.combine(s, Weights.of(1), 0.5)).hasMessageContaining("different sizes");
        assertThatThrownBy(() -> Weights.combineMultiplicative(Weights.of(1, 0), Weights.of(0, 1)))
                .hasMessageContaining("all 0");
    }
}
