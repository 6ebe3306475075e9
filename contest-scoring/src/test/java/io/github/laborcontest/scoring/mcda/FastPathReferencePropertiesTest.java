// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laborcontest.scoring.mcda.internal.FastLog;
import io.github.laborcontest.scoring.mcda.internal.Ranks;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast TOPSIS and entropy kernels (column blocks copied for vectorised loops, column sums five
 * columns at a time, the radix sort on the varying bits, entropy in one pass per column) give
 * <b>exactly</b> the results of a straightforward implementation written from the definitions:
 * every sum is still added in row order, every value goes through the same operations, so no
 * tolerance is needed. Closeness, distances and weights are compared bit for bit; the explanation's
 * normalised and weighted values and the ideal with {@code ==}, because the fast path writes
 * {@code x / d + 0} where the textbook writes {@code x / d}, which may turn a −0.0 into +0.0 (the
 * same number; it cannot change a squared distance).
 */
class FastPathReferencePropertiesTest {

    /** A problem; rows as the caller would give them. */
    record Case(double[][] rows, List<CriterionType> types, double[] weights) {
        int m() {
            return rows.length;
        }

        int n() {
            return types.size();
        }

        boolean[] cost() {
            boolean[] cost = new boolean[n()];
            for (int j = 0; j < cost.length; j++) {
                cost[j] = types.get(j) == CriterionType.COST;
            }
            return cost;
        }
    }

    /**
     * Values that stress the kernels: exact ties on a coarse grid, both zeros (−0.0 and +0.0, for
     * the extremes found by comparisons), negatives, tiny and huge magnitudes; sometimes a constant
     * column. Up to 12 criteria (groups of 5, 4 + 4 + 4 …) and up to 2,600 alternatives (more than
     * two blocks of 1,024 rows).
     */
    private static Arbitrary<Double> values(boolean nonNegative) {
        Arbitrary<Double> any = Arbitraries.oneOf(
                Arbitraries.integers().between(-4, 8).map(k -> k / 2.0),
                Arbitraries.of(0.0, -0.0, 1e-300, 3.5e99, 1e100, 7.25),
                Arbitraries.doubles().between(-1e6, 1e6));
        return nonNegative ? any.map(Math::abs) : any;
    }

