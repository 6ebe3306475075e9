// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.laborcontest.model.problem.Problem;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** AHP priorities, consistency and refusals. */
class AhpTest {

    /** A perfectly consistent matrix from weights 4 : 2 : 1 (a_ij = w_i / w_j): priorities 4/7, 2/7, 1/7. */
    private static final double[][] CONSISTENT = {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}};

    @Test
    void consistentMatrixGivesExactPrioritiesByEveryMethodAndCrZero() {
        for (AhpMethod method : AhpMethod.values()) {
            AhpResult r = Ahp.weights(CONSISTENT, method, RandomIndex.SAATY_1980, false)
                    .get();
            assertThat(r.weights().values())
                    .as(method.code())
                    .containsExactly(new double[] {4 / 7.0, 2 / 7.0, 1 / 7.0}, within(1e-12));
            assertThat(r.lambdaMax()).isCloseTo(3, within(1e-12));
            // λmax may come out a hair below n in floating point; CI and CR are clamped at 0
            assertThat(r.consistencyIndex()).isGreaterThanOrEqualTo(0).isLessThan(1e-12);
            assertThat(r.consistencyRatio()).isGreaterThanOrEqualTo(0).isLessThan(1e-12);
            assertThat(r.weights().method()).isEqualTo(method.code());
        }
    }

    /**
     * A classic inconsistent 3 × 3 (a12 = 3, a13 = 1/3, a23 = 5: criterion 1 over 2, 2 over 3, yet 3
     * over 1): λmax ≈ 3.87, CI ≈ 0.43, CR ≈ 0.75 with RI(3) = 0.58 — refused unless accepted.
     */
    @Test
    void inconsistentMatrixIsRefusedUnlessAccepted() {
        double[][] a = {{1, 3, 1 / 3.0}, {1 / 3.0, 1, 5}, {3, 1 / 5.0, 1}};
        var refused = Ahp.weights(a);
        assertThat(refused.isInvalid()).isTrue();
        Problem p = refused.getError().head();
        assertThat(p.code()).isEqualTo(McdaProblem.AHP_INCONSISTENT);
        assertThat(p.message(Locale.ENGLISH)).contains("exceeds 0.1");
        assertThat(p.message(Locale.CHINESE)).contains("一致性比率");
        AhpResult accepted = Ahp.weights(a, AhpMethod.EIGENVECTOR, RandomIndex.SAATY_1980, true)
                .get();
        assertThat(accepted.acceptedInconsistent()).isTrue();
        assertThat(accepted.consistencyRatio()).isGreaterThan(0.1);
        AhpResult alonso = Ahp.weights(a, AhpMethod.EIGENVECTOR, RandomIndex.ALONSO_LAMATA_2006, true)
                .get();
        // same CI, smaller RI(3) (0.5245 < 0.58): larger CR
        assertThat(alonso.consistencyIndex()).isEqualTo(accepted.consistencyIndex());
        assertThat(alonso.consistencyRatio()).isCloseTo(accepted.consistencyIndex() / 0.5245, within(1e-15));
    }

    @Test
    void ordersOneAndTwoAreAlwaysConsistent() {
        assertThat(Ahp.weights(new double[][] {{1}}).get().weights().values()).containsExactly(1);
        AhpResult two = Ahp.weights(new double[][] {{1, 3}, {1 / 3.0, 1}}).get();
        assertThat(two.weights().values()).containsExactly(new double[] {0.75, 0.25}, within(1e-15));
        assertThat(two.consistencyRatio()).isZero();
    }

    @Test
    void reportsEveryMalformedEntryWithItsPath() {
        double[][] a = {{1, 3, 12}, {0.5, 1, 2}, {1 / 12.0, 0.5, 2}};
        var problems = Ahp.weights(a).getError();
        assertThat(problems.map(Problem::path)).containsExactly("$[0][1]", "$[0][2]", "$[2][0]", "$[2][2]");
        assertThat(problems.map(Problem::code))
                .containsExactly(
                        McdaProblem.AHP_NOT_RECIPROCAL,
                        McdaProblem.AHP_OUT_OF_SCALE,
                        McdaProblem.AHP_OUT_OF_SCALE,
                        McdaProblem.AHP_DIAGONAL);
        assertThat(Ahp.weights(new double[][] {{1, 2}, {0.5}}).getError().head().code())
                .isEqualTo(McdaProblem.AHP_NOT_SQUARE);
        assertThat(Ahp.weights(new double[16][16]).getError().head().code()).isEqualTo(McdaProblem.AHP_TOO_LARGE);
        assertThat(Ahp.weights(new double[0][]).isInvalid()).isTrue();
    }

    @Test
    void randomIndexTables() {
        assertThat(RandomIndex.SAATY_1980.of(3)).isEqualTo(0.58);
        assertThat(RandomIndex.SAATY_1980.of(10)).isEqualTo(1.49);
        assertThat(RandomIndex.SAATY_1980.maxOrder()).isEqualTo(15);
        assertThat(RandomIndex.ALONSO_LAMATA_2006.of(4)).isEqualTo(0.8815);
        assertThat(RandomIndex.ALONSO_LAMATA_2006.table()).hasSize(15);
    }
}
