// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.CompetitionPlan;
import io.github.laborcontest.model.DateRange;
import io.github.laborcontest.model.Dimension;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.EvaluationPeriod;
import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.PeriodKind;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.ProjectStage;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.SortOrder;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.TiePolicy;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.fixtures.TestdataCompetitions;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.CustomRule;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.ItemTable;
import io.github.laborcontest.model.rule.JudgePanel;
import io.github.laborcontest.model.rule.JudgementMarks;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.model.rule.PassFail;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.model.rule.ScoringRule;
import io.github.laborcontest.model.rule.ThresholdBands;
import io.github.laborcontest.model.rule.Veto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The cross-field checks one by one: each case states the exact problems (code, path, arguments)
 * expected, and a case just inside each limit states that there are none.
 */
class ModelChecksTest {

    private static final String IND = "$.dimensions[0].indicators[0]";
    private static final String RULE = IND + ".rule";

    /** Code, path, participant (if any) and arguments of a problem, as one comparable line. */
    private static String line(Problem p) {
        return p.codeName() + " " + p.path()
                + p.participant().map(id -> " [" + id + "]").orElse("") + " " + p.args();
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(ModelChecksTest::line).toList();
    }

    private static List<String> competition(Competition c) {
        List<Problem> out = new ArrayList<>();
        ModelChecks.competition(c, out);
        return lines(out);
    }

    private static List<String> set(IndicatorSet s) {
        List<Problem> out = new ArrayList<>();
        ModelChecks.indicatorSet(s, out);
        return lines(out);
    }

