// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.indicator;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.unit;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.PerOccurrence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measurement checks of a large input run in parallel slices; the problems must still come in
 * input order (then the duplicates), exactly as for a small input.
 */
class LargeInputProblemsTest {
    static final IndicatorSet SET = set(dimension(
            "d",
            10,
            scored("rate", ValueType.PERCENTAGE, 10, LinearToTarget.of(new java.math.BigDecimal("100"))),
            indicator(
                    "count",
                    IndicatorKind.DEDUCTION,
                    ValueType.COUNT,
                    Direction.LOWER_BETTER,
                    10,
                    new PerOccurrence(new java.math.BigDecimal("1")))));

    @Test
    void problemsOfThirtyThousandMeasurementsComeInInputOrder() {
        int n = 15_000;
        List<Participant> participants = new ArrayList<>();
        List<Measurement> ms = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            String id = String.format("U%05d", p);
            participants.add(unit(id));
            ms.add(value(id, "rate", "90"));
            ms.add(value(id, "count", "1"));
        }
        ms.set(5, value("NOBODY", "rate", "90")); // [5]: unknown participant
        ms.set(20_001, value("U10000", "nothing", "1")); // [20001]: unknown indicator
        ms.set(29_999, value("U14999", "count", "-2")); // [29999]: negative count
        ms.add(value("U00007", "rate", "95")); // [30000]: duplicate of [14]
        ms.add(value("U12000", "count", "0")); // [30001]: duplicate of [24001]

        List<Problem> problems = Scorer.create()
                .scorePeriod(competition(SET, participants), SET, ms, Q1)
                .getError()
                .toJavaList();

        assertThat(problems)
                .extracting(Problem::codeName, Problem::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "scoring.unknown-participant", "$.measurements[5].participant"),
                        org.assertj.core.groups.Tuple.tuple(
                                "scoring.unknown-indicator", "$.measurements[20001].indicator"),
                        org.assertj.core.groups.Tuple.tuple("scoring.negative-value", "$.measurements[29999].value"),
                        org.assertj.core.groups.Tuple.tuple("scoring.duplicate-measurement", "$.measurements[30000]"),
                        org.assertj.core.groups.Tuple.tuple("scoring.duplicate-measurement", "$.measurements[30001]"));
    }
}
