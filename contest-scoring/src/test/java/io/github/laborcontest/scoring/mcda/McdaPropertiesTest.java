// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the methods and weights on generated decision problems. */
class McdaPropertiesTest {

    /** A generated problem: values on a grid of 0.5 in [0.5, 100], positive weights. */
    record Case(double[][] rows, List<CriterionType> types, double[] weights) {
        int m() {
            return rows.length;
        }

        int n() {
            return types.size();
        }

        DecisionMatrix matrix() {
            return DecisionMatrix.ofRows(rows);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers()
                .between(1, 5)
                .flatMap(n -> Combinators.combine(
                                Arbitraries.integers()
                                        .between(1, 200)
                                        .map(v -> v / 2.0)
                                        .array(double[].class)
                                        .ofSize(n)
                                        .array(double[][].class)
                                        .ofMinSize(2)
                                        .ofMaxSize(12),
                                Arbitraries.of(CriterionType.class).list().ofSize(n),
                                Arbitraries.integers()
                                        .between(1, 10)
                                        .map(Integer::doubleValue)
                                        .array(double[].class)
                                        .ofSize(n))
                        .as(Case::new));
    }

    @Provide
    Arbitrary<McdaMethod> methods() {
        return Arbitraries.oneOf(
                Arbitraries.of(Normalization.class).map(McdaMethod.Wsm::new),
                Arbitraries.of(Normalization.class).map(McdaMethod.Topsis::new),
                Arbitraries.just(new McdaMethod.Wpm()),
                Arbitraries.doubles().between(0, 1).ofScale(2).map(McdaMethod.Vikor::new),
                Arbitraries.just("promethee").map(s -> (McdaMethod) null));
    }

    private static McdaMethod concrete(McdaMethod method, int n) {
        return method == null ? McdaMethod.Promethee2.usual(n) : method;
    }

    @Property
    void scalingABenefitColumnLeavesTopsisRanksUnchanged(
            @ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 4) int column,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @net.jqwik.api.constraints.Scale(6) double factor,
            @ForAll boolean vector) {
        int j = column % c.n();
        List<CriterionType> types = new ArrayList<>(c.types());
        types.set(j, CriterionType.BENEFIT);
        double[][] scaled = new double[c.m()][];
        for (int i = 0; i < c.m(); i++) {
            scaled[i] = c.rows()[i].clone();
            scaled[i][j] *= factor;
        }
        McdaMethod topsis = new McdaMethod.Topsis(vector ? Normalization.VECTOR : Normalization.MIN_MAX);
        McdaResult before = Mcda.rank(c.matrix(), types, Weights.of(c.weights()), topsis);
        McdaResult after = Mcda.rank(DecisionMatrix.ofRows(scaled), types, Weights.of(c.weights()), topsis);
        assertThat(after.ranks()).containsExactly(before.ranks());
        assertThat(after.preferences()).containsExactly(before.preferences(), within(1e-12));
    }

    @Property
    void aDominatingAlternativeRanksFirstAlone(@ForAll("cases") Case c, @ForAll("methods") McdaMethod method) {
        double[] best = new double[c.n()];
        for (int j = 0; j < c.n(); j++) {
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (double[] row : c.rows()) {
                max = Math.max(max, row[j]);
                min = Math.min(min, row[j]);
            }
            best[j] = c.types().get(j) == CriterionType.BENEFIT ? max + 1 : min / 2;
        }
        double[][] rows = new double[c.m() + 1][];
        System.arraycopy(c.rows(), 0, rows, 0, c.m());
        rows[c.m()] = best;
        McdaResult r =
                Mcda.rank(DecisionMatrix.ofRows(rows), c.types(), Weights.of(c.weights()), concrete(method, c.n()));
        assertThat(r.rank(c.m())).isEqualTo(1);
        for (int i = 0; i < c.m(); i++) {
            assertThat(r.rank(i)).as("dominated alternative %d", i).isGreaterThan(1);
        }
        assertThat(r.order()[0]).isEqualTo(c.m());
    }

