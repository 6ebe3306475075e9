// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.RulesTest.pts;
import static io.github.laborcontest.scoring.RulesTest.scoreOne;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.indicator;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.marks;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Dimension;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.JudgePanel;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.scoring.explain.Explanations;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Judge-panel aggregations with their steps, and the floors of an indicator, a dimension and the total. */
class JudgesAndFloorsTest {

    private static List<Step> steps(PeriodResult r, String who) {
        return r.card(ParticipantId.of(who))
                .orElseThrow()
                .indicator(IndicatorCode.of("x"))
                .orElseThrow()
                .steps();
    }

    private static JudgePanel panel(JudgePanel.Aggregation a, int trim, Optional<BigDecimal> proportion) {
        return new JudgePanel(a, trim, proportion, 1, BigDecimal.TEN);
    }

    @Test
    void theMedianOfAnOddAndOfAnEvenNumberOfMarks() {
        PeriodResult r = scoreOne(
                scored("x", ValueType.JUDGED_SCORE, 10, panel(JudgePanel.Aggregation.MEDIAN, 0, Optional.empty())),
                List.of(marks("P1", "x", "7", "9", "8"), marks("P2", "x", "10", "6", "9", "7")));
        // P1: sorted 7, 8, 9: median 8; 10 × 8 / 10 = 8
        assertThat(pts(r, "P1")).isEqualByComparingTo("8");
        assertThat(steps(r, "P1"))
                .extracting(s -> Explanations.render(s, Locale.ENGLISH))
                .contains("marks 7, 9, 8: median 8; 10 × 8 / 10 = 8");
        // P2: sorted 6, 7, 9, 10: (7 + 9) / 2 = 8; 10 × 8 / 10 = 8
        assertThat(pts(r, "P2")).isEqualByComparingTo("8");
        assertThat(steps(r, "P2"))
                .extracting(s -> Explanations.render(s, Locale.CHINESE))
                .contains("评委分 10, 6, 9, 7：中位数 8；10 × 8 / 10 = 8");
    }

