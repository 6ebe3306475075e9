// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.flag;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.indicator;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.marks;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.JudgePanel;
import io.github.laborcontest.model.rule.JudgementMarks;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.model.rule.PassFail;
import io.github.laborcontest.model.rule.ThresholdBands;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule kind on one indicator, worked out by hand. */
class RulesTest {

    /** Scores a one-indicator set for participants P1.. with the given measurements of "x". */
    static PeriodResult scoreOne(Indicator ind, List<Measurement> ms) {
        IndicatorSet set = set(dimension(
                "d",
                ind.kind() == IndicatorKind.SCORED ? ind.maxPoints().value().longValueExact() : 0,
                ind));
        List<String> ids = new ArrayList<>();
        ms.forEach(m -> {
            if (!ids.contains(m.participant().value())) {
                ids.add(m.participant().value());
            }
        });
        Competition c = competition(set, units(ids.toArray(String[]::new)));
        return Scorer.create().scorePeriod(c, set, ms, Q1).getOrElseGet(ps -> {
            throw new AssertionError(ps.map(p -> p.message(Locale.ENGLISH)).mkString("\n"));
        });
    }

    static BigDecimal pts(PeriodResult r, String who) {
        return r.card(ParticipantId.of(who))
                .orElseThrow()
                .indicator(IndicatorCode.of("x"))
                .orElseThrow()
                .points()
                .value();
    }

    @Test
    void linearLowerIsBetterWithoutFloorIsTargetOverValue() {
        Indicator x = indicator(
                "x",
                IndicatorKind.SCORED,
                ValueType.DURATION,
                Direction.LOWER_BETTER,
                10,
                LinearToTarget.of(new BigDecimal("60")));
        PeriodResult r = scoreOne(x, List.of(value("P1", "x", "50"), value("P2", "x", "90"), value("P3", "x", "70")));
        // 50 ≤ 60: full 10; 10 × 60 / 90 = 6.666… → 6.67; 10 × 60 / 70 = 8.571428… → 8.57
        assertThat(pts(r, "P1")).isEqualByComparingTo("10");
        assertThat(pts(r, "P2")).isEqualByComparingTo("6.67");
        assertThat(pts(r, "P3")).isEqualByComparingTo("8.57");
        assertThat(r.card(ParticipantId.of("P2"))
                        .orElseThrow()
                        .indicator(IndicatorCode.of("x"))
                        .orElseThrow()
                        .steps())
                .anySatisfy(s -> assertThat(s).isInstanceOf(Step.Rounded.class));
    }

    @Test
    void bandsLowerIsBetterTakeTheSmallestThresholdNotBelow() {
        Indicator x = indicator(
                "x",
                IndicatorKind.SCORED,
                ValueType.COUNT,
                Direction.LOWER_BETTER,
                5,
                new ThresholdBands(List.of(
                        new ThresholdBands.Band(BigDecimal.ZERO, new BigDecimal("5")),
                        new ThresholdBands.Band(new BigDecimal("2"), new BigDecimal("3")),
                        new ThresholdBands.Band(new BigDecimal("5"), new BigDecimal("1")))));
        PeriodResult r = scoreOne(
                x, List.of(value("P1", "x", "0"), value("P2", "x", "1"), value("P3", "x", "5"), value("P4", "x", "6")));
        // 0 → band 0: 5; 1 → band 2: 3; 5 → band 5: 1; 6 → no band: 0
        assertThat(pts(r, "P1")).isEqualByComparingTo("5");
        assertThat(pts(r, "P2")).isEqualByComparingTo("3");
        assertThat(pts(r, "P3")).isEqualByComparingTo("1");
        assertThat(pts(r, "P4")).isEqualByComparingTo("0");
    }

