// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static io.github.laborcontest.scoring.mcda.CriterionType.BENEFIT;
import static io.github.laborcontest.scoring.mcda.CriterionType.COST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.laborcontest.model.rule.Normalisation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every normalisation on a benefit and a cost column, and every degenerate case. */
class NormalizationTest {

    /** Column 0 (benefit) and column 1 (cost), both 1, 2, 5. */
    private static final DecisionMatrix M = DecisionMatrix.ofRows(new double[][] {{1, 1}, {2, 2}, {5, 5}});

    private static final List<CriterionType> TYPES = List.of(BENEFIT, COST);

    private static void assertColumns(DecisionMatrix r, double[] benefit, double[] cost) {
        assertThat(r.column(0)).containsExactly(benefit, within(1e-15));
        assertThat(r.column(1)).containsExactly(cost, within(1e-15));
    }

    @Test
    void minMax() {
        // min 1, max 5, range 4: benefit (x−1)/4 = 0, 0.25, 1; cost (5−x)/4 = 1, 0.75, 0
        assertColumns(Normalization.MIN_MAX.apply(M, TYPES), new double[] {0, 0.25, 1}, new double[] {1, 0.75, 0});
    }

    @Test
    void vector() {
        // ‖x‖ = √(1 + 4 + 25) = √30 = 5.477225575; benefit x/√30, cost 1 − x/√30
        double s = Math.sqrt(30);
        assertColumns(Normalization.VECTOR.apply(M, TYPES), new double[] {1 / s, 2 / s, 5 / s}, new double[] {
            1 - 1 / s, 1 - 2 / s, 1 - 5 / s
        });
    }

    @Test
    void sum() {
        // Σ|x| = 8: benefit 0.125, 0.25, 0.625; cost 0.875, 0.75, 0.375
        assertColumns(
                Normalization.SUM.apply(M, TYPES), new double[] {0.125, 0.25, 0.625}, new double[] {0.875, 0.75, 0.375
                });
    }

    @Test
    void max() {
        // max|x| = 5: benefit 0.2, 0.4, 1; cost 0.8, 0.6, 0
        assertColumns(Normalization.MAX.apply(M, TYPES), new double[] {0.2, 0.4, 1}, new double[] {0.8, 0.6, 0});
    }

    @Test
    void zScore() {
        // mean 8/3; deviations −5/3, −2/3, 7/3; Σ squares = (25 + 4 + 49)/9 = 78/9; s = √(78/9/2) = √(13/3)
        double s = Math.sqrt(13.0 / 3);
        double[] z = {-5 / 3.0 / s, -2 / 3.0 / s, 7 / 3.0 / s};
        assertColumns(Normalization.Z_SCORE.apply(M, TYPES), z, new double[] {-z[0], -z[1], -z[2]});
    }

    @Test
    void constantColumnBecomesAllOnesForMinMaxAndAllZerosForZScore() {
        DecisionMatrix constant = DecisionMatrix.ofRows(new double[][] {{7, 7}, {7, 7}});
        for (Normalization n : List.of(Normalization.MIN_MAX)) {
            assertColumns(n.apply(constant, TYPES), new double[] {1, 1}, new double[] {1, 1});
        }
        assertColumns(Normalization.Z_SCORE.apply(constant, TYPES), new double[] {0, 0}, new double[] {0, 0});
        // a constant non-zero column under vector/sum/max is not degenerate: 7/√98, 7/14, 7/7
        assertThat(Normalization.MAX.apply(constant, TYPES).column(0)).containsExactly(1, 1);
        assertThat(Normalization.MAX.apply(constant, TYPES).column(1)).containsExactly(0, 0);
    }

    @Test
    void zeroColumnBecomesAllOnesForVectorSumMaxAndMinMax() {
        DecisionMatrix zeros = DecisionMatrix.ofRows(new double[][] {{0, 0}, {0, 0}, {0, 0}});
        for (Normalization n :
                List.of(Normalization.VECTOR, Normalization.SUM, Normalization.MAX, Normalization.MIN_MAX)) {
            DecisionMatrix r = n.apply(zeros, TYPES);
            assertThat(r.column(0)).as(n.code()).containsExactly(1, 1, 1);
            assertThat(r.column(1)).as(n.code()).containsExactly(1, 1, 1);
        }
        assertThat(Normalization.Z_SCORE.apply(zeros, TYPES).column(0)).containsExactly(0, 0, 0);
    }

    @Test
    void singleAlternativeIsDegenerateEverywhere() {
        DecisionMatrix one = DecisionMatrix.ofRows(new double[][] {{3, 4}});
        assertThat(Normalization.MIN_MAX.apply(one, TYPES).toRows()[0]).containsExactly(1, 1);
        assertThat(Normalization.Z_SCORE.apply(one, TYPES).toRows()[0]).containsExactly(0, 0);
        assertThat(Normalization.MAX.apply(one, TYPES).toRows()[0]).containsExactly(1, 0);
    }

    @Test
    void negativeValuesUseMagnitudesForSumAndMax() {
        // column −2, 0, 4 (benefit): Σ|x| = 6 → −1/3, 0, 2/3; max|x| = 4 → −0.5, 0, 1
        DecisionMatrix m = DecisionMatrix.ofRows(new double[][] {{-2}, {0}, {4}});
        assertThat(Normalization.SUM.apply(m, List.of(BENEFIT)).column(0))
                .containsExactly(new double[] {-1 / 3.0, 0, 2 / 3.0}, within(1e-15));
        assertThat(Normalization.MAX.apply(m, List.of(BENEFIT)).column(0)).containsExactly(-0.5, 0, 1);
    }

    @Test
    void mapsTheModelsNormalisationRule() {
        assertThat(Normalization.from(Normalisation.Method.MIN_MAX)).isEqualTo(Normalization.MIN_MAX);
        assertThat(Normalization.from(Normalisation.Method.Z_SCORE)).isEqualTo(Normalization.Z_SCORE);
        assertThat(Normalization.from(Normalisation.Method.VECTOR)).isEqualTo(Normalization.VECTOR);
        assertThat(Normalization.from(Normalisation.Method.SUM)).isEqualTo(Normalization.SUM);
        assertThat(Normalization.from(Normalisation.Method.MAX)).isEqualTo(Normalization.MAX);
    }
}
