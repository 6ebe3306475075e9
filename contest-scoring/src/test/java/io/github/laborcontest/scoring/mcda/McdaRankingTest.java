// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.ParticipantId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking participants as a scoring step. */
class McdaRankingTest {

    private static final List<ParticipantId> IDS =
            List.of(ParticipantId.of("P1"), ParticipantId.of("P2"), ParticipantId.of("P3"));

    /** The example again (closeness 0.4, 0.4721360, 0.7597469 by hand): best first. */
    @Test
    void ranksParticipantsBestFirst() {
        McdaRanking r = McdaRanking.rank(
                IDS,
                List.of(CriterionType.of(Direction.HIGHER_BETTER), CriterionType.of(Direction.LOWER_BETTER)),
                new double[][] {{0.9, 120}, {0.7, 100}, {0.8, 90}},
                Weights.of(0.4, 0.6),
                new McdaMethod.Topsis(Normalization.MIN_MAX));
        assertThat(r.entries()).extracting(e -> e.participant().value()).containsExactly("P3", "P2", "P1");
        assertThat(r.entries()).extracting(McdaRanking.Entry::rank).containsExactly(1, 2, 3);
        assertThat(r.entries().get(0).preference()).isCloseTo(0.7597469, within(5e-8));
        assertThat(r.result().explanation().names()).contains("closeness");
    }

    /**
     * Equal weights, WSM with min–max on one benefit and one cost criterion: P1 (10, 5) → (1, 0),
     * P2 (0, 0) → (0, 1), P3 (5, 2.5) → (0.5, 0.5): S = 0.5 for everyone, a three-way tie in input
     * order.
     */
    @Test
    void tiesShareTheFirstRankAndKeepInputOrder() {
        McdaRanking r = McdaRanking.rank(
                IDS,
                List.of(Criterion.of("output", CriterionType.BENEFIT), Criterion.of("hazards", CriterionType.COST)),
                new double[][] {{10, 5}, {0, 0}, {5, 2.5}},
                Weighting.EQUAL,
                new McdaMethod.Wsm(Normalization.MIN_MAX));
        assertThat(r.entries()).extracting(McdaRanking.Entry::rank).containsExactly(1, 1, 1);
        assertThat(r.entries()).extracting(e -> e.participant().value()).containsExactly("P1", "P2", "P3");
    }

    @Test
    void refusesMismatchedOrRepeatedParticipants() {
        assertThatThrownBy(() -> McdaRanking.rank(
                        IDS.subList(0, 2),
                        List.of(CriterionType.BENEFIT),
                        new double[][] {{1}, {2}, {3}},
                        Weights.of(1),
                        new McdaMethod.Wpm()))
                .hasMessageContaining("2 participants but 3 rows");
        assertThatThrownBy(() -> McdaRanking.rank(
                        List.of(ParticipantId.of("P1"), ParticipantId.of("P1")),
                        List.of(CriterionType.BENEFIT),
                        new double[][] {{1}, {2}},
                        Weights.of(1),
                        new McdaMethod.Wpm()))
                .hasMessageContaining("unique");
        assertThatThrownBy(() -> CriterionType.of(Direction.TARGET)).hasMessageContaining("target");
    }
}
