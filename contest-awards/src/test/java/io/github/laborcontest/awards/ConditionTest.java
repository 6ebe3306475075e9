// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static io.github.laborcontest.awards.TestdataAwards.jointCityWide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each condition kind on its own: truth, text and facts used. */
class ConditionTest {

    private final AwardEngine engine = AwardEngine.create(AwardRegistry.builtin());

    private CriterionOutcome eval(Condition c, Candidate cand) {
        AwardDefinition d = new AwardDefinition.Builder()
                .id(AwardId.of("c"))
                .name(LocalizedText.of("条件", "condition"))
                .nature(AwardNature.AWARD)
                .eligibility(c)
                .build();
        return engine.eligibility(d, AwardInput.of(jointCityWide(), List.of(cand)), cand)
                .criteria()
                .get(0);
    }

    private static final Candidate A = TestdataAwards.person("A", 2, false, "88.25");
    private static final Candidate BLANK = new Candidate.Builder()
            .participant(ParticipantId.of("B"))
            .name("无名")
            .kind(ParticipantKind.INDIVIDUAL)
            .build();

    @Test
    void kleeneTables() {
        assertThat(Truth.PASSED.and(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.FAILED.and(Truth.UNKNOWN)).isEqualTo(Truth.FAILED);
        assertThat(Truth.PASSED.or(Truth.UNKNOWN)).isEqualTo(Truth.PASSED);
        assertThat(Truth.FAILED.or(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.PASSED.not()).isEqualTo(Truth.FAILED);
    }

    @Test
    void quantityComparesExactly() {
        // 88.25 ≥ 88.25 passes; 88.25 > 88.25 fails; 88.25 ≥ 88.26 fails
        assertThat(eval(Condition.quantity("total", Comparison.AT_LEAST, "88.25"), A)
                        .truth())
                .isEqualTo(Truth.PASSED);
        assertThat(eval(Condition.quantity("total", Comparison.GREATER_THAN, "88.250"), A)
                        .truth())
                .isEqualTo(Truth.FAILED);
        assertThat(eval(Condition.quantity("total", Comparison.AT_LEAST, "88.26"), A)
                        .truth())
                .isEqualTo(Truth.FAILED);
        CriterionOutcome unknown = eval(Condition.quantity("total", Comparison.AT_LEAST, "60"), BLANK);
        assertThat(unknown.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(unknown.missingFacts()).containsExactly("total");
        assertThat(unknown.text().zh()).isEqualTo("总分 ≥ 60");
    }

    @Test
    void textFactOfTheWrongTypeIsUnknown() {
        Candidate c = A.withFact("years", FactValue.of("many"));
        assertThat(eval(Condition.quantity("years", Comparison.AT_LEAST, "5"), c)
                        .truth())
                .isEqualTo(Truth.UNKNOWN);
        assertThat(eval(Condition.fact("years", true), c).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void anyOfPassesDespiteAnUnknownChildAndNotKeepsUnknown() {
        Condition c = Condition.anyOf(Condition.fact("x", true), Condition.participantKind(ParticipantKind.INDIVIDUAL));
        assertThat(eval(c, A).truth()).isEqualTo(Truth.PASSED);
        Condition d = Condition.anyOf(Condition.fact("x", true), Condition.participantKind(ParticipantKind.TEAM));
        assertThat(eval(d, A).truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(eval(d, A).missingFacts()).containsExactly("x");
        assertThat(eval(Condition.not(Condition.fact("x", true)), A).truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(eval(Condition.not(Condition.fact("x", true)), A.withFact("x", FactValue.of(false)))
                        .truth())
                .isEqualTo(Truth.PASSED);
    }

    @Test
    void datesComeFromThePlanOrAFact() {
        // the plan runs 2026-04-01 .. 2026-04-30
        assertThat(eval(new Condition.DateCompare("competition.end", Comparison.AT_MOST, LocalDate.of(2026, 4, 30)), A)
                        .truth())
                .isEqualTo(Truth.PASSED);
        assertThat(eval(
                                new Condition.DateCompare(
                                        "competition.start", Comparison.GREATER_THAN, LocalDate.of(2026, 4, 1)),
                                A)
                        .truth())
                .isEqualTo(Truth.FAILED);
        Condition joined = new Condition.DateCompare("joined", Comparison.LESS_THAN, LocalDate.of(2021, 1, 1));
        assertThat(eval(joined, A.withFact("joined", FactValue.of(LocalDate.of(2020, 12, 31))))
                        .truth())
                .isEqualTo(Truth.PASSED);
        assertThat(eval(joined, A).truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(eval(joined, A).text().en()).isEqualTo("joined < 2021-01-01");
    }

    @Test
    void gradeCompetitionKindAndRankConditions() {
        assertThat(eval(new Condition.GradeIn(List.of("excellent")), A).truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(eval(new Condition.GradeIn(List.of("excellent")), A.withGrade("excellent"))
                        .truth())
                .isEqualTo(Truth.PASSED);
        assertThat(eval(new Condition.CompetitionKindIn(List.of(CompetitionKind.SKILL)), A)
                        .truth())
                .isEqualTo(Truth.PASSED);
        assertThat(eval(new Condition.CompetitionKindIn(List.of(CompetitionKind.SAFETY)), A)
                        .text()
                        .zh())
                .isEqualTo("竞赛类别为安全生产比武竞赛");
        // rank 2 within the top 10% of 1 entrant: 0.1 rounded down = 0 places → fails; rounded up = 1 → fails too (2 >
        // 1)
        CriterionOutcome pct = eval(Condition.rankWithinPercent("10", QuotaRounding.UP), A);
        assertThat(pct.truth()).isEqualTo(Truth.FAILED);
        assertThat(pct.facts()).extracting(FactUsed::name).containsExactly("rank", "entrants", "rank-limit");
        assertThat(eval(Condition.rankWithin(2), A).truth()).isEqualTo(Truth.PASSED);
        assertThat(eval(new Condition.RankShared(), BLANK).truth()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void renderedTreeShowsMarksAndFacts() {
        Condition c =
                Condition.allOf(Condition.quantity("total", Comparison.AT_LEAST, "90"), Condition.fact("x", true));
        String zh = eval(c, A).render(Locale.CHINESE, "");
        assertThat(zh).isEqualTo("✗ 同时满足以下全部条件\n  ✗ 总分 ≥ 90  [总分 = 88.25]\n  ? x：是  [x = 未知]\n");
        String en = eval(c, A).render(Locale.ENGLISH, "");
        assertThat(en)
                .isEqualTo(
                        "✗ all of the following\n  ✗ total points ≥ 90  [total points = 88.25]\n  ? x: yes  [x = unknown]\n");
    }

    @Test
    void codedFactValuesRenderWithTheirLabels() {
        CriterionOutcome scope = eval(Condition.scope(io.github.laborcontest.model.Scope.DISTRICT), A);
        assertThat(scope.render(Locale.CHINESE, "")).isEqualTo("✗ 竞赛范围为区（市）  [竞赛范围 = 全市]\n");
        assertThat(scope.render(Locale.ENGLISH, ""))
                .isEqualTo("✗ competition is district  [competition scope = city-wide]\n");
        assertThat(eval(Condition.participantKind(ParticipantKind.TEAM), A).render(Locale.CHINESE, ""))
                .isEqualTo("✗ 参赛类型为班组  [参赛类型 = 职工]\n");
    }
}
