// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.fixtures.TestdataCompetitions;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.json.ContestJson.Format;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.validation.ContestValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompetitionPlanTest {

    @Test
    void aCompletePlanIsValidAndRoundTripsThroughJsonAndYaml() {
        CompetitionPlan plan = TestdataCompetitions.plan();
        assertThat(ContestValidator.validate(plan).isValid()).isTrue();
        for (Format f : Format.values()) {
            String text = ContestJson.write(plan, f);
            var read = ContestJson.readPlan(text, f);
            assertThat(read.isValid())
                    .as(() -> text
                            + read.getError()
                                    .map(p -> p.message(Locale.ENGLISH))
                                    .mkString("\n"))
                    .isTrue();
            assertThat(read.get()).isEqualTo(plan);
        }
    }

    @ParameterizedTest(name = "missing {0} is reported as 竞赛方案要素 {1}")
    @CsvSource({
        "name, 竞赛名称, name",
        "contentAndGoals, 竞赛内容和目标, content and goals",
        "methodAndVehicle, 竞赛方式和载体, method and vehicle",
        "scopeAndParticipants, 参赛范围和人员, scope and participants",
        "standardsAndRequirements, 竞赛标准和要求, standards and requirements",
        "dates, 竞赛起止时间, start and end dates",
        "evaluationAndRewardMethod, 竞赛考评和奖励办法, evaluation and reward method"
    })
    void eachOfTheSevenElementsIsRequired(String field, String zh, String en) throws Exception {
        var json = ContestJson.jsonMapper().valueToTree(TestdataCompetitions.plan());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove(field);
        var result = ContestJson.readPlan(json.toString(), Format.JSON);
        assertThat(result.isInvalid()).isTrue();
        Problem p = result.getError().single();
        assertThat(p.code()).as(p.message(Locale.ENGLISH)).isEqualTo(ModelProblem.PLAN_ELEMENT_MISSING);
        assertThat(p.path()).isEqualTo("$." + field);
        assertThat(p.message(Locale.CHINESE)).isEqualTo("$." + field + ": 缺少竞赛方案要素“" + zh + "”");
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("$." + field + ": the plan lacks its required element \"" + en + "\"");
    }

    @Test
    void anEmptyPlanReportsAllSevenElementsAtOnce() {
        var result = ContestJson.readPlan("{}", Format.JSON);
        assertThat(result.getError().map(Problem::path).toJavaList())
                .containsExactly(
                        "$.name",
                        "$.contentAndGoals",
                        "$.methodAndVehicle",
                        "$.scopeAndParticipants",
                        "$.standardsAndRequirements",
                        "$.dates",
                        "$.evaluationAndRewardMethod");
    }

    @Test
    void blankTextCountsAsMissing() {
        CompetitionPlan plan = new CompetitionPlan.Builder()
                .from(TestdataCompetitions.plan())
                .name("   ")
                .build();
        assertThat(ContestValidator.validate(plan).getError().map(Problem::path))
                .containsExactly("$.name");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        CompetitionPlan plan = new CompetitionPlan.Builder()
                .from(TestdataCompetitions.plan())
                .dates(DateRange.of(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1)))
                .build();
        Problem p = ContestValidator.validate(plan).getError().single();
        assertThat(p.code()).isEqualTo(ModelProblem.END_BEFORE_START);
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("$.dates.end: end date 2026-01-01 lies before start date 2026-12-31");
    }

    @Test
    void aOneDayContestIsValid() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        CompetitionPlan plan = new CompetitionPlan.Builder()
                .from(TestdataCompetitions.plan())
                .dates(DateRange.of(day, day))
                .build();
        assertThat(ContestValidator.validate(plan).isValid()).isTrue();
    }

    @Test
    void aPlanWrittenInYamlByHandIsRead() {
        String yaml = String.join(
                "\n",
                List.of(
                        "name: 2026年焊工职业技能比武",
                        "contentAndGoals: 提升焊工技能水平",
                        "methodAndVehicle: 理论考试加实际操作",
                        "scopeAndParticipants: 全市建筑业焊工",
                        "standardsAndRequirements: 理论30%，实操70%",
                        "dates: {start: 2026-05-10, end: 2026-05-12}",
                        "evaluationAndRewardMethod: 前三名授予技术能手称号",
                        ""));
        CompetitionPlan plan = ContestJson.readPlan(yaml, Format.YAML).get();
        assertThat(plan.dates()).contains(DateRange.of(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 12)));
    }
}