    @Property
    void objectiveWeightsAreNonNegativeAndSumToOne(@ForAll("cases") Case c) {
        for (Weights w : List.of(
                ObjectiveWeights.entropy(c.matrix()),
                ObjectiveWeights.critic(c.matrix(), c.types()),
                ObjectiveWeights.standardDeviation(c.matrix(), c.types()),
                ObjectiveWeights.equal(c.matrix()),
                Weights.of(c.weights()),
                Weights.combine(ObjectiveWeights.entropy(c.matrix()), Weights.of(c.weights()), 0.3))) {
            double sum = 0;
            for (double v : w.values()) {
                assertThat(v).as(w.method()).isBetween(0.0, 1.0);
                sum += v;
            }
            assertThat(sum).as(w.method()).isCloseTo(1, within(1e-12));
        }
    }

    @Property
    void ahpWeightsOfConsistentMatricesSumToOneAndRecoverTheWeights(@ForAll("cases") Case c) {
        double[] w = c.weights();
        int n = w.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                a[i][k] = w[i] / w[k];
            }
        }
        // weights 1..10 give ratios up to 10, outside Saaty's scale: keep those up to 9
        boolean inScale = true;
        for (double[] row : a) {
            for (double v : row) {
                inScale &= v >= 1 / 9.0 && v <= 9;
            }
        }
        if (!inScale) {
            return;
        }
        double[] expected = Weights.of(w).values();
        for (AhpMethod method : AhpMethod.values()) {
            AhpResult r = Ahp.weights(a, method, RandomIndex.SAATY_1980, false).get();
            assertThat(r.weights().values()).containsExactly(expected, within(1e-12));
            assertThat(r.consistencyRatio()).isLessThan(1e-12);
        }
    }

    @Property
    void permutingAlternativesPermutesTheResult(
            @ForAll("cases") Case c, @ForAll("methods") McdaMethod method, @ForAll Random random) {
        McdaMethod concrete = concrete(method, c.n());
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < c.m(); i++) {
            perm.add(i);
        }
        Collections.shuffle(perm, random);
        double[][] shuffled = new double[c.m()][];
        for (int k = 0; k < c.m(); k++) {
            shuffled[k] = c.rows()[perm.get(k)];
        }
        McdaResult original = Mcda.rank(c.matrix(), c.types(), Weights.of(c.weights()), concrete);
        McdaResult permuted = Mcda.rank(DecisionMatrix.ofRows(shuffled), c.types(), Weights.of(c.weights()), concrete);
        for (int k = 0; k < c.m(); k++) {
            int i = perm.get(k);
            assertThat(permuted.rank(k)).isEqualTo(original.rank(i));
            assertThat(permuted.preference(k)).isCloseTo(original.preference(i), within(1e-12));
        }
    }

    @Property
    void ranksAgreeWithPreferences(@ForAll("cases") Case c, @ForAll("methods") McdaMethod method) {
        McdaResult r = Mcda.rank(c.matrix(), c.types(), Weights.of(c.weights()), concrete(method, c.n()));
        double sign = r.higherIsBetter() ? 1 : -1;
        for (int a = 0; a < c.m(); a++) {
            assertThat(r.rank(a)).isBetween(1, c.m());
            for (int b = 0; b < c.m(); b++) {
                if (r.rank(a) < r.rank(b)) {
                    assertThat(sign * r.preference(a)).isGreaterThan(sign * r.preference(b));
                }
            }
        }
        // rank k is held by an alternative for which exactly k − 1 others rank strictly better
        for (int a = 0; a < c.m(); a++) {
            int better = 0;
            for (int b = 0; b < c.m(); b++) {
                if (r.rank(b) < r.rank(a)) {
                    better++;
                }
            }
            assertThat(r.rank(a)).isEqualTo(better + 1);
        }
    }
}
