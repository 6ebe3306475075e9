// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.scoring.MeasurementTable;
import io.github.laborcontest.scoring.Scorer;
import io.github.laborcontest.scoring.ScoringOptions;
import io.github.laborcontest.scoring.ScoringProblem;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * A scorer whose plugins failed to load answers every call with the loading problems (and, for
 * score cards, the problems of the input), never with a result computed without the plugins.
 */
class FailingScorerTest {

    static final IndicatorSet SET = set(dimension("d", 10, scored("x", ValueType.NUMERIC, 10, new DirectPoints())));
    static final Problem LOADING = Problem.at(ScoringProblem.PLUGIN_FAILED, "$", "com.example.Broken", "no licence");

    @Test
    void everyCallReportsTheLoadingProblem() {
        Scorer s = DefaultScorer.failing(List.of(LOADING));
        var c = competition(SET, units("A"));
        var ms = java.util.List.of(value("A", "x", "5"));
        assertThat(s.scorePeriod(c, SET, ms, Q1).getError()).containsExactly(LOADING);
        // the periods' weights 0.4 + 0.6 add up to 1: the loading problem only
        assertThat(s.scoreCumulative(c, SET, ms, ScoringOptions.DEFAULT).getError())
                .containsExactly(LOADING);
        MeasurementTable t = MeasurementTable.builder(java.util.List.of(ParticipantId.of("A")))
                .numbers(IndicatorCode.of("x"), new long[] {5}, 0)
                .build();
        assertThat(s.rankBulk(SET, RankingPolicy.DEFAULT, t, Q1).getError()).containsExactly(LOADING);
        // the input's own problems come after the loading problem
        assertThat(s.scorePeriod(c, SET, java.util.List.of(value("Z", "x", "5")), Q1)
                        .getError())
                .extracting(Problem::code)
                .containsExactly(ScoringProblem.PLUGIN_FAILED, ScoringProblem.UNKNOWN_PARTICIPANT);
    }
}
