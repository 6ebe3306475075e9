// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laborcontest.model.fixtures.TestdataCompetitions;
import io.github.laborcontest.model.internal.BuiltinIndicatorSetProvider;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.rule.JudgePanel;
import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.model.rule.Veto;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every coded enum, the defaults of the value types, their factories and look-ups. */
class CodedAndDefaultsTest {

    private static final List<Class<? extends Coded>> CODED = List.of(
            OrganiserType.class,
            ValueType.class,
            IndicatorKind.class,
            SortOrder.class,
            GroupingKey.class,
            RoundingStep.class,
            GradeScheme.Mode.class,
            WorkflowPhase.class,
            Direction.class,
            Scope.class,
            TiePolicy.class,
            ProjectStage.class,
            PeriodKind.class,
            TieBreaker.By.class,
            OrganiserRole.class,
            BoundaryTiePolicy.class,
            ParticipantKind.class,
            Veto.Effect.class,
            Veto.Scope.class,
            JudgePanel.Aggregation.class,
            Normalisation.Method.class);

    @Test
    void everyConstantHasItsOwnCodeAndBothLabels() {
        for (Class<? extends Coded> type : CODED) {
            Set<String> codes = new HashSet<>();
            Set<String> english = new HashSet<>();
            for (Coded c : type.getEnumConstants()) {
                assertThat(c.code()).as(type + " code").matches("[a-z][a-z0-9-]*");
                assertThat(c.label()).as(type + " " + c.code()).isNotNull();
                assertThat(c.label().zh()).as(type + " " + c.code()).isNotBlank();
                assertThat(c.label().in(Locale.ENGLISH))
                        .as(type + " " + c.code())
                        .isNotBlank();
                codes.add(c.code());
                english.add(c.label().en());
            }
            assertThat(codes).as(type.getName()).hasSize(type.getEnumConstants().length);
            assertThat(english).as(type.getName()).hasSize(type.getEnumConstants().length);
        }
    }

    @Test
    void aFewLabelsSpelledOut() {
        assertThat(ParticipantKind.PROJECT.label()).isEqualTo(LocalizedText.of("工程项目", "project"));
        assertThat(IndicatorKind.VETO.label().zh()).isEqualTo("一票否决");
        assertThat(Veto.Effect.CAP_GRADE.label().en()).isEqualTo("cap the grade");
        assertThat(JudgePanel.Aggregation.TRIMMED_MEAN.label().zh()).isEqualTo("去掉最高最低分后平均");
        assertThat(SortOrder.HIGHER_FIRST.label().en()).isEqualTo("higher first");
    }