    @Test
    void passFailAndDirectPoints() {
        Indicator pf = scored("x", ValueType.BOOLEAN, 6, new PassFail());
        PeriodResult r = scoreOne(pf, List.of(flag("P1", "x", true), flag("P2", "x", false)));
        assertThat(pts(r, "P1")).isEqualByComparingTo("6");
        assertThat(pts(r, "P2")).isEqualByComparingTo("0");
        Indicator direct = scored("x", ValueType.NUMERIC, 6, new DirectPoints());
        // 5.255 → 5.26 (half-up); 7 held to the maximum 6
        PeriodResult d = scoreOne(direct, List.of(value("P1", "x", "5.255"), value("P2", "x", "7")));
        assertThat(pts(d, "P1")).isEqualByComparingTo("5.26");
        assertThat(pts(d, "P2")).isEqualByComparingTo("6");
    }

    @Test
    void normalisationMinMaxMaxAndSum() {
        List<Measurement> ms = List.of(value("P1", "x", "60"), value("P2", "x", "80"), value("P3", "x", "100"));
        PeriodResult mm =
                scoreOne(scored("x", ValueType.NUMERIC, 10, new Normalisation(Normalisation.Method.MIN_MAX)), ms);
        // (60−60)/40 = 0; (80−60)/40 = 0.5 → 5; 1 → 10
        assertThat(pts(mm, "P1")).isEqualByComparingTo("0");
        assertThat(pts(mm, "P2")).isEqualByComparingTo("5");
        assertThat(pts(mm, "P3")).isEqualByComparingTo("10");
        PeriodResult max =
                scoreOne(scored("x", ValueType.NUMERIC, 10, new Normalisation(Normalisation.Method.MAX)), ms);
        // 60/100 × 10 = 6; 80/100 × 10 = 8
        assertThat(pts(max, "P1")).isEqualByComparingTo("6");
        assertThat(pts(max, "P2")).isEqualByComparingTo("8");
        PeriodResult sum =
                scoreOne(scored("x", ValueType.NUMERIC, 10, new Normalisation(Normalisation.Method.SUM)), ms);
        // 60/240 × 10 = 2.5; 80/240 × 10 = 3.333… → 3.33; 100/240 × 10 = 4.1666… → 4.17
        assertThat(pts(sum, "P1")).isEqualByComparingTo("2.50");
        assertThat(pts(sum, "P2")).isEqualByComparingTo("3.33");
        assertThat(pts(sum, "P3")).isEqualByComparingTo("4.17");
        Indicator lower = indicator(
                "x",
                IndicatorKind.SCORED,
                ValueType.NUMERIC,
                Direction.LOWER_BETTER,
                10,
                new Normalisation(Normalisation.Method.MIN_MAX));
        PeriodResult lo = scoreOne(lower, ms);
        // mirrored: 60 is best → 10; 80 → 5; 100 → 0
        assertThat(pts(lo, "P1")).isEqualByComparingTo("10");
        assertThat(pts(lo, "P3")).isEqualByComparingTo("0");
    }

    @Test
    void normalisationVectorAndZScoreUseFloatingPointAtAStatedPoint() {
        List<Measurement> ms = List.of(value("P1", "x", "3"), value("P2", "x", "4"));
        PeriodResult v =
                scoreOne(scored("x", ValueType.NUMERIC, 10, new Normalisation(Normalisation.Method.VECTOR)), ms);
        // ‖(3, 4)‖ = 5: 3/5 = 0.6 → 6; 4/5 = 0.8 → 8
        assertThat(pts(v, "P1")).isEqualByComparingTo("6");
        assertThat(pts(v, "P2")).isEqualByComparingTo("8");
        PeriodResult z =
                scoreOne(scored("x", ValueType.NUMERIC, 10, new Normalisation(Normalisation.Method.Z_SCORE)), ms);
        // mean 3.5, population deviation 0.5: z = ∓1; Φ(−1) = 0.158655…, Φ(1) = 0.841345… → 1.59 and 8.41
        assertThat(pts(z, "P1")).isEqualByComparingTo("1.59");
        assertThat(pts(z, "P2")).isEqualByComparingTo("8.41");
        assertThat(z.card(ParticipantId.of("P1"))
                        .orElseThrow()
                        .indicator(IndicatorCode.of("x"))
                        .orElseThrow()
                        .steps())
                .anySatisfy(s -> assertThat(s)
                        .isInstanceOfSatisfying(
                                Step.Normalised.class,
                                n -> assertThat(n.usedFloatingPoint()).isTrue()));
    }

