// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.flag;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.indicator;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.items;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.marks;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.ItemTable;
import io.github.laborcontest.model.rule.JudgePanel;
import io.github.laborcontest.model.rule.JudgementMarks;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.model.rule.Veto;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Problems of single measurements with their exact code, path, arguments and messages in Chinese
 * and English, and the cases just inside each limit that give no problem.
 */
class MeasurementProblemsTest {

    /** rate (percentage), count (count, deduction), num (numeric, may be negative), panel (scale 10, 3 judges),
     * ws (0–3, 3 judges), honours (items), fatal (veto). */
    static final IndicatorSet SET = set(
            dimension(
                    "d",
                    60,
                    scored("rate", ValueType.PERCENTAGE, 10, LinearToTarget.of(BigDecimal.valueOf(100))),
                    scored("num", ValueType.NUMERIC, 10, LinearToTarget.of(BigDecimal.valueOf(100))),
                    scored("dur", ValueType.DURATION, 10, LinearToTarget.of(BigDecimal.valueOf(100))),
                    scored(
                            "panel",
                            ValueType.JUDGED_SCORE,
                            10,
                            new JudgePanel(JudgePanel.Aggregation.MEAN, 0, Optional.empty(), 3, new BigDecimal("10"))),
                    scored("ws", ValueType.JUDGED_SCORE, 20, JudgementMarks.WORLDSKILLS),
                    indicator(
                            "count",
                            IndicatorKind.DEDUCTION,
                            ValueType.COUNT,
                            Direction.LOWER_BETTER,
                            5,
                            new PerOccurrence(BigDecimal.ONE)),
                    indicator(
                            "fatal",
                            IndicatorKind.VETO,
                            ValueType.BOOLEAN,
                            Direction.HIGHER_BETTER,
                            0,
                            Veto.disqualifyForPeriod())),
            dimension(
                    "extra",
                    0,
                    indicator(
                            "honours",
                            IndicatorKind.BONUS,
                            ValueType.ITEMS,
                            Direction.HIGHER_BETTER,
                            5,
                            new ItemTable(
                                    List.of(new ItemTable.Item(
                                            "luban", LocalizedText.of("鲁班奖", "Luban"), BigDecimal.TEN)),
                                    false)),
                    indicator(
                            "gift",
                            IndicatorKind.BONUS,
                            ValueType.NUMERIC,
                            Direction.HIGHER_BETTER,
                            5,
                            new PerOccurrence(BigDecimal.ONE))));

    static Seq<Problem> problems(List<Measurement> ms) {
        return Scorer.create()
                .scorePeriod(competition(SET, units("A", "B")), SET, ms, Q1)
                .getError();
    }

    static boolean scores(List<Measurement> ms) {
        return Scorer.create()
                .scorePeriod(competition(SET, units("A", "B")), SET, ms, Q1)
                .isValid();
    }

