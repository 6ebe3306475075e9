// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.flag;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.marks;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.EvaluationPeriod;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.JudgePanel;
import io.github.laborcontest.model.rule.JudgementMarks;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bad input comes back as typed problems naming participant and indicator, never an exception. */
class ProblemsTest {
    static final IndicatorSet SET = set(dimension(
            "d",
            100,
            scored("rate", ValueType.PERCENTAGE, 40, LinearToTarget.of(BigDecimal.valueOf(100))),
            scored("panel", ValueType.JUDGED_SCORE, 30, JudgePanel.dropHighestAndLowest(5)),
            scored("ws", ValueType.JUDGED_SCORE, 30, JudgementMarks.WORLDSKILLS)));

    static Seq<Problem> problems(List<Measurement> ms) {
        return Scorer.create()
                .scorePeriod(competition(SET, units("A", "B")), SET, ms, Q1)
                .getError();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Seq<Problem> ps = problems(List.of(
                value("A", "rate", "90"),
                value("A", "rate", "91"),
                value("Z", "rate", "50"),
                value("B", "nope", "1"),
                flag("B", "rate", true),
                marks("A", "panel", "90", "-1", "80", "85", "101"),
                marks("B", "panel", "90", "80", "85"), // 3 marks, 5 needed
                marks("A", "ws", "2", "4", "1.5")));
        // problems of each measurement in input order, then the duplicates
        assertThat(ps)
                .extracting(Problem::code)
                .containsExactly(
                        ScoringProblem.UNKNOWN_PARTICIPANT,
                        ScoringProblem.UNKNOWN_INDICATOR,
                        ScoringProblem.WRONG_VALUE_KIND,
                        ScoringProblem.NEGATIVE_MARK,
                        ScoringProblem.MARK_OUT_OF_SCALE,
                        ScoringProblem.TOO_FEW_JUDGES,
                        ScoringProblem.MARK_OUT_OF_SCALE,
                        ScoringProblem.MARK_OUT_OF_SCALE,
                        ScoringProblem.DUPLICATE_MEASUREMENT);
        assertThat(ps.last().path()).isEqualTo("$.measurements[1]");
        Problem negative =
                ps.find(p -> p.code() == ScoringProblem.NEGATIVE_MARK).get();
        assertThat(negative.path()).isEqualTo("$.measurements[5].marks[1]");
        assertThat(negative.participant()).contains("A");
        assertThat(negative.message(Locale.ENGLISH))
                .contains("participant A: indicator panel has a negative judge mark (-1)");
        assertThat(negative.message(Locale.CHINESE)).contains("参赛者 A：指标 panel 有负的评委分（-1）");
    }

    @Test
    void missingMeasurementsAreProblemsWhenRequired() {
        Competition c = competition(SET, units("A"));
        Seq<Problem> ps = Scorer.create()
                .scorePeriod(
                        c,
                        SET,
                        List.of(value("A", "rate", "90")),
                        Q1,
                        ScoringOptions.DEFAULT.withRequireAllMeasurements(true))
                .getError();
        assertThat(ps)
                .extracting(p -> p.code() + ":" + p.args().get(1))
                .containsExactly("MISSING_MEASUREMENT:panel", "MISSING_MEASUREMENT:ws");
    }

    @Test
    void unknownPeriodAndWeightsThatDoNotSum() {
        Competition c = competition(SET, units("A"));
        assertThat(Scorer.create()
                        .scorePeriod(c, SET, List.of(), PeriodId.of("2030-Q9"))
                        .getError())
                .extracting(Problem::code)
                .containsExactly(ScoringProblem.UNKNOWN_PERIOD);
        Competition zero = new Competition.Builder()
                .from(c)
                .periods(c.periods().stream()
                        .map(p -> new EvaluationPeriod.Builder()
                                .from(p)
                                .weight(BigDecimal.ZERO)
                                .build())
                        .toList())
                .build();
        assertThat(Scorer.create()
                        .scoreCumulative(zero, SET, List.of(), ScoringOptions.DEFAULT)
                        .getError())
                .extracting(Problem::code)
                .containsExactly(ScoringProblem.WEIGHTS_DO_NOT_SUM);
    }

    @Test
    void aForeignSetAndUnknownTieBreakersAreProblems() {
        IndicatorSet other = new IndicatorSet.Builder().from(SET).code("other").build();
        Competition c = new Competition.Builder()
                .from(competition(SET, units("A")))
                .ranking(new io.github.laborcontest.model.RankingPolicy(
                        io.github.laborcontest.model.TiePolicy.STANDARD,
                        List.of(
                                io.github.laborcontest.model.TieBreaker.dimension(
                                        io.github.laborcontest.model.DimensionCode.of("nope"),
                                        io.github.laborcontest.model.SortOrder.HIGHER_FIRST),
                                new io.github.laborcontest.model.TieBreaker(
                                        io.github.laborcontest.model.TieBreaker.By.CUSTOM,
                                        "acme.none",
                                        io.github.laborcontest.model.SortOrder.LOWER_FIRST)),
                        List.of()))
                .build();
        assertThat(Scorer.create().scorePeriod(c, other, List.of(), Q1).getError())
                .extracting(p -> p.code() + " " + p.path())
                .containsExactly(
                        "SET_MISMATCH $.competition.indicatorSet",
                        "UNKNOWN_TIE_BREAKER $.competition.ranking.tieBreakers[0].ref",
                        "UNKNOWN_TIE_BREAKER $.competition.ranking.tieBreakers[1].ref");
    }

    @Test
    void anInvalidSetIsReportedWithTheModelsProblems() {
        IndicatorSet broken = new IndicatorSet.Builder()
                .from(SET)
                .totalPoints(io.github.laborcontest.model.Points.of(90))
                .build();
        Competition c = competition(broken, units("A"));
        assertThat(Scorer.create().scorePeriod(c, broken, List.of(), Q1).getError())
                .extracting(Problem::path)
                .contains("$.indicatorSet.totalPoints");
    }
}