    @Test
    void judgePanelTrimmedMeanMedianMeanAndProportion() {
        Indicator trimmed = scored("x", ValueType.JUDGED_SCORE, 100, JudgePanel.dropHighestAndLowest(3));
        PeriodResult t = scoreOne(trimmed, List.of(marks("P1", "x", "90", "85", "88", "92", "70")));
        // drop 70 and 92: (85 + 88 + 90) / 3 = 87.666… → 87.67
        assertThat(pts(t, "P1")).isEqualByComparingTo("87.67");
        Indicator median = scored(
                "x",
                ValueType.JUDGED_SCORE,
                20,
                new JudgePanel(JudgePanel.Aggregation.MEDIAN, 0, Optional.empty(), 3, BigDecimal.TEN));
        PeriodResult m = scoreOne(median, List.of(marks("P1", "x", "7", "9", "8", "6")));
        // median of 6, 7, 8, 9 = 7.5; 20 × 7.5 / 10 = 15
        assertThat(pts(m, "P1")).isEqualByComparingTo("15");
        Indicator mean = scored(
                "x",
                ValueType.JUDGED_SCORE,
                20,
                new JudgePanel(JudgePanel.Aggregation.MEAN, 0, Optional.empty(), 3, BigDecimal.TEN));
        // (6 + 7 + 8 + 9) / 4 = 7.5 → 15; (7 + 7 + 8) / 3 = 7.333… × 2 = 14.666… → 14.67
        PeriodResult me =
                scoreOne(mean, List.of(marks("P1", "x", "7", "9", "8", "6"), marks("P2", "x", "7", "7", "8")));
        assertThat(pts(me, "P1")).isEqualByComparingTo("15");
        assertThat(pts(me, "P2")).isEqualByComparingTo("14.67");
        Indicator prop = scored(
                "x",
                ValueType.JUDGED_SCORE,
                100,
                new JudgePanel(
                        JudgePanel.Aggregation.TRIMMED_MEAN,
                        0,
                        Optional.of(new BigDecimal("0.2")),
                        5,
                        BigDecimal.valueOf(100)));
        // 7 marks × 0.2 = 1.4 → 1 dropped each side: 60 and 99 out; (80 + 81 + 82 + 83 + 84) / 5 = 82
        PeriodResult p = scoreOne(prop, List.of(marks("P1", "x", "60", "80", "81", "82", "83", "84", "99")));
        assertThat(pts(p, "P1")).isEqualByComparingTo("82");
    }

    @Test
    void judgementMarksAverageOrFlagForRemarking() {
        Indicator j = scored("x", ValueType.JUDGED_SCORE, 9, JudgementMarks.WORLDSKILLS);
        PeriodResult r = scoreOne(j, List.of(marks("P1", "x", "2", "3", "2"), marks("P2", "x", "1", "3", "2")));
        // 2, 3, 2 differ by 1: 9 × 7 / 9 = 7
        assertThat(pts(r, "P1")).isEqualByComparingTo("7");
        // 1, 3, 2 differ by 2 > 1: re-mark, 0 until then, card flagged
        ScoreCard p2 = r.card(ParticipantId.of("P2")).orElseThrow();
        assertThat(p2.indicator(IndicatorCode.of("x")).orElseThrow().status())
                .isEqualTo(IndicatorStatus.REMARK_REQUIRED);
        assertThat(pts(r, "P2")).isEqualByComparingTo("0");
        assertThat(p2.flags()).contains(CardFlag.REMARK_REQUIRED);
    }
}
