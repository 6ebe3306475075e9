// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laborcontest.model.problem.ContestInputException;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small value types: ids, open code lists, stages, tie-breakers, points and problems. */
class ValueTypesTest {

    @Test
    void idsRefuseBlankValuesAndNameTheirKind() {
        assertThatThrownBy(() -> IndicatorCode.of(" ")).hasMessage("indicatorCode must not be blank");
        assertThatThrownBy(() -> DimensionCode.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodId.of("\t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompetitionId.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParticipantId.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsSortByTheirTextAndPrintAsIt() {
        assertThat(IndicatorCode.of("a.b").compareTo(IndicatorCode.of("a.c"))).isNegative();
        assertThat(IndicatorCode.of("b").compareTo(IndicatorCode.of("a"))).isPositive();
        assertThat(DimensionCode.of("q").compareTo(DimensionCode.of("q"))).isZero();
        assertThat(DimensionCode.of("a").compareTo(DimensionCode.of("b"))).isNegative();
        assertThat(PeriodId.of("2026-Q1").compareTo(PeriodId.of("2026-Q2"))).isNegative();
        assertThat(CompetitionId.of("x").compareTo(CompetitionId.of("y"))).isNegative();
        assertThat(ParticipantId.of("P-2").compareTo(ParticipantId.of("P-10"))).isPositive();
        assertThat(IndicatorCode.of("q.rate")).hasToString("q.rate");
        assertThat(DimensionCode.of("quality")).hasToString("quality");
        assertThat(PeriodId.of("2026-Q1")).hasToString("2026-Q1");
        assertThat(CompetitionId.of("qd-2026")).hasToString("qd-2026");
    }

    @Test
    void campaignTasksAreAnOpenListWithLabelsForTheBuiltInOnes() {
        assertThat(CampaignTask.builtIns()).hasSize(8).startsWith(CampaignTask.HISTORIC_DISTRICT);
        assertThat(CampaignTask.builtIns().get(7)).isEqualTo(CampaignTask.PARK_CITY);
        assertThat(CampaignTask.METRO.label().map(l -> l.in(Locale.ENGLISH)))
                .contains("metro lines and development along them");
        assertThat(CampaignTask.PARK_CITY.label().map(l -> l.in(Locale.CHINESE)))
                .contains("公园城市建设");
        assertThat(CampaignTask.HISTORIC_DISTRICT.label().map(LocalizedText::zh))
                .contains("历史城区保护更新");
        assertThat(CampaignTask.of("metro")).isEqualTo(CampaignTask.METRO);
        assertThat(CampaignTask.of("harbour").label()).isEmpty();
        assertThat(CampaignTask.of("harbour")).hasToString("harbour");
        assertThatThrownBy(() -> CampaignTask.of("Harbour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaign task (Harbour) must be lower-case letters, digits and hyphens");
        assertThatThrownBy(() -> CampaignTask.of("-x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CampaignTask.of("a".repeat(64)).code()).hasSize(64);
        assertThatThrownBy(() -> CampaignTask.of("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void competitionKindsAreAnOpenListWithLabelsForTheBuiltInOnes() {
        assertThat(CompetitionKind.builtIns())
                .containsExactly(CompetitionKind.KEY_PROJECT, CompetitionKind.SKILL, CompetitionKind.SAFETY);
        assertThat(CompetitionKind.KEY_PROJECT.label().map(l -> l.in(Locale.ENGLISH)))
                .contains("key-project contest");
        assertThat(CompetitionKind.SAFETY.label().map(LocalizedText::zh)).contains("安全生产比武竞赛");
        assertThat(CompetitionKind.of("rowing").label()).isEmpty();
        assertThat(CompetitionKind.of("rowing")).hasToString("rowing");
        assertThatThrownBy(() -> CompetitionKind.of("Rowing"))
                .hasMessage("competition kind (Rowing) must be lower-case letters, digits and hyphens");
    }

    @Test
    void projectStagesFollowEachOtherAndSayWhatTheyCompeteOn() {
        assertThat(ProjectStage.NEGOTIATING.next()).contains(ProjectStage.SIGNED);
        assertThat(ProjectStage.SIGNED.next()).contains(ProjectStage.STARTED);
        assertThat(ProjectStage.COMPLETED.next()).contains(ProjectStage.IN_BENEFIT);
        assertThat(ProjectStage.IN_BENEFIT.next()).isEmpty();
        assertThat(ProjectStage.SIGNED.competesOn()).isEqualTo(LocalizedText.of("比开工", "starting"));
        assertThat(ProjectStage.STARTED.competesOn().in(Locale.ENGLISH)).isEqualTo("completion");
        assertThat(ProjectStage.fromCode("in-benefit")).isEqualTo(ProjectStage.IN_BENEFIT);
        assertThat(ProjectStage.STARTED.label().in(Locale.CHINESE)).isEqualTo("开工");
    }

    @Test
    void tieBreakerFactoriesFillByAndRef() {
        assertThat(TieBreaker.dimension(DimensionCode.of("quality"), SortOrder.HIGHER_FIRST))
                .isEqualTo(new TieBreaker(TieBreaker.By.DIMENSION, "quality", SortOrder.HIGHER_FIRST));
        assertThat(TieBreaker.indicator(IndicatorCode.of("q.rate"), SortOrder.LOWER_FIRST))
                .isEqualTo(new TieBreaker(TieBreaker.By.INDICATOR, "q.rate", SortOrder.LOWER_FIRST));
        assertThat(TieBreaker.fewerDeductions())
                .isEqualTo(new TieBreaker(TieBreaker.By.DEDUCTIONS, "", SortOrder.LOWER_FIRST));
        assertThat(TieBreaker.By.fromCode("custom")).isEqualTo(TieBreaker.By.CUSTOM);
        assertThat(TieBreaker.By.INDICATOR.label().in(Locale.ENGLISH)).isEqualTo("indicator raw value");
    }

    @Test
    void pointsSignsAndNegation() {
        assertThat(Points.of("2.5").negate()).isEqualTo(Points.of("-2.5"));
        assertThat(Points.of("-0.01").isNegative()).isTrue();
        assertThat(Points.ZERO.isNegative()).isFalse();
        assertThat(Points.of("0.01").isNegative()).isFalse();
        assertThat(Points.of("0.00").isZero()).isTrue();
        assertThat(Points.of("-0.01").isZero()).isFalse();
        assertThat(Points.of("0.01").isZero()).isFalse();
        assertThat(Points.of("2.0").min(Points.of("2.00"))).hasToString("2.0");
        assertThat(Points.of("2.0").max(Points.of("2.00"))).hasToString("2.0");
        assertThat(Points.of("1").min(Points.of("3"))).isEqualTo(Points.of(1));
        assertThat(Points.of("1").max(Points.of("3"))).isEqualTo(Points.of(3));
        assertThat(Points.of(BigDecimal.TEN).times(new BigDecimal("0.35"))).isEqualTo(Points.of("3.5"));
        assertThat(Points.of(1)).isNotEqualTo(BigDecimal.ONE);
        assertThat(Points.of("1.5").hashCode()).isNotZero();
    }

    @Test
    void aProblemCanBeMovedUnderAParentPathOntoALineAndToAParticipant() {
        Problem p = Problem.at(ModelProblem.BLANK, "$.name", "name");
        assertThat(p.under("$.competitions[3]").path()).isEqualTo("$.competitions[3].name");
        assertThat(new Problem(ModelProblem.BLANK, "name", Optional.empty(), Optional.empty(), List.of("name"))
                        .under("$.x")
                        .path())
                .isEqualTo("$.x.name");
        Problem located = p.onLine(7).forParticipant("P-1");
        assertThat(located.line()).contains(7);
        assertThat(located.participant()).contains("P-1");
        assertThat(located.message(Locale.ENGLISH)).startsWith("line 7 $.name [P-1]: ");
        assertThat(located.message(Locale.CHINESE)).startsWith("第7行 $.name [P-1]: ");
        assertThat(located.messages().en()).isEqualTo(located.message(Locale.ENGLISH));
        assertThat(located.messages().zh()).isEqualTo(located.message(Locale.CHINESE));
        assertThat(located.codeName()).isEqualTo("value.blank");

        Problem onLine = Problem.onLine(ModelProblem.MALFORMED, 3, "$", "x", 1, 2);
        assertThat(onLine.line()).contains(3);
        assertThat(onLine.participant()).isEmpty();
        assertThat(onLine.args()).containsExactly("x", "1", "2");
        Problem who = Problem.forParticipant(ModelProblem.BLANK, "$", "W-1", "name");
        assertThat(who.participant()).contains("W-1");
        assertThat(who.line()).isEmpty();
        assertThat(who.onLine(2).participant()).contains("W-1");
        assertThat(who.under("$.p").participant()).contains("W-1");
    }

    @Test
    void anInputExceptionCarriesEveryProblemAndListsThemInChinese() {
        Problem a = Problem.at(ModelProblem.BLANK, "$.name", "name");
        Problem b = Problem.at(ModelProblem.TOO_SMALL, "$.weight", -1, 0);
        ContestInputException e = new ContestInputException(io.vavr.collection.List.of(a, b));
        assertThat(e.problems()).containsExactly(a, b);
        assertThat(e.getMessage()).isEqualTo(a.message(Locale.CHINESE) + "\n" + b.message(Locale.CHINESE));
        assertThatThrownBy(() -> e.problems().add(a)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ContestInputException(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("problems must not be empty");
    }
}
