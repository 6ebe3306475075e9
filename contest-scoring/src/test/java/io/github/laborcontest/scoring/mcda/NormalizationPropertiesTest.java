// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of every normalisation on generated columns, degenerate ones included. */
class NormalizationPropertiesTest {

    /** Columns of 1 to 20 values: often constant or all zero, sometimes negative. */
    @Provide
    Arbitrary<double[]> columns() {
        return Arbitraries.oneOf(
                Arbitraries.integers()
                        .between(-50, 50)
                        .map(Integer::doubleValue)
                        .array(double[].class)
                        .ofMinSize(1)
                        .ofMaxSize(20),
                Arbitraries.integers().between(1, 20).map(n -> new double[n]),
                Arbitraries.integers()
                        .between(1, 20)
                        .map(n -> java.util.Collections.nCopies(n, 7.5).stream()
                                .mapToDouble(Double::doubleValue)
                                .toArray()),
                Arbitraries.doubles()
                        .between(-1e6, 1e6)
                        .array(double[].class)
                        .ofMinSize(1)
                        .ofMaxSize(20));
    }

    private static DecisionMatrix twoCopies(double[] column) {
        double[][] rows = new double[column.length][];
        for (int i = 0; i < column.length; i++) {
            rows[i] = new double[] {column[i], column[i]};
        }
        return DecisionMatrix.ofRows(rows);
    }

    @Property
    void everyNormalisationIsFiniteAndDirectionAware(@ForAll("columns") double[] column) {
        DecisionMatrix m = twoCopies(column);
        List<CriterionType> bc = List.of(CriterionType.BENEFIT, CriterionType.COST);
        for (Normalization n : Normalization.values()) {
            DecisionMatrix r = n.apply(m, bc);
            double[] benefit = r.column(0);
            double[] cost = r.column(1);
            for (int i = 0; i < column.length; i++) {
                assertThat(Double.isFinite(benefit[i]) && Double.isFinite(cost[i]))
                        .as(n.code())
                        .isTrue();
                switch (n) {
                    case Z_SCORE -> assertThat(cost[i]).as(n.code()).isEqualTo(-benefit[i] + 0.0, within(1e-12));
                    case MIN_MAX -> {
                        assertThat(benefit[i]).isBetween(0.0, 1.0);
                        assertThat(cost[i]).isBetween(0.0, 1.0);
                    }
                    default -> {
                        // the reflection 1 − r, except that a degenerate column is all ones both ways
                        boolean degenerate = benefit[i] == 1 && cost[i] == 1;
                        if (!degenerate) {
                            assertThat(cost[i]).as(n.code()).isCloseTo(1 - benefit[i], within(1e-12));
                        }
                    }
                }
            }
            // a larger raw value is never worse on a benefit column, never better on a cost column
            for (int a = 0; a < column.length; a++) {
                for (int b = 0; b < column.length; b++) {
                    if (column[a] > column[b]) {
                        assertThat(benefit[a]).as(n.code()).isGreaterThanOrEqualTo(benefit[b]);
                        assertThat(cost[a]).as(n.code()).isLessThanOrEqualTo(cost[b]);
                    }
                }
            }
        }
    }

    @Property
    void minMaxMapsTheBestToOneAndTheWorstToZero(@ForAll("columns") double[] column) {
        DecisionMatrix r =
                Normalization.MIN_MAX.apply(twoCopies(column), List.of(CriterionType.BENEFIT, CriterionType.COST));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : column) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        for (int i = 0; i < column.length; i++) {
            if (min == max) {
                assertThat(r.get(i, 0)).isEqualTo(1);
                assertThat(r.get(i, 1)).isEqualTo(1);
            } else {
                if (column[i] == max) {
                    assertThat(r.get(i, 0)).isEqualTo(1);
                    assertThat(r.get(i, 1)).isEqualTo(0);
                }
                if (column[i] == min) {
                    assertThat(r.get(i, 0)).isEqualTo(0);
                    assertThat(r.get(i, 1)).isEqualTo(1);
                }
            }
        }
    }
}
