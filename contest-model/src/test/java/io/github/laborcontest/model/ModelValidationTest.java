// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.fixtures.TestdataCompetitions;
import io.github.laborcontest.model.internal.BuiltinIndicatorSetProvider;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.PassFail;
import io.github.laborcontest.model.validation.ContestValidator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    @Test
    void aConstraintOnAnImmutablesAccessorFires() {
        // Bean Validation ignores non-getter accessors unless the getter strategy is installed:
        // name() carries @NotBlank, and this test fails if that constraint is silently skipped.
        Participant p = new Participant.Builder()
                .id(ParticipantId.of("U-1"))
                .name(" ")
                .kind(ParticipantKind.UNIT)
                .build();
        Problem problem = ContestValidator.validate(p).getError().single();
        assertThat(problem.code()).isEqualTo(ModelProblem.BLANK);
        assertThat(problem.path()).isEqualTo("$.name");
    }

    @Test
    void nestedConstraintsReportTheirJsonPath() {
        Competition c = TestdataCompetitions.keyProjectContest();
        Competition bad = new Competition.Builder()
                .from(c)
                .participants(List.of(new Participant.Builder()
                        .from(c.participants().get(0))
                        .name("")
                        .build()))
                .build();
        assertThat(ContestValidator.validate(bad).getError().map(Problem::path))
                .containsExactly("$.participants[0].name");
    }

    @Test
    void theFixtureCompetitionIsValid() {
        var result = ContestValidator.validate(TestdataCompetitions.keyProjectContest());
        assertThat(result.isValid()).as(() -> result.getError().mkString("\n")).isTrue();
    }

    @Test
    void kindSpecificAttributesDuplicatesAndPeriodsAreAllReportedTogether() {
        Competition c = TestdataCompetitions.keyProjectContest();
        Participant project = c.participants().get(0);
        Competition bad = new Competition.Builder()
                .from(c)
                .participants(List.of(
                        new Participant.Builder()
                                .id(project.id())
                                .name("无阶段项目")
                                .kind(ParticipantKind.PROJECT)
                                .build(),
                        project))
                .scope(Scope.DISTRICT)
                .organisers(List.of(Organiser.of("某区总工会", OrganiserType.DISTRICT_TRADE_UNION, OrganiserRole.JOINT)))
                .build();
        List<String> paths =
                ContestValidator.validate(bad).getError().map(Problem::path).toJavaList();
        assertThat(paths)
                .containsExactlyInAnyOrder(
                        "$.organisers",
                        "$.district",
                        "$.participants[0].unit",
                        "$.participants[0].campaignTask",
                        "$.participants[0].stage",
                        "$.participants[1].id");
    }

    @Test
    void periodWeightsMustAddUpToOne() {
        Competition c = TestdataCompetitions.keyProjectContest();
        Competition bad = new Competition.Builder()
                .from(c)
                .periods(c.periods().subList(0, 4))
                .build();
        Problem p = ContestValidator.validate(bad).getError().single();
        assertThat(p.code()).isEqualTo(ModelProblem.PERIOD_INCONSISTENT);
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("$.periods: evaluation periods are inconsistent: Σ weight = 0.700 ≠ 1");
    }

    @Test
    void theBuiltInSetsAddUpToOneHundredPoints() {
        for (String resource : BuiltinIndicatorSetProvider.RESOURCES) {
            IndicatorSet set = BuiltinIndicatorSetProvider.load(resource);
            assertThat(set.totalPoints()).isEqualTo(Points.of(100));
            Points weighted = set.dimensions().stream()
                    .map(d -> d.maxPoints().times(d.weight()))
                    .reduce(Points.ZERO, Points::plus);
            assertThat(weighted).as(resource).isEqualTo(Points.of(100));
        }
    }

    @Test
    void sixComparisonsHasTheSixDimensionsTheBonusAndTheVetoes() {
        IndicatorSet set = BuiltinIndicatorSetProvider.load("builtin/six-comparisons.json");
        assertThat(set.dimensions())
                .extracting(d -> d.code().value() + "=" + d.maxPoints())
                .containsExactly(
                        "quality=20",
                        "safety=20",
                        "progress=20",
                        "innovation=15",
                        "civilised=15",
                        "assurance=10",
                        "model-project=0",
                        "veto=0");
        assertThat(set.bonusCap()).contains(Points.of(10));
        assertThat(set.indicators().filter(i -> i.kind() == IndicatorKind.VETO).count())
                .isEqualTo(4);
    }

    @Test
    void pointsThatDoNotAddUpAndMisfitRulesAreNamed() {
        IndicatorSet set = BuiltinIndicatorSetProvider.load("builtin/skill-contest.json");
        Dimension theory = set.dimensions().get(0);
        Indicator exam = theory.indicators().get(0);
        IndicatorSet bad = new IndicatorSet.Builder()
                .from(set)
                .dimensions(List.of(
                        new Dimension.Builder()
                                .from(theory)
                                .indicators(List.of(new Indicator.Builder()
                                        .from(exam)
                                        .maxPoints(Points.of(90))
                                        .rule(new PassFail())
                                        .build()))
                                .build(),
                        set.dimensions().get(1),
                        set.dimensions().get(2)))
                .build();
        List<String> messages = ContestValidator.validate(bad)
                .getError()
                .map(p -> p.message(Locale.ENGLISH))
                .toJavaList();
        assertThat(messages)
                .containsExactlyInAnyOrder(
                        "$.dimensions[0].indicators[0].rule: scoring rule \"pass-fail\" does not fit the indicator: value type numeric",
                        "$.dimensions[0].maxPoints: points do not add up: declared 100, actual 90");
    }

    @Test
    void aStageContestAddsUpItsPointsPerStage() {
        // progress: 20 points; signed projects compete on starting (开工率), started ones on completion
        // (完工率), each indicator worth the whole 20 for its stage
        Indicator starting = new Indicator.Builder()
                .code(IndicatorCode.of("stage.start-rate"))
                .name(LocalizedText.of("开工率", "start rate"))
                .valueType(ValueType.PERCENTAGE)
                .maxPoints(Points.of(20))
                .rule(io.github.laborcontest.model.rule.LinearToTarget.of(java.math.BigDecimal.valueOf(100)))
                .addStage(ProjectStage.SIGNED)
                .build();
        Indicator completing = new Indicator.Builder()
                .from(starting)
                .code(IndicatorCode.of("stage.completion-rate"))
                .stages(List.of(ProjectStage.STARTED))
                .build();
        Dimension progress = new Dimension.Builder()
                .code(DimensionCode.of("progress"))
                .name(LocalizedText.of("比进度", "progress"))
                .maxPoints(Points.of(20))
                .addIndicators(starting, completing)
                .build();
        IndicatorSet set = new IndicatorSet.Builder()
                .code("stages")
                .version("1")
                .name(LocalizedText.of("阶段竞赛", "stage contest"))
                .kind(CompetitionKind.KEY_PROJECT)
                .totalPoints(Points.of(20))
                .addDimension(progress)
                .build();
        assertThat(ContestValidator.validate(set).isValid()).isTrue();

        Indicator tooMuch = new Indicator.Builder()
                .from(completing)
                .maxPoints(Points.of(25))
                .build();
        IndicatorSet bad = new IndicatorSet.Builder()
                .from(set)
                .dimensions(List.of(new Dimension.Builder()
                        .from(progress)
                        .indicators(List.of(starting, tooMuch))
                        .build()))
                .build();
        assertThat(ContestValidator.validate(bad).getError().map(p -> p.message(Locale.ENGLISH)))
                .containsExactly("$.dimensions[0].maxPoints: points do not add up: declared 20, actual 25 (started)");
    }
}