    @Test
    void anUnknownCodeListsTheAllowedOnes() {
        assertThatThrownBy(() -> SortOrder.fromCode("sideways"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown code \"sideways\" for SortOrder; allowed: higher-first, lower-first");
        assertThat(Veto.Scope.fromCode("contest")).isEqualTo(Veto.Scope.CONTEST);
        assertThat(Normalisation.Method.fromCode("z-score")).isEqualTo(Normalisation.Method.Z_SCORE);
    }

    @Test
    void defaultsOfIndicatorsAndPeriods() {
        Indicator i = new Indicator.Builder()
                .code(IndicatorCode.of("i"))
                .name(LocalizedText.of("指标", "indicator"))
                .valueType(ValueType.NUMERIC)
                .build();
        assertThat(i.maxPoints()).isEqualTo(Points.ZERO);
        assertThat(i.kind()).isEqualTo(IndicatorKind.SCORED);
        assertThat(i.direction()).isEqualTo(Direction.HIGHER_BETTER);
        assertThat(i.unit()).isEmpty();
        EvaluationPeriod p = new EvaluationPeriod.Builder()
                .id(PeriodId.of("q"))
                .kind(PeriodKind.QUARTERLY)
                .dates(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .build();
        assertThat(p.weight()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void ruleAndBandFactories() {
        assertThat(Veto.disqualifyForPeriod())
                .isEqualTo(new Veto(Veto.Effect.DISQUALIFY, Optional.empty(), Veto.Scope.PERIOD));
        assertThat(JudgePanel.dropHighestAndLowest(5))
                .isEqualTo(new JudgePanel(
                        JudgePanel.Aggregation.TRIMMED_MEAN, 1, Optional.empty(), 5, BigDecimal.valueOf(100)));
        GradeScheme.Band good = GradeScheme.Band.atLeast("good", LocalizedText.of("良好", "good"), 80);
        assertThat(good.minTotal()).contains(BigDecimal.valueOf(80));
        assertThat(good.quotaPercent()).isEmpty();
        assertThat(good.maxCount()).isEmpty();
        assertThat(GradeScheme.TYPICAL.bands())
                .extracting(GradeScheme.Band::code)
                .containsExactly("excellent", "good", "qualified", "unqualified");
    }

    @Test
    void aCompetitionFindsItsParticipantsAndPeriodsById() {
        Competition c = TestdataCompetitions.keyProjectContest();
        assertThat(c.participant(ParticipantId.of("W-001")).map(Participant::name))
                .contains("张三");
        assertThat(c.participant(ParticipantId.of("P-002")).map(Participant::name))
                .contains("地铁8号线支线");
        assertThat(c.participant(ParticipantId.of("W-999"))).isEmpty();
        assertThat(c.period(PeriodId.of("2026-Q3")).map(EvaluationPeriod::weight))
                .contains(new BigDecimal("0.175"));
        assertThat(c.period(PeriodId.of("2026-final")).map(EvaluationPeriod::kind))
                .contains(PeriodKind.FINAL);
        assertThat(c.period(PeriodId.of("2027-Q1"))).isEmpty();
    }

    @Test
    void anIndicatorSetFindsItsIndicatorsByCode() {
        IndicatorSet set = BuiltinIndicatorSetProvider.load("builtin/six-comparisons.json");
        Indicator first = set.dimensions().get(0).indicators().get(0);
        Indicator last = set.indicators().reduce((a, b) -> b).orElseThrow();
        assertThat(set.indicator(first.code())).contains(first);
        assertThat(set.indicator(last.code())).contains(last);
        assertThat(set.indicator(IndicatorCode.of("no.such"))).isEmpty();
    }

    @Test
    void dateRangesIncludeBothEnds() {
        DateRange q1 = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(q1.contains(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(q1.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(q1.contains(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(q1.contains(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(q1.encloses(DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31))))
                .isTrue();
        assertThat(q1.encloses(DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 1))))
                .isFalse();
        assertThat(q1.encloses(DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2026, 3, 1))))
                .isFalse();
    }

    @Test
    void precisionAcceptsScalesZeroToTen() {
        assertThat(new Precision(0, RoundingMode.HALF_UP).round(new BigDecimal("2.5")))
                .isEqualByComparingTo("3");
        assertThat(new Precision(10, RoundingMode.DOWN).scale()).isEqualTo(10);
        assertThatThrownBy(() -> new Precision(11, RoundingMode.HALF_UP)).hasMessageContaining("scale (11)");
    }

    @Test
    void theFormatFollowsTheFileExtension() {
        assertThat(ContestJson.Format.ofFileName("plan.YAML")).isEqualTo(ContestJson.Format.YAML);
        assertThat(ContestJson.Format.ofFileName("plan.yml")).isEqualTo(ContestJson.Format.YAML);
        assertThat(ContestJson.Format.ofFileName("plan.json")).isEqualTo(ContestJson.Format.JSON);
        assertThat(ContestJson.Format.ofFileName("yaml")).isEqualTo(ContestJson.Format.JSON);
        assertThat(ContestJson.yamlMapper().getFactory().getFormatName()).isEqualTo("YAML");
        assertThat(ContestJson.jsonMapper().getFactory().getFormatName()).isEqualTo("JSON");
    }
}