    private static Arbitrary<Case> cases(boolean nonNegative) {
        Arbitrary<Integer> rows = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1000, 2600));
        return Combinators.combine(Arbitraries.integers().between(1, 12), rows)
                .flatAs((n, m) -> Combinators.combine(
                                values(nonNegative)
                                        .array(double[].class)
                                        .ofSize(n)
                                        .array(double[][].class)
                                        .ofSize(m),
                                Arbitraries.of(CriterionType.class).list().ofSize(n),
                                Arbitraries.integers()
                                        .between(1, 9)
                                        .map(Integer::doubleValue)
                                        .array(double[].class)
                                        .ofSize(n),
                                Arbitraries.integers().between(-1, n - 1))
                        .as((r, t, w, constant) -> {
                            if (constant >= 0) {
                                for (double[] row : r) {
                                    row[constant] = r[0][constant];
                                }
                            }
                            return new Case(r, t, w);
                        }));
    }

    @Provide
    Arbitrary<Case> problems() {
        return cases(false);
    }

    @Provide
    Arbitrary<Case> nonNegativeProblems() {
        return cases(true);
    }

    @Property(tries = 300)
    void topsisEqualsTheTextbookComputation(@ForAll("problems") Case c, @ForAll Normalization normalization) {
        Weights weights = Weights.of(c.weights());
        McdaResult fast =
                Mcda.rank(DecisionMatrix.ofRows(c.rows()), c.types(), weights, new McdaMethod.Topsis(normalization));
        Reference ref = topsis(c.rows(), c.cost(), weights.values(), normalization);

        assertThat(bits(fast.preferences())).containsExactly(bits(ref.closeness));
        Explanation e = fast.explanation();
        assertThat(bits(values(e, "distanceToIdeal"))).containsExactly(bits(ref.plus));
        assertThat(bits(values(e, "distanceToAntiIdeal"))).containsExactly(bits(ref.minus));
        assertThat(bits(values(e, "closeness"))).containsExactly(bits(ref.closeness));
        assertSameNumbers(values(e, "ideal"), ref.ideal);
        assertSameNumbers(values(e, "antiIdeal"), ref.anti);
        assertSameNumbers(values(e, "normalized"), columnMajor(ref.normalized));
        assertSameNumbers(values(e, "weighted"), columnMajor(ref.weighted));

        // the order of a plain stable sort, and ranks by their definition
        Comparator<Integer> byCloseness = Comparator.comparingDouble(i -> ref.closeness[i]);
        int[] order = IntStream.range(0, c.m())
                .boxed()
                .sorted(byCloseness.reversed())
                .mapToInt(Integer::intValue)
                .toArray();
        assertThat(fast.order()).containsExactly(order);
        assertThat(fast.ranks()).containsExactly(Ranks.ranks(ref.closeness, order, Mcda.DEFAULT_TOLERANCE));
    }

    @Property(tries = 200)
    void entropyWeightsEqualTheTwoPassComputation(@ForAll("nonNegativeProblems") Case c) {
        Weights fast = ObjectiveWeights.entropy(DecisionMatrix.ofRows(c.rows()));
        double[][] ref = entropy(c.rows());
        assertThat(bits(fast.values())).containsExactly(bits(ref[2]));
        assertThat(bits(values(fast.explanation(), "entropy"))).containsExactly(bits(ref[0]));
        assertThat(bits(values(fast.explanation(), "divergence"))).containsExactly(bits(ref[1]));
    }

    @Property(tries = 100)
    void entropyNamesTheFirstNegativeValueInColumnOrder(@ForAll("problems") Case c) {
        int row = -1;
        int column = -1;
        for (int j = 0; j < c.n() && row < 0; j++) {
            for (int i = 0; i < c.m(); i++) {
                // −0.0 >= 0 holds: only values below zero are refused
                if (c.rows()[i][j] < 0) {
                    row = i;
                    column = j;
                    break;
                }
            }
        }
        DecisionMatrix matrix = DecisionMatrix.ofRows(c.rows());
        if (row < 0) {
            assertThat(ObjectiveWeights.entropy(matrix).size()).isEqualTo(c.n());
        } else {
            assertThatThrownBy(() -> ObjectiveWeights.entropy(matrix))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("entropy weights need values >= 0; row " + row + ", column " + column + " is "
                            + c.rows()[row][column]);
        }
    }

    /** The textbook's intermediates. */
    record Reference(
            double[][] normalized,
            double[][] weighted,
            double[] ideal,
            double[] anti,
            double[] plus,
            double[] minus,
            double[] closeness) {}

    /**
     * TOPSIS as the definitions in docs/mcda.md read, one column and one row at a time: column
     * statistics in row order, r = x/‖x‖ (cost 1 − x/‖x‖), (x − min)/(max − min) (cost (max −
     * x)/(max − min)), x/Σ|x|, x/max|x|, (x − mean)/s (cost −(x − mean)/s); v = w·r; ideal and
     * anti-ideal the largest and smallest v of each column; Euclidean distances summed over the
     * criteria in order; closeness D−/(D+ + D−), 1 when D+ + D− = 0.
     */
    static Reference topsis(double[][] x, boolean[] cost, double[] w, Normalization normalization) {
        int m = x.length;
        int n = cost.length;
        double[][] r = new double[m][n];
        double[][] v = new double[m][n];
        double[] ideal = new double[n];
        double[] anti = new double[n];
        for (int j = 0; j < n; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sumSq = 0;
            double sumAbs = 0;
            double maxAbs = 0;
            double sum = 0;
            for (double[] row : x) {
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
                sumSq += row[j] * row[j];
                sumAbs += Math.abs(row[j]);
                maxAbs = Math.max(maxAbs, Math.abs(row[j]));
                sum += row[j];
            }
            double mean = sum / m;
            double dev = 0;
            for (double[] row : x) {
                dev += (row[j] - mean) * (row[j] - mean);
            }
            double sd = m < 2 ? 0 : Math.sqrt(dev / (m - 1));
            double norm = Math.sqrt(sumSq);
            ideal[j] = Double.NEGATIVE_INFINITY;
            anti[j] = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double a = x[i][j];
                r[i][j] = switch (normalization) {
                    case MIN_MAX -> max - min > 0 ? (cost[j] ? (max - a) / (max - min) : (a - min) / (max - min)) : 1;
                    case VECTOR -> ratio(a, norm, cost[j]);
                    case SUM -> ratio(a, sumAbs, cost[j]);
                    case MAX -> ratio(a, maxAbs, cost[j]);
                    case Z_SCORE -> sd > 0 ? (cost[j] ? -((a - mean) / sd) : (a - mean) / sd) : 0;
                };
                v[i][j] = w[j] * r[i][j];
                ideal[j] = Math.max(ideal[j], v[i][j]);
                anti[j] = Math.min(anti[j], v[i][j]);
            }
        }
        double[] plus = new double[m];
        double[] minus = new double[m];
        double[] closeness = new double[m];
        for (int i = 0; i < m; i++) {
            double sp = 0;
            double sm = 0;
            for (int j = 0; j < n; j++) {
                sp += (v[i][j] - ideal[j]) * (v[i][j] - ideal[j]);
                sm += (v[i][j] - anti[j]) * (v[i][j] - anti[j]);
            }
            plus[i] = Math.sqrt(sp);
            minus[i] = Math.sqrt(sm);
            closeness[i] = plus[i] + minus[i] > 0 ? minus[i] / (plus[i] + minus[i]) : 1;
        }
        return new Reference(r, v, ideal, anti, plus, minus, closeness);
    }

    private static double ratio(double a, double denominator, boolean cost) {
        if (!(denominator > 0)) {
            return 1;
        }
        return cost ? 1 - a / denominator : a / denominator;
    }

    /**
     * Entropy weights as documented, in two passes per column: the sum S in row order, then Σ x ln
     * x over x &gt; 0 with the library's {@link FastLog} (even rows into one accumulator, odd rows
     * into another, added at the end), e = −((Σ x ln x)/S − ln S)/ln m, e = 1 for S = 0 or one
     * alternative; d = max(0, 1 − e); w = d/Σd, equal when Σd = 0. (The textbook −Σ p ln p with
     * Math.log agrees to 1e-9, checked by {@code McdaCrossCheckTest} against NumPy.)
     *
     * @return entropy, divergence and weights
     */
    static double[][] entropy(double[][] x) {
        int m = x.length;
        int n = x[0].length;
        double[] e = new double[n];
        double[] d = new double[n];
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (double[] row : x) {
                sum += row[j];
            }
            if (m < 2 || !(sum > 0)) {
                e[j] = 1;
            } else {
                double[] acc = new double[2];
                for (int i = 0; i < m; i++) {
                    if (x[i][j] > 0) {
                        acc[i % 2] += x[i][j] * FastLog.ln(x[i][j]);
                    }
                }
                e[j] = -((acc[0] + acc[1]) / sum - Math.log(sum)) / Math.log(m);
            }
            d[j] = Math.max(0, 1 - e[j]);
        }
        double total = 0;
        for (double v : d) {
            total += v;
        }
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            w[j] = total > 0 ? d[j] / total : 1.0 / n;
        }
        return new double[][] {e, d, w};
    }

    private static double[] values(Explanation e, String name) {
        return e.get(name).orElseThrow().values();
    }

    private static double[] columnMajor(double[][] rows) {
        int m = rows.length;
        int n = rows[0].length;
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                out[j * m + i] = rows[i][j];
            }
        }
        return out;
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    private static void assertSameNumbers(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k] == expected[k])
                    .as("value %d: %s, expected %s", k, actual[k], expected[k])
                    .isTrue();
        }
    }
}
