// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published worked examples, reproduced to the precision printed in the source. Where the source
 * prints 3 decimals the tolerance is 0.0005 (half a unit of the last printed digit), and so on.
 */
class LiteratureExamplesTest {

    /** Six alternatives, four benefit criteria, weights 0.4, 0.3, 0.1, 0.2. */
    private static final double[][] PLOSKAS = {
        {8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7}, {6, 9, 5, 4}
    };

    private static final List<CriterionType> FOUR_BENEFITS = Collections.nCopies(4, CriterionType.BENEFIT);

    /**
     * TOPSIS with vector normalisation: J. Papathanasiou and N. Ploskas, <i>Multiple Criteria
     * Decision Aid: Methods, Examples and Python Implementations</i>, Springer 2018, chapter 1
     * "TOPSIS", numerical example: relative closeness 0.387, 0.327, 0.391, 0.615, 0.868, 0.493.
     */
    @Test
    void topsisPapathanasiouPloskas2018() {
        McdaResult r = Mcda.rank(
                DecisionMatrix.ofRows(PLOSKAS),
                FOUR_BENEFITS,
                Weights.of(0.4, 0.3, 0.1, 0.2),
                new McdaMethod.Topsis(Normalization.VECTOR));
        double[] printed = {0.387, 0.327, 0.391, 0.615, 0.868, 0.493};
        for (int i = 0; i < printed.length; i++) {
            assertThat(r.preference(i)).as("A%d", i + 1).isCloseTo(printed[i], within(0.0005));
        }
        assertThat(r.ranks()).containsExactly(5, 6, 4, 2, 1, 3);
    }

    /**
     * VIKOR with v = 0.625: Papathanasiou and Ploskas (2018), chapter 2 "VIKOR", numerical example:
     * Q = 0.640, 1.000, 0.693, 0.271, 0.000, 0.694. By hand for A5 (11, 10, 3, 7): best (11, 10, 7,
     * 7), worst (5, 3, 2, 1); S = 0.4·0 + 0.3·0 + 0.1·(7−3)/5 + 0.2·0 = 0.08 and R = 0.08, both the
     * minima, so Q(A5) = 0. With m = 6, DQ = 0.2 and Q(A4) − Q(A5) = 0.271 ≥ 0.2: both conditions
     * hold and A5 alone is the compromise.
     */
    @Test
    void vikorPapathanasiouPloskas2018() {
        McdaResult r = Mcda.rank(
                DecisionMatrix.ofRows(PLOSKAS),
                FOUR_BENEFITS,
                Weights.of(0.4, 0.3, 0.1, 0.2),
                new McdaMethod.Vikor(0.625));
        double[] printed = {0.640, 1.000, 0.693, 0.271, 0.000, 0.694};
        for (int i = 0; i < printed.length; i++) {
            assertThat(r.preference(i)).as("Q of A%d", i + 1).isCloseTo(printed[i], within(0.0005));
        }
        assertThat(r.ranks()).containsExactly(3, 6, 4, 2, 1, 5);
        VikorConditions c = r.vikor().orElseThrow();
        assertThat(c.acceptableAdvantage()).isTrue();
        assertThat(c.acceptableStability()).isTrue();
        assertThat(c.dq()).isEqualTo(0.2, within(1e-15));
        assertThat(c.compromise()).containsExactly(4);
        assertThat(r.explanation().get("S").orElseThrow().get(4, 0)).isCloseTo(0.08, within(1e-15));
    }

    /**
     * Entropy weights: X. Xu, "A note on the subjective and objective integrated approach to
     * determine attribute weights", European Journal of Operational Research 156(2), 530–532, 2004:
     * weights 0.4630, 0.3992, 0.1378, 0.0000 (the fourth attribute, 29, 29, 28.9, 29, carries almost
     * no information).
     */
    @Test
    void entropyXu2004() {
        Weights w = ObjectiveWeights.entropy(DecisionMatrix.ofRows(
                new double[][] {{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}}));
        double[] printed = {0.4630, 0.3992, 0.1378, 0.0000};
        for (int j = 0; j < printed.length; j++) {
            assertThat(w.get(j)).as("w%d", j + 1).isCloseTo(printed[j], within(0.00005));
        }
    }