    @Test
    void aTrimProportionDropsTheFlooredShareOnEachSide() {
        PeriodResult r = scoreOne(
                scored(
                        "x",
                        ValueType.JUDGED_SCORE,
                        10,
                        panel(JudgePanel.Aggregation.TRIMMED_MEAN, 0, Optional.of(new BigDecimal("0.25")))),
                List.of(marks("P1", "x", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10")));
        // 10 marks × 0.25 = 2.5 → 2 each side: drop 1, 2 and 9, 10; mean of 3–8 = 33 / 6 = 5.5;
        // 10 × 5.5 / 10 = 5.5 → 5.50
        assertThat(pts(r, "P1")).isEqualByComparingTo("5.50");
        assertThat(steps(r, "P1"))
                .contains(new Step.MarksTrimmed(
                        List.of(BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("9"), BigDecimal.TEN),
                        List.of(
                                new BigDecimal("3"),
                                new BigDecimal("4"),
                                new BigDecimal("5"),
                                new BigDecimal("6"),
                                new BigDecimal("7"),
                                new BigDecimal("8"))));
    }

    @Test
    void withoutInputChecksTrimmingStillLeavesTheMiddleMark() {
        // the model refuses 2 × trimEachSide ≥ minJudges; a caller that skips the checks gets the
        // trimming held to (n − 1) / 2 marks on each side rather than an exception
        IndicatorSet s = set(dimension(
                "d",
                10,
                scored(
                        "x",
                        ValueType.JUDGED_SCORE,
                        10,
                        panel(JudgePanel.Aggregation.TRIMMED_MEAN, 5, Optional.empty()))));
        PeriodResult r = Scorer.create()
                .scorePeriod(
                        competition(s, units("P1", "P2")),
                        s,
                        List.of(marks("P1", "x", "2", "9", "4", "6"), marks("P2", "x", "7")),
                        Q1,
                        ScoringOptions.DEFAULT.withValidateInputs(false))
                .get();
        // P1: 4 marks, at most (4 − 1) / 2 = 1 each side: drop 2 and 9; mean (4 + 6) / 2 = 5; 10 × 5 / 10 = 5
        assertThat(pts(r, "P1")).isEqualByComparingTo("5");
        assertThat(steps(r, "P1"))
                .contains(new Step.MarksTrimmed(
                        List.of(new BigDecimal("2"), new BigDecimal("9")),
                        List.of(new BigDecimal("4"), new BigDecimal("6"))));
        // P2: a single mark is kept, nothing dropped, no trimming step: 10 × 7 / 10 = 7
        assertThat(pts(r, "P2")).isEqualByComparingTo("7");
        assertThat(steps(r, "P2")).noneMatch(st -> st instanceof Step.MarksTrimmed);
    }

    @Test
    void aNegativeDirectValueIsRaisedToZeroWithAStep() {
        PeriodResult r =
                scoreOne(scored("x", ValueType.NUMERIC, 10, new DirectPoints()), List.of(value("P1", "x", "-3")));
        assertThat(pts(r, "P1")).isEqualByComparingTo("0");
        assertThat(steps(r, "P1")).contains(new Step.Floored("indicator", new BigDecimal("-3"), BigDecimal.ZERO));
        assertThat(steps(r, "P1"))
                .extracting(s -> Explanations.render(s, Locale.ENGLISH))
                .contains("-3 raised to 0");
    }

    @Test
    void dimensionAndTotalFloorsRaiseLowSubtotals() {
        Dimension d = new Dimension.Builder()
                .from(dimension(
                        "d",
                        10,
                        scored("x", ValueType.NUMERIC, 10, new DirectPoints()),
                        indicator(
                                "z",
                                IndicatorKind.DEDUCTION,
                                ValueType.COUNT,
                                Direction.LOWER_BETTER,
                                10,
                                new PerOccurrence(BigDecimal.ONE))))
                .floor(Points.of(2))
                .build();
        IndicatorSet s =
                new IndicatorSet.Builder().from(set(d)).totalFloor(Points.of(3)).build();
        PeriodResult r = Scorer.create()
                .scorePeriod(
                        competition(s, units("A", "B", "C")),
                        s,
                        List.of(
                                value("A", "x", "1"),
                                value("A", "z", "5"),
                                value("B", "x", "2.5"),
                                value("C", "x", "9"),
                                value("C", "z", "1")),
                        Q1)
                .get();
        // A: 1 − 5 = −4, raised to the dimension floor 2 (as given, scale 0); then the total 2 to the total floor 3
        ScoreCard a = r.card(ParticipantId.of("A")).orElseThrow();
        assertThat(a.dimension(DimensionCode.of("d")).orElseThrow().points().value())
                .isEqualByComparingTo("2");
        assertThat(a.dimension(DimensionCode.of("d")).orElseThrow().steps())
                .extracting(st -> Explanations.render(st, Locale.ENGLISH))
                .contains("-4.00 raised to the dimension floor 2");
        assertThat(a.total().value()).isEqualByComparingTo("3");
        assertThat(a.steps())
                .extracting(st -> Explanations.render(st, Locale.CHINESE))
                .contains("2 低于总分保底，按 3 计");
        // B: 2.5, above the dimension floor, below the total floor 3: 3
        ScoreCard b = r.card(ParticipantId.of("B")).orElseThrow();
        assertThat(b.total().value()).isEqualByComparingTo("3");
        assertThat(b.steps()).contains(new Step.Floored("total", new BigDecimal("2.50"), new BigDecimal("3")));
        // C: 9 − 1 = 8, above both floors, no floor step
        ScoreCard c = r.card(ParticipantId.of("C")).orElseThrow();
        assertThat(c.total().value()).isEqualByComparingTo("8");
        assertThat(c.steps()).noneMatch(st -> st instanceof Step.Floored);
    }
}