    private static Competition.Builder valid() {
        return new Competition.Builder().from(TestdataCompetitions.keyProjectContest());
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static Indicator.Builder indicator(ValueType type, long maxPoints, ScoringRule rule) {
        return new Indicator.Builder()
                .code(IndicatorCode.of("i"))
                .name(LocalizedText.of("指标", "indicator"))
                .valueType(type)
                .maxPoints(Points.of(maxPoints))
                .rule(rule);
    }

    /** A one-indicator set whose points add up, so that only the indicator's own problems remain. */
    private static IndicatorSet setOf(Indicator... indicators) {
        Points scored = List.of(indicators).stream()
                .filter(i -> i.kind() == IndicatorKind.SCORED)
                .map(Indicator::maxPoints)
                .reduce(Points.ZERO, Points::plus);
        return new IndicatorSet.Builder()
                .code("t")
                .version("1")
                .name(LocalizedText.of("测试", "test"))
                .kind(CompetitionKind.SKILL)
                .totalPoints(scored)
                .addDimension(new Dimension.Builder()
                        .code(DimensionCode.of("d"))
                        .name(LocalizedText.of("维度", "dimension"))
                        .maxPoints(scored)
                        .addIndicators(indicators)
                        .build())
                .build();
    }

    private static List<String> indicatorProblems(Indicator i) {
        return set(setOf(i));
    }

    @Nested
    class Plans {

        @Test
        void everyMissingElementIsNamedInBothLanguagesInOrder() {
            List<Problem> out = new ArrayList<>();
            ModelChecks.plan(new CompetitionPlan.Builder().build(), "$.plan", out);
            assertThat(lines(out))
                    .containsExactly(
                            "plan.element-missing $.plan.name [竞赛名称, name]",
                            "plan.element-missing $.plan.contentAndGoals [竞赛内容和目标, content and goals]",
                            "plan.element-missing $.plan.methodAndVehicle [竞赛方式和载体, method and vehicle]",
                            "plan.element-missing $.plan.scopeAndParticipants [参赛范围和人员, scope and participants]",
                            "plan.element-missing $.plan.standardsAndRequirements [竞赛标准和要求, standards and requirements]",
                            "plan.element-missing $.plan.dates [竞赛起止时间, start and end dates]",
                            "plan.element-missing $.plan.evaluationAndRewardMethod [竞赛考评和奖励办法, evaluation and reward method]");
        }

        @Test
        void blankTextIsMissingAndDatesMustBeOrdered() {
            CompetitionPlan plan = new CompetitionPlan.Builder()
                    .from(TestdataCompetitions.plan())
                    .methodAndVehicle("  ")
                    .dates(DateRange.of(day(3, 2), day(3, 1)))
                    .build();
            List<Problem> out = new ArrayList<>();
            ModelChecks.plan(plan, "$", out);
            assertThat(lines(out))
                    .containsExactly(
                            "plan.element-missing $.methodAndVehicle [竞赛方式和载体, method and vehicle]",
                            "plan.end-before-start $.dates.end [2026-03-02, 2026-03-01]");
        }

        @Test
        void aOneDayPlanIsOrdered() {
            List<Problem> out = new ArrayList<>();
            ModelChecks.plan(
                    new CompetitionPlan.Builder()
                            .from(TestdataCompetitions.plan())
                            .dates(DateRange.of(day(3, 1), day(3, 1)))
                            .build(),
                    "$",
                    out);
            assertThat(out).isEmpty();
        }
    }

    @Nested
    class Competitions {

        @Test
        void theFixtureHasNoProblem() {
            assertThat(competition(valid().build())).isEmpty();
        }

        @Test
        void tasksAndOrganisersAreRequired() {
            Competition c =
                    valid().campaignTasks(List.of()).organisers(List.of()).build();
            assertThat(competition(c))
                    .containsExactly(
                            "value.bad-size $.campaignTasks [0, 1, ∞]", "value.bad-size $.organisers [0, 1, ∞]");
        }

        @Test
        void aDistrictContestWithItsDistrictIsFine() {
            Competition c = valid().scope(io.github.laborcontest.model.Scope.DISTRICT)
                    .district("市南区")
                    .build();
            assertThat(competition(c)).isEmpty();
        }

        @Test
        void atLeastOneEntrantIsRequiredWhenAMinimumIsSet() {
            assertThat(competition(valid().minimumEntrants(0).build()))
                    .containsExactly("value.too-small $.minimumEntrants [0, 1]");
            assertThat(competition(valid().minimumEntrants(1).build())).isEmpty();
        }

        @Test
        void tieBreakersOtherThanDeductionsNeedAReference() {
            RankingPolicy ranking = new RankingPolicy(
                    TiePolicy.STANDARD,
                    List.of(
                            TieBreaker.fewerDeductions(),
                            new TieBreaker(TieBreaker.By.DIMENSION, " ", SortOrder.HIGHER_FIRST),
                            TieBreaker.dimension(DimensionCode.of("quality"), SortOrder.HIGHER_FIRST),
                            new TieBreaker(TieBreaker.By.CUSTOM, "", SortOrder.HIGHER_FIRST)),
                    List.of());
            assertThat(competition(valid().ranking(ranking).build()))
                    .containsExactly(
                            "value.blank $.ranking.tieBreakers[1].ref [ref]",
                            "value.blank $.ranking.tieBreakers[3].ref [ref]");
        }

        @Test
        void aTeamNeedsItsUnitAndAUnitDoesNot() {
            Participant team = new Participant.Builder()
                    .id(ParticipantId.of("T-1"))
                    .name("盾构班")
                    .kind(ParticipantKind.TEAM)
                    .build();
            List<Problem> out = new ArrayList<>();
            ModelChecks.participant(team, "$", out);
            assertThat(lines(out)).containsExactly("participant.attribute-missing $.unit [T-1] [team, unit]");

            Participant unit = new Participant.Builder()
                    .from(team)
                    .kind(ParticipantKind.UNIT)
                    .build();
            out.clear();
            ModelChecks.participant(unit, "$", out);
            assertThat(out).isEmpty();
        }

        @Test
        void aDuplicateParticipantIsReportedForThatParticipant() {
            Competition c = valid().addParticipant(
                            valid().build().participants().get(2))
                    .build();
            assertThat(competition(c)).containsExactly("model.duplicate-id $.participants[3].id [W-001] [W-001]");
        }
    }

    @Nested
    class Periods {

        private EvaluationPeriod period(String id, DateRange dates, String weight) {
            return new EvaluationPeriod.Builder()
                    .id(PeriodId.of(id))
                    .kind(PeriodKind.MONTHLY)
                    .dates(dates)
                    .weight(new BigDecimal(weight))
                    .build();
        }

        @Test
        void duplicateIdsReversedDatesNegativeWeightsAndDatesOutsideThePlan() {
            Competition c = valid().periods(List.of(
                            period("m1", DateRange.of(day(1, 1), day(12, 31)), "0.5"),
                            period("m1", DateRange.of(day(2, 2), day(2, 1)), "0.75"),
                            period("m3", DateRange.of(LocalDate.of(2025, 12, 31), day(1, 31)), "-0.25"),
                            period("m4", DateRange.of(day(12, 1), LocalDate.of(2027, 1, 1)), "0")))
                    .build();
            assertThat(competition(c))
                    .containsExactly(
                            "model.duplicate-id $.periods[1].id [m1]",
                            "plan.end-before-start $.periods[1].dates.end [2026-02-02, 2026-02-01]",
                            "competition.period-inconsistent $.periods[2].dates [m3 2025-12-31…2026-01-31 ⊄ plan dates]",
                            "value.too-small $.periods[2].weight [-0.25, 0]",
                            "competition.period-inconsistent $.periods[3].dates [m4 2026-12-01…2027-01-01 ⊄ plan dates]");
        }

        @Test
        void weightsThatAreAllZeroNeedNotAddUp() {
            Competition c = valid().periods(List.of(
                            period("m1", DateRange.of(day(1, 1), day(1, 31)), "0"),
                            period("m2", DateRange.of(day(2, 1), day(2, 28)), "0.00")))
                    .build();
            assertThat(competition(c)).isEmpty();
        }

        @Test
        void weightsAreComparedByValueNotScale() {
            Competition c = valid().periods(List.of(
                            period("m1", DateRange.of(day(1, 1), day(1, 31)), "0.250"),
                            period("m2", DateRange.of(day(2, 1), day(2, 28)), "0.75")))
                    .build();
            assertThat(competition(c)).isEmpty();
            Competition over = valid().periods(List.of(
                            period("m1", DateRange.of(day(1, 1), day(1, 31)), "0.5"),
                            period("m2", DateRange.of(day(2, 1), day(2, 28)), "0.51")))
                    .build();
            assertThat(competition(over))
                    .containsExactly("competition.period-inconsistent $.periods [Σ weight = 1.01 ≠ 1]");
        }

        @Test
        void withoutPlanDatesAnyOrderedPeriodFits() {
            Competition c = valid().plan(new CompetitionPlan.Builder()
                            .from(TestdataCompetitions.plan())
                            .dates(Optional.empty())
                            .build())
                    .periods(List.of(period("y", DateRange.of(LocalDate.of(2020, 1, 1), day(1, 1)), "1")))
                    .build();
            assertThat(competition(c))
                    .containsExactly("plan.element-missing $.plan.dates [竞赛起止时间, start and end dates]");
        }
    }

    @Nested
    class Grades {

        private final LocalizedText label = LocalizedText.of("等级", "grade");

        private GradeScheme.Band band(String code, Long min, String quota, Integer maxCount) {
            return new GradeScheme.Band(
                    code,
                    label,
                    Optional.ofNullable(min).map(BigDecimal::valueOf),
                    Optional.ofNullable(quota).map(BigDecimal::new),
                    Optional.ofNullable(maxCount));
        }

        private List<String> grades(GradeScheme.Mode mode, GradeScheme.Band... bands) {
            return competition(valid().grades(new GradeScheme(mode, List.of(bands), GradeScheme.TYPICAL.boundaryTies()))
                    .build());
        }

        @Test
        void atLeastOneBand() {
            assertThat(grades(GradeScheme.Mode.ABSOLUTE)).containsExactly("value.bad-size $.grades.bands [0, 1, ∞]");
        }

        @Test
        void absoluteBandsNeedStrictlyFallingMinimaExceptTheLast() {
            assertThat(grades(
                            GradeScheme.Mode.ABSOLUTE,
                            band("a", 90L, null, null),
                            band("b", null, null, null),
                            band("c", 90L, null, null),
                            band("a", 80L, null, null),
                            band("d", 85L, null, null),
                            band("e", null, null, null)))
                    .containsExactly(
                            "json.missing-field $.grades.bands[1].minTotal [minTotal]",
                            "value.too-big $.grades.bands[2].minTotal [90, 90]",
                            "model.duplicate-id $.grades.bands[3].code [a]",
                            "value.too-big $.grades.bands[4].minTotal [85, 80]");
        }

        @Test
        void quotaBandsNeedAQuotaOrACountExceptTheLast() {
            assertThat(grades(
                            GradeScheme.Mode.QUOTA,
                            band("a", null, "10", null),
                            band("b", null, null, 5),
                            band("c", null, null, null),
                            band("d", null, null, null)))
                    .containsExactly("json.missing-field $.grades.bands[2].quotaPercent [quotaPercent]");
        }

        @Test
        void quotasLieBetweenZeroAndOneHundredAndCountsAreNotNegative() {
            assertThat(grades(
                            GradeScheme.Mode.QUOTA,
                            band("a", null, "0", 0),
                            band("b", null, "100", null),
                            band("c", null, "100.5", null),
                            band("d", null, "-0.5", -1),
                            band("e", null, null, null)))
                    .containsExactly(
                            "value.too-big $.grades.bands[2].quotaPercent [100.5, 100]",
                            "value.too-big $.grades.bands[3].quotaPercent [-0.5, 100]",
                            "value.too-small $.grades.bands[3].maxCount [-1, 0]");
        }
    }

    @Nested
    class IndicatorSets {

        private final Indicator scored = indicator(ValueType.PERCENTAGE, 10, LinearToTarget.of(BigDecimal.TEN))
                .build();

        @Test
        void aConsistentSetHasNoProblem() {
            assertThat(set(setOf(scored))).isEmpty();
        }

        @Test
        void anEmptySetNeedsADimension() {
            IndicatorSet empty = new IndicatorSet.Builder()
                    .from(setOf(scored))
                    .dimensions(List.of())
                    .totalPoints(Points.ZERO)
                    .build();
            assertThat(set(empty)).containsExactly("value.bad-size $.dimensions [0, 1, ∞]");
        }

        @Test
        void negativeCapsAndTotalsAndNonPositiveWeights() {
            IndicatorSet base = setOf(scored);
            Dimension d = base.dimensions().get(0);
            IndicatorSet bad = new IndicatorSet.Builder()
                    .from(base)
                    .totalPoints(Points.of(-1))
                    .bonusCap(Points.of("-0.5"))
                    .dimensions(List.of(
                            new Dimension.Builder()
                                    .from(d)
                                    .weight(BigDecimal.ZERO)
                                    .deductionCap(Points.of(-2))
                                    .build(),
                            new Dimension.Builder()
                                    .from(d)
                                    .code(DimensionCode.of("d2"))
                                    .maxPoints(Points.of(-3))
                                    .weight(new BigDecimal("-1"))
                                    .indicators(List.of())
                                    .build()))
                    .build();
            assertThat(set(bad))
                    .containsExactly(
                            "value.too-small $.totalPoints [-1, 0]",
                            "value.too-small $.bonusCap [-0.5, 0]",
                            "value.too-small $.dimensions[0].deductionCap [-2, 0]",
                            "value.too-small $.dimensions[0].weight [0, > 0]",
                            "value.too-small $.dimensions[1].maxPoints [-3, 0]",
                            "value.too-small $.dimensions[1].weight [-1, > 0]",
                            "value.bad-size $.dimensions[1].indicators [0, 1, ∞]",
                            "indicator-set.points-mismatch $.dimensions[1].maxPoints [-3, 0]",
                            "indicator-set.points-mismatch $.totalPoints [-1, 3]");
        }

        @Test
        void codesAreUniqueAcrossTheSet() {
            IndicatorSet base = setOf(scored);
            Dimension d = base.dimensions().get(0);
            IndicatorSet bad = new IndicatorSet.Builder()
                    .from(base)
                    .totalPoints(Points.of(20))
                    .dimensions(List.of(d, d))
                    .build();
            assertThat(set(bad))
                    .containsExactly(
                            "model.duplicate-id $.dimensions[1].code [d]",
                            "model.duplicate-id $.dimensions[1].indicators[0].code [i]");
        }

        @Test
        void theTotalIsTheWeightedSumOfTheDimensions() {
            IndicatorSet base = setOf(scored);
            Dimension d = new Dimension.Builder()
                    .from(base.dimensions().get(0))
                    .weight(new BigDecimal("1.5"))
                    .build();
            assertThat(set(new IndicatorSet.Builder()
                            .from(base)
                            .totalPoints(Points.of(15))
                            .dimensions(List.of(d))
                            .build()))
                    .isEmpty();
            assertThat(set(new IndicatorSet.Builder()
                            .from(base)
                            .dimensions(List.of(d))
                            .build()))
                    .containsExactly("indicator-set.points-mismatch $.totalPoints [10, 15]");
        }

        @Test
        void onlyScoredIndicatorsCountTowardsTheDimension() {
            Indicator bonus = indicator(ValueType.COUNT, 5, new PerOccurrence(BigDecimal.ONE))
                    .code(IndicatorCode.of("b"))
                    .kind(IndicatorKind.BONUS)
                    .build();
            assertThat(set(setOf(scored, bonus))).isEmpty();
        }
    }

    @Nested
    class Indicators {

        @Test
        void vetoAndRecordedIndicatorsCarryNoPoints() {
            assertThat(indicatorProblems(indicator(ValueType.BOOLEAN, 5, Veto.disqualifyForPeriod())
                            .kind(IndicatorKind.VETO)
                            .build()))
                    .containsExactly("value.too-big " + IND + ".maxPoints [5, 0]");
            assertThat(indicatorProblems(new Indicator.Builder()
                            .code(IndicatorCode.of("r"))
                            .name(LocalizedText.of("记录", "recorded"))
                            .valueType(ValueType.NUMERIC)
                            .kind(IndicatorKind.RECORDED)
                            .build()))
                    .isEmpty();
        }

        @Test
        void bonusAndDeductionIndicatorsNeedPoints() {
            assertThat(indicatorProblems(indicator(ValueType.COUNT, 0, new PerOccurrence(BigDecimal.ONE))
                            .kind(IndicatorKind.DEDUCTION)
                            .build()))
                    .containsExactly("value.too-small " + IND + ".maxPoints [0, > 0]");
        }

        @Test
        void aScoredIndicatorNeedsARule() {
            Indicator noRule = new Indicator.Builder()
                    .from(indicator(ValueType.NUMERIC, 0, new DirectPoints()).build())
                    .rule(Optional.empty())
                    .build();
            assertThat(indicatorProblems(noRule)).containsExactly("json.missing-field " + RULE + " [rule]");
        }

        @Test
        void vetoRulesGoWithVetoIndicatorsOnly() {
            assertThat(indicatorProblems(indicator(ValueType.BOOLEAN, 0, Veto.disqualifyForPeriod())
                            .build()))
                    .containsExactly("indicator-set.rule-mismatch " + RULE
                            + " [veto, veto rules go with veto indicators, and only there]");
            assertThat(indicatorProblems(indicator(ValueType.BOOLEAN, 0, new PassFail())
                            .kind(IndicatorKind.VETO)
                            .build()))
                    .containsExactly("indicator-set.rule-mismatch " + RULE
                            + " [pass-fail, veto rules go with veto indicators, and only there]");
        }

        @Test
        void linearTargetsArePositiveAndFloorsNotNegative() {
            assertThat(indicatorProblems(indicator(
                                    ValueType.NUMERIC,
                                    10,
                                    new LinearToTarget(BigDecimal.ZERO, Optional.of(new BigDecimal("-1"))))
                            .build()))
                    .containsExactly(
                            "value.too-small " + RULE + ".target [0, > 0]",
                            "value.too-small " + RULE + ".floor [-1, 0]");
            assertThat(indicatorProblems(indicator(
                                    ValueType.DURATION,
                                    10,
                                    new LinearToTarget(BigDecimal.ONE, Optional.of(BigDecimal.ZERO)))
                            .build()))
                    .isEmpty();
        }

        @Test
        void numericRulesNeedANumericValueType() {
            for (ValueType t : List.of(
                    ValueType.NUMERIC,
                    ValueType.PERCENTAGE,
                    ValueType.COUNT,
                    ValueType.DURATION,
                    ValueType.JUDGED_SCORE)) {
                assertThat(indicatorProblems(
                                indicator(t, 10, new DirectPoints()).build()))
                        .as(t.code())
                        .isEmpty();
            }
            assertThat(indicatorProblems(
                            indicator(ValueType.ITEMS, 10, new DirectPoints()).build()))
                    .containsExactly("indicator-set.rule-mismatch " + RULE + " [direct, value type items]");
            assertThat(indicatorProblems(
                            indicator(ValueType.BOOLEAN, 10, new Normalisation(Normalisation.Method.MIN_MAX))
                                    .build()))
                    .containsExactly("indicator-set.rule-mismatch " + RULE + " [normalised, value type boolean]");
            assertThat(indicatorProblems(indicator(ValueType.ITEMS, 10, LinearToTarget.of(BigDecimal.ONE))
                            .build()))
                    .containsExactly("indicator-set.rule-mismatch " + RULE + " [linear-to-target, value type items]");
        }

        @Test
        void passFailNeedsAYesNoValue() {
            assertThat(indicatorProblems(
                            indicator(ValueType.BOOLEAN, 10, new PassFail()).build()))
                    .isEmpty();
        }

        @Test
        void bandsAreUniqueNotNegativeAndWithinTheIndicatorsPoints() {
            ThresholdBands bands = new ThresholdBands(List.of(
                    new ThresholdBands.Band(new BigDecimal("1.0"), BigDecimal.TEN),
                    new ThresholdBands.Band(new BigDecimal("1.00"), new BigDecimal("10.5")),
                    new ThresholdBands.Band(BigDecimal.ZERO, new BigDecimal("-1"))));
            assertThat(indicatorProblems(indicator(ValueType.NUMERIC, 10, bands).build()))
                    .containsExactly(
                            "model.duplicate-id " + RULE + ".bands[1].threshold [1.00]",
                            "value.too-big " + RULE + ".bands[1].points [10.5, 10]",
                            "value.too-small " + RULE + ".bands[2].points [-1, 0]");
            assertThat(indicatorProblems(indicator(ValueType.BOOLEAN, 10, new ThresholdBands(List.of()))
                            .build()))
                    .containsExactly(
                            "value.bad-size " + RULE + ".bands [0, 1, ∞]",
                            "indicator-set.rule-mismatch " + RULE + " [bands, value type boolean]");
        }

        @Test
        void judgePanelsNeedJudgesAndASensibleTrim() {
            assertThat(indicatorProblems(indicator(ValueType.JUDGED_SCORE, 10, JudgePanel.dropHighestAndLowest(3))
                            .build()))
                    .isEmpty();
            assertThat(indicatorProblems(indicator(ValueType.NUMERIC, 10, JudgePanel.dropHighestAndLowest(2))
                            .build()))
                    .containsExactly(
                            "indicator-set.rule-mismatch " + RULE + " [judge-panel, value type numeric]",
                            "indicator-set.rule-mismatch " + RULE
                                    + ".trimEachSide [judge-panel, 2 × trimEachSide must be below minJudges]");
            JudgePanel bad = new JudgePanel(
                    JudgePanel.Aggregation.MEDIAN, -1, Optional.of(new BigDecimal("0.5")), 0, BigDecimal.ZERO);
            assertThat(indicatorProblems(
                            indicator(ValueType.JUDGED_SCORE, 10, bad).build()))
                    .containsExactly(
                            "value.too-small " + RULE + ".minJudges [0, 1]",
                            "value.too-small " + RULE + ".trimEachSide [-1, 0]",
                            "value.too-big " + RULE + ".trimProportion [0.5, < 0.5]",
                            "value.too-small " + RULE + ".markScale [0, > 0]");
            JudgePanel negative = new JudgePanel(
                    JudgePanel.Aggregation.TRIMMED_MEAN, 5, Optional.of(new BigDecimal("-0.1")), 1, BigDecimal.ONE);
            assertThat(indicatorProblems(
                            indicator(ValueType.JUDGED_SCORE, 10, negative).build()))
                    .containsExactly("value.too-big " + RULE + ".trimProportion [-0.1, < 0.5]");
            JudgePanel proportion = new JudgePanel(
                    JudgePanel.Aggregation.TRIMMED_MEAN, 0, Optional.of(new BigDecimal("0.49")), 1, BigDecimal.ONE);
            assertThat(indicatorProblems(
                            indicator(ValueType.JUDGED_SCORE, 10, proportion).build()))
                    .isEmpty();
        }

        @Test
        void judgementMarksNeedThreeJudgesAndASpreadUpToThree() {
            assertThat(indicatorProblems(indicator(ValueType.JUDGED_SCORE, 10, new JudgementMarks(3, 3))
                            .build()))
                    .isEmpty();
            assertThat(indicatorProblems(indicator(ValueType.JUDGED_SCORE, 10, new JudgementMarks(3, 0))
                            .build()))
                    .isEmpty();
            assertThat(indicatorProblems(indicator(ValueType.COUNT, 10, new JudgementMarks(2, 4))
                            .build()))
                    .containsExactly(
                            "indicator-set.rule-mismatch " + RULE + " [judgement, value type count]",
                            "value.too-small " + RULE + ".minJudges [2, 3]",
                            "value.too-big " + RULE + ".maxSpread [4, 3]");
            assertThat(indicatorProblems(indicator(ValueType.JUDGED_SCORE, 10, new JudgementMarks(3, -1))
                            .build()))
                    .containsExactly("value.too-big " + RULE + ".maxSpread [-1, 3]");
        }

        @Test
        void perOccurrenceCountsOrNumbersAPositiveAmount() {
            assertThat(indicatorProblems(indicator(ValueType.NUMERIC, 10, new PerOccurrence(new BigDecimal("0.5")))
                            .build()))
                    .isEmpty();
            assertThat(indicatorProblems(indicator(ValueType.PERCENTAGE, 10, new PerOccurrence(BigDecimal.ZERO))
                            .build()))
                    .containsExactly(
                            "value.too-small " + RULE + ".pointsEach [0, > 0]",
                            "indicator-set.rule-mismatch " + RULE + " [per-occurrence, value type percentage]");
        }

        @Test
        void itemTablesHaveUniquePositiveItems() {
            LocalizedText n = LocalizedText.of("项", "item");
            ItemTable ok = new ItemTable(List.of(new ItemTable.Item("a", n, BigDecimal.ONE)), false);
            assertThat(indicatorProblems(indicator(ValueType.ITEMS, 10, ok).build()))
                    .isEmpty();
            ItemTable bad = new ItemTable(
                    List.of(new ItemTable.Item("a", n, BigDecimal.ONE), new ItemTable.Item("a", n, BigDecimal.ZERO)),
                    true);
            assertThat(indicatorProblems(indicator(ValueType.ITEMS, 10, bad).build()))
                    .containsExactly(
                            "model.duplicate-id " + RULE + ".items[1].code [a]",
                            "value.too-small " + RULE + ".items[1].points [0, > 0]");
            assertThat(indicatorProblems(indicator(ValueType.COUNT, 10, new ItemTable(List.of(), false))
                            .build()))
                    .containsExactly(
                            "indicator-set.rule-mismatch " + RULE + " [item-table, value type count]",
                            "value.bad-size " + RULE + ".items [0, 1, ∞]");
        }

        @Test
        void aGradeCappingVetoNamesTheGrade() {
            Veto capNoGrade = new Veto(Veto.Effect.CAP_GRADE, Optional.empty(), Veto.Scope.CONTEST);
            assertThat(indicatorProblems(indicator(ValueType.COUNT, 0, capNoGrade)
                            .kind(IndicatorKind.VETO)
                            .build()))
                    .containsExactly("json.missing-field " + RULE + ".gradeCap [gradeCap]");
            Veto cap = new Veto(Veto.Effect.CAP_GRADE, Optional.of("qualified"), Veto.Scope.CONTEST);
            assertThat(indicatorProblems(indicator(ValueType.NUMERIC, 0, cap)
                            .kind(IndicatorKind.VETO)
                            .build()))
                    .containsExactly("indicator-set.rule-mismatch " + RULE + " [veto, value type numeric]");
        }

        @Test
        void aCustomRuleNeedsAName() {
            assertThat(indicatorProblems(indicator(ValueType.ITEMS, 10, new CustomRule(" ", Map.of()))
                            .build()))
                    .containsExactly("value.blank " + RULE + ".name [name]");
            assertThat(indicatorProblems(indicator(ValueType.ITEMS, 10, new CustomRule("plugin", Map.of("k", "v")))
                            .build()))
                    .isEmpty();
        }
    }

    @Nested
    class Measurements {

        private Measurement.Builder base() {
            return new Measurement.Builder()
                    .participant(ParticipantId.of("P-1"))
                    .indicator(IndicatorCode.of("i"))
                    .period(PeriodId.of("q1"));
        }

        private List<String> check(Measurement m) {
            List<Problem> out = new ArrayList<>();
            ModelChecks.measurement(m, "$[0]", out);
            return lines(out);
        }

        @Test
        void exactlyOneKindOfValue() {
            assertThat(check(base().build())).containsExactly("measurement.value $[0] [P-1] [-]");
            assertThat(check(base().value(BigDecimal.ONE).flag(true).build()))
                    .containsExactly("measurement.value $[0] [P-1] [value, flag]");
            assertThat(check(new Measurement.Builder()
                            .from(base().build())
                            .addMarks(BigDecimal.ONE)
                            .addItems("a")
                            .build()))
                    .containsExactly("measurement.value $[0] [P-1] [marks, items]");
        }

        @Test
        void eachKindAloneIsFine() {
            Measurement none = base().build();
            assertThat(check(new Measurement.Builder()
                            .from(none)
                            .value(BigDecimal.ONE)
                            .build()))
                    .isEmpty();
            assertThat(check(new Measurement.Builder().from(none).flag(false).build()))
                    .isEmpty();
            assertThat(check(new Measurement.Builder().from(none).addItems("x").build()))
                    .isEmpty();
            assertThat(check(new Measurement.Builder()
                            .from(none)
                            .addMarks(BigDecimal.ZERO, BigDecimal.TEN)
                            .build()))
                    .isEmpty();
        }

        @Test
        void marksAreNotNegative() {
            Measurement m = new Measurement.Builder()
                    .from(base().build())
                    .addMarks(BigDecimal.ONE, new BigDecimal("-0.5"))
                    .build();
            assertThat(check(m)).containsExactly("value.too-small $[0].marks[1] [P-1] [-0.5, 0]");
        }

        @Test
        void theFactoryMakesAValueMeasurement() {
            Measurement m = Measurement.of(
                    ParticipantId.of("P-2"), IndicatorCode.of("x"), PeriodId.of("q2"), new BigDecimal("7.5"));
            assertThat(m.participant()).isEqualTo(ParticipantId.of("P-2"));
            assertThat(m.indicator()).isEqualTo(IndicatorCode.of("x"));
            assertThat(m.period()).isEqualTo(PeriodId.of("q2"));
            assertThat(m.value()).contains(new BigDecimal("7.5"));
            assertThat(check(m)).isEmpty();
        }
    }

    @Test
    void aStageIndicatorCountsOnlyForItsStage() {
        Indicator all = indicator(ValueType.PERCENTAGE, 5, LinearToTarget.of(BigDecimal.TEN))
                .code(IndicatorCode.of("all"))
                .build();
        Indicator signed = indicator(ValueType.PERCENTAGE, 15, LinearToTarget.of(BigDecimal.TEN))
                .code(IndicatorCode.of("s"))
                .addStage(ProjectStage.SIGNED)
                .build();
        Indicator started = indicator(ValueType.PERCENTAGE, 10, LinearToTarget.of(BigDecimal.TEN))
                .code(IndicatorCode.of("t"))
                .addStage(ProjectStage.STARTED)
                .build();
        IndicatorSet base = setOf(all);
        IndicatorSet staged = new IndicatorSet.Builder()
                .from(base)
                .totalPoints(Points.of(20))
                .dimensions(List.of(new Dimension.Builder()
                        .from(base.dimensions().get(0))
                        .maxPoints(Points.of(20))
                        .indicators(List.of(all, signed, started))
                        .build()))
                .build();
        assertThat(set(staged))
                .containsExactly("indicator-set.points-mismatch $.dimensions[0].maxPoints [20, 15 (started)]");
    }
}