    @Test
    void negativeValuesAreRefusedForCountsPercentagesDurationsBonusesAndDeductionsOnly() {
        Seq<Problem> ps = problems(List.of(
                value("A", "rate", "-1"),
                value("A", "num", "-1"),
                value("A", "dur", "-0.5"),
                value("A", "count", "-2"),
                value("A", "gift", "-3")));
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "NEGATIVE_VALUE $.measurements[0].value [A, rate, -1]",
                        "NEGATIVE_VALUE $.measurements[2].value [A, dur, -0.5]",
                        "NEGATIVE_VALUE $.measurements[3].value [A, count, -2]",
                        "NEGATIVE_VALUE $.measurements[4].value [A, gift, -3]");
        Problem first = ps.head();
        assertThat(first.participant()).contains("A");
        assertThat(first.message(Locale.CHINESE)).contains("参赛者 A：指标 rate 的数值不能为负（-1）");
        assertThat(first.message(Locale.ENGLISH)).contains("participant A: indicator rate cannot be negative (-1)");
        // zero is not negative
        assertThat(scores(List.of(value("A", "rate", "0"), value("A", "count", "0"), value("A", "gift", "0"))))
                .isTrue();
    }

    @Test
    void wrongValueKindsNameWhatIsNeededAndWhatWasGiven() {
        Seq<Problem> ps = problems(List.of(
                flag("A", "rate", true),
                value("A", "panel", "8"),
                value("A", "honours", "1"),
                items("A", "fatal", "x"),
                marks("B", "rate", "1", "2", "3")));
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "WRONG_VALUE_KIND $.measurements[0] [A, rate, value, flag]",
                        "WRONG_VALUE_KIND $.measurements[1] [A, panel, marks, value]",
                        "WRONG_VALUE_KIND $.measurements[2] [A, honours, items, value]",
                        "WRONG_VALUE_KIND $.measurements[3] [A, fatal, flag|value, items]",
                        "WRONG_VALUE_KIND $.measurements[4] [B, rate, value, marks]");
        assertThat(ps.head().message(Locale.ENGLISH))
                .contains("participant A: indicator rate needs value, but the measurement holds flag");
        assertThat(ps.head().message(Locale.CHINESE)).contains("参赛者 A：指标 rate 需要数值，但测评数据为是/否标志");
        assertThat(ps.get(3).message(Locale.CHINESE)).contains("指标 fatal 需要是/否标志或数值，但测评数据为清单项");
        assertThat(ps.get(1).message(Locale.CHINESE)).contains("需要评委打分，但测评数据为数值");
        // a veto takes a flag or a value
        assertThat(scores(List.of(flag("A", "fatal", false), value("B", "fatal", "0"))))
                .isTrue();
    }

    @Test
    void aMeasurementWithTwoKindsOfValueNamesBoth() {
        Measurement both = new Measurement.Builder()
                .participant(ParticipantId.of("A"))
                .indicator(IndicatorCode.of("rate"))
                .period(Q1)
                .value(BigDecimal.ONE)
                .flag(true)
                .build();
        Seq<Problem> ps = problems(List.of(both));
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.args())
                .contains("WRONG_VALUE_KIND [A, rate, value, value+flag]");
        assertThat(ps.map(p -> p.message(Locale.CHINESE)))
                .anySatisfy(m -> assertThat(m).contains("需要数值，但测评数据为数值与是/否标志"));
    }

    @Test
    void judgePanelMarksAtTheScaleAreInAndAboveAreOut() {
        assertThat(scores(List.of(marks("A", "panel", "0", "10", "10.0")))).isTrue();
        Seq<Problem> ps = problems(List.of(marks("A", "panel", "10", "10.01", "9", "-0.5")));
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "MARK_OUT_OF_SCALE $.measurements[0].marks[1] [A, panel, 10.01, 0–10]",
                        "NEGATIVE_MARK $.measurements[0].marks[3] [A, panel, -0.5]");
        assertThat(ps.head().message(Locale.ENGLISH))
                .contains("participant A: indicator panel has a judge mark 10.01 outside the scale 0–10");
        assertThat(ps.head().message(Locale.CHINESE)).contains("参赛者 A：指标 panel 的评委分 10.01 超出分值范围 0–10");
    }

    @Test
    void worldSkillsMarksAreWholeNumbersFromZeroToThree() {
        // 3.0 is the whole number 3; marks 1, 2 differ by 1 = the allowed spread
        assertThat(scores(List.of(marks("A", "ws", "3", "3.0", "2"), marks("B", "ws", "0", "1", "1"))))
                .isTrue();
        Seq<Problem> ps = problems(List.of(marks("A", "ws", "2.5", "4", "3")));
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "MARK_OUT_OF_SCALE $.measurements[0].marks[0] [A, ws, 2.5, 0, 1, 2, 3]",
                        "MARK_OUT_OF_SCALE $.measurements[0].marks[1] [A, ws, 4, 0, 1, 2, 3]");
    }

    @Test
    void tooFewJudgesNamesTheCountAndTheMinimum() {
        Seq<Problem> ps = problems(List.of(marks("A", "panel", "8", "9"), marks("B", "ws", "2", "2")));
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "TOO_FEW_JUDGES $.measurements[0].marks [A, panel, 2, 3]",
                        "TOO_FEW_JUDGES $.measurements[1].marks [B, ws, 2, 3]");
        assertThat(ps.head().message(Locale.ENGLISH))
                .contains("participant A: indicator panel has 2 judge marks, at least 3 are needed");
        assertThat(ps.head().message(Locale.CHINESE)).contains("参赛者 A：指标 panel 只有 2 个评委分，至少需要 3 个");
    }

    @Test
    void unknownItemsAreNamedWithTheirPlaceInTheList() {
        Seq<Problem> ps = problems(List.of(items("A", "honours", "luban", "nobel", "luban2")));
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "UNKNOWN_ITEM $.measurements[0].items[1] [A, honours, nobel]",
                        "UNKNOWN_ITEM $.measurements[0].items[2] [A, honours, luban2]");
        assertThat(ps.head().participant()).contains("A");
        assertThat(ps.head().message(Locale.ENGLISH))
                .contains("participant A: indicator honours does not list item \"nobel\"");
        assertThat(ps.head().message(Locale.CHINESE)).contains("参赛者 A：指标 honours 没有项目“nobel”");
    }

    @Test
    void duplicatesAreReportedAtTheLaterMeasurementsInInputOrder() {
        Seq<Problem> ps = problems(List.of(
                value("B", "rate", "1"),
                value("A", "rate", "1"),
                value("A", "num", "1"),
                value("A", "rate", "2"),
                value("B", "rate", "3"),
                value("A", "rate", "4")));
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "DUPLICATE_MEASUREMENT $.measurements[3] [A, rate, 2026-Q1]",
                        "DUPLICATE_MEASUREMENT $.measurements[4] [B, rate, 2026-Q1]",
                        "DUPLICATE_MEASUREMENT $.measurements[5] [A, rate, 2026-Q1]");
        assertThat(ps.get(1).message(Locale.ENGLISH))
                .contains("participant B: indicator rate is measured more than once in period 2026-Q1");
    }

    @Test
    void unknownParticipantIndicatorAndPeriodOfOneMeasurement() {
        Measurement elsewhere = Measurement.of(
                ParticipantId.of("A"),
                IndicatorCode.of("rate"),
                io.github.laborcontest.model.PeriodId.of("2030-Q9"),
                BigDecimal.ONE);
        Seq<Problem> ps = problems(List.of(value("Z", "nope", "1"), elsewhere));
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "UNKNOWN_PARTICIPANT $.measurements[0].participant [Z, nope]",
                        "UNKNOWN_INDICATOR $.measurements[0].indicator [Z, nope]",
                        "UNKNOWN_PERIOD $.measurements[1].period [2030-Q9]");
        assertThat(ps.head().message(Locale.ENGLISH))
                .contains("measurement of indicator nope names participant \"Z\", who is not in the competition");
        assertThat(ps.last().message(Locale.CHINESE)).contains("竞赛没有考评周期“2030-Q9”");
        assertThat(ps.last().participant()).contains("A");
    }

    @Test
    void aVetoCappingAtAGradeTheSchemeLacksIsAProblem() {
        IndicatorSet capping = set(dimension(
                "d",
                10,
                scored("rate", ValueType.PERCENTAGE, 10, LinearToTarget.of(BigDecimal.valueOf(100))),
                indicator(
                        "fatal",
                        IndicatorKind.VETO,
                        ValueType.BOOLEAN,
                        Direction.HIGHER_BETTER,
                        0,
                        new Veto(Veto.Effect.CAP_GRADE, Optional.of("bronze"), Veto.Scope.PERIOD))));
        Competition c = competition(capping, units("A"));
        Seq<Problem> ps = Scorer.create().scorePeriod(c, capping, List.of(), Q1).getError();
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "UNKNOWN_GRADE $.indicatorSet.dimensions[0].indicators[1].rule.gradeCap [fatal, bronze]");
        assertThat(ps.head().message(Locale.ENGLISH))
                .contains("veto indicator fatal caps the grade at \"bronze\", which the grade scheme does not have");
        // a grade the scheme has is fine
        IndicatorSet known = set(dimension(
                "d",
                10,
                scored("rate", ValueType.PERCENTAGE, 10, LinearToTarget.of(BigDecimal.valueOf(100))),
                indicator(
                        "fatal",
                        IndicatorKind.VETO,
                        ValueType.BOOLEAN,
                        Direction.HIGHER_BETTER,
                        0,
                        new Veto(Veto.Effect.CAP_GRADE, Optional.of("qualified"), Veto.Scope.PERIOD))));
        assertThat(Scorer.create()
                        .scorePeriod(competition(known, units("A")), known, List.of(), Q1)
                        .isValid())
                .isTrue();
    }
}