    /**
     * Entropy weights: E. K. Zavadskas and V. Podvezko, "Integrated determination of objective
     * criteria weights in MCDM", International Journal of Information Technology &amp; Decision
     * Making 15(2), 267–283, 2016: weights 0.1146, 0.1981, 0.4185, 0.2689 (entropy is computed on
     * the raw shares, whatever the criterion types).
     */
    @Test
    void entropyZavadskasPodvezko2016() {
        Weights w = ObjectiveWeights.entropy(DecisionMatrix.ofRows(
                new double[][] {{3.0, 100, 10, 7}, {2.5, 80, 8, 5}, {1.8, 50, 20, 11}, {2.2, 70, 12, 9}}));
        double[] printed = {0.1146, 0.1981, 0.4185, 0.2689};
        for (int j = 0; j < printed.length; j++) {
            assertThat(w.get(j)).as("w%d", j + 1).isCloseTo(printed[j], within(0.00005));
        }
    }

    /**
     * CRITIC weights: A. Tuş and E. Aytaç Adalı, "The new combination with CRITIC and WASPAS methods
     * for the time and attendance software selection problem", OPSEARCH 56(2), 528–538, 2019:
     * weights 0.157, 0.249, 0.168, 0.121, 0.154, 0.151. The printed weights are those of min–max
     * normalising every column as a benefit column (with the price column as a cost column the
     * correlations of that column change sign and the weights become 0.184, 0.213, 0.142, 0.158,
     * 0.168, 0.134); this test therefore passes all six as benefit. The values were taken from the
     * paper as quoted by the pyrepo/crispyn test suites, not checked against the paper itself.
     */
    @Test
    void criticTusAytacAdali2019() {
        DecisionMatrix m = DecisionMatrix.ofRows(new double[][] {
            {5000, 3, 3, 4, 3, 2},
            {680, 5, 3, 2, 2, 1},
            {2000, 3, 2, 3, 4, 3},
            {600, 4, 3, 1, 2, 2},
            {800, 2, 4, 3, 3, 4}
        });
        Weights w = ObjectiveWeights.critic(m, Collections.nCopies(6, CriterionType.BENEFIT));
        double[] printed = {0.157, 0.249, 0.168, 0.121, 0.154, 0.151};
        for (int j = 0; j < printed.length; j++) {
            assertThat(w.get(j)).as("w%d", j + 1).isCloseTo(printed[j], within(0.0005));
        }
        List<CriterionType> priceIsCost = new java.util.ArrayList<>(Collections.nCopies(6, CriterionType.BENEFIT));
        priceIsCost.set(0, CriterionType.COST);
        Weights directed = ObjectiveWeights.critic(m, priceIsCost);
        double[] directedExpected = {0.184, 0.213, 0.142, 0.158, 0.168, 0.134};
        for (int j = 0; j < directedExpected.length; j++) {
            assertThat(directed.get(j)).as("directed w%d", j + 1).isCloseTo(directedExpected[j], within(0.0005));
        }
    }

    /**
     * AHP: T. L. Saaty, <i>The Analytic Hierarchy Process</i>, McGraw-Hill 1980, the "relative
     * wealth of nations" matrix (US, USSR, China, France, UK, Japan, West Germany): principal
     * eigenvector 0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094, λmax = 7.61, CI = 0.10, CR = 0.08
     * (RI(7) = 1.32).
     */
    @Test
    void ahpSaaty1980WealthOfNations() {
        double[][] a = {
            {1, 4, 9, 6, 6, 5, 5},
            {1 / 4.0, 1, 7, 5, 5, 3, 4},
            {1 / 9.0, 1 / 7.0, 1, 1 / 5.0, 1 / 5.0, 1 / 7.0, 1 / 5.0},
            {1 / 6.0, 1 / 5.0, 5, 1, 1, 1 / 3.0, 1 / 3.0},
            {1 / 6.0, 1 / 5.0, 5, 1, 1, 1 / 3.0, 1 / 3.0},
            {1 / 5.0, 1 / 3.0, 7, 3, 3, 1, 2},
            {1 / 5.0, 1 / 4.0, 5, 3, 3, 1 / 2.0, 1}
        };
        AhpResult r = Ahp.weights(a).get();
        double[] printed = {0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094};
        for (int i = 0; i < printed.length; i++) {
            assertThat(r.weights().get(i)).as("w%d", i + 1).isCloseTo(printed[i], within(0.0005));
        }
        assertThat(r.lambdaMax()).isCloseTo(7.61, within(0.005));
        assertThat(r.consistencyIndex()).isCloseTo(0.10, within(0.005));
        assertThat(r.consistencyRatio()).isCloseTo(0.08, within(0.005));
        assertThat(r.randomIndex()).isEqualTo(RandomIndex.SAATY_1980);
        assertThat(r.acceptedInconsistent()).isFalse();
    }
}
