// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static io.github.laborcontest.awards.TestdataAwards.AUTHORITY;
import static io.github.laborcontest.awards.TestdataAwards.CITY_UNION;
import static io.github.laborcontest.awards.TestdataAwards.DISTRICT_UNION;
import static io.github.laborcontest.awards.TestdataAwards.competition;
import static io.github.laborcontest.awards.TestdataAwards.jointCityWide;
import static io.github.laborcontest.awards.TestdataAwards.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.Organiser;
import io.github.laborcontest.model.OrganiserRole;
import io.github.laborcontest.model.OrganiserType;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.Scope;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The May Day Labour Medal recommendation, case by case, as the founding notice states it. */
class MayDayMedalTest {

    private final AwardRegistry registry = AwardRegistry.builtin();
    private final AwardEngine engine = AwardEngine.create(registry);
    private final AwardDefinition medal =
            registry.find(BuiltinAwards.MAY_DAY_MEDAL).orElseThrow();

    private AwardResult decide(Competition c, Candidate... candidates) {
        return engine.decide(medal, AwardInput.of(c, List.of(candidates)));
    }

    private static AwardDecision of(AwardResult r, String id) {
        return r.decisionFor(ParticipantId.of(id)).orElseThrow();
    }

    @Test
    void isARecommendationNotAnAward() {
        assertThat(medal.nature()).isEqualTo(AwardNature.RECOMMENDATION);
        assertThat(medal.quota()).isEmpty();
    }

    @Test
    void jointCityWideIndividualFirstIsRecommended() {
        AwardResult r = decide(jointCityWide(), person("A", 1, false, "98.50"), person("B", 2, false, "97.00"));
        assertThat(of(r, "A").selection()).isEqualTo(Selection.SELECTED);
        assertThat(of(r, "A").eligibility().status()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(r.nature()).isEqualTo(AwardNature.RECOMMENDATION);
        assertThat(r.selected()).extracting(AwardDecision::participant).containsExactly(ParticipantId.of("A"));
    }

    @Test
    void secondPlaceIsNotRecommendedAndTheRankConditionSaysWhy() {
        AwardResult r = decide(jointCityWide(), person("A", 1, false, "98.50"), person("B", 2, false, "97.00"));
        AwardDecision b = of(r, "B");
        assertThat(b.selection()).isEqualTo(Selection.NOT_ELIGIBLE);
        CriterionOutcome tree = b.eligibility().criteria().get(0);
        CriterionOutcome rank = tree.children().get(3);
        assertThat(rank.kind()).isEqualTo("quantity");
        assertThat(rank.truth()).isEqualTo(Truth.FAILED);
        assertThat(rank.text().zh()).isEqualTo("名次 = 1");
        assertThat(rank.facts()).containsExactly(FactUsed.known("rank", FactValue.of(2)));
        // the other three conditions passed
        assertThat(tree.children().subList(0, 3))
                .extracting(CriterionOutcome::truth)
                .containsOnly(Truth.PASSED);
    }

    @Test
    void singleOrganiserIsNotEnoughEvenWhenCityWide() {
        Competition authorityOnly = competition(Scope.CITY_WIDE, CompetitionKind.SKILL, AUTHORITY);
        Competition unionOnly = competition(
                Scope.CITY_WIDE,
                CompetitionKind.SKILL,
                Organiser.of("青岛市总工会", OrganiserType.CITY_TRADE_UNION, OrganiserRole.LEAD));
        for (Competition c : List.of(authorityOnly, unionOnly)) {
            AwardDecision a = of(decide(c, person("A", 1, false, "99")), "A");
            assertThat(a.selection()).isEqualTo(Selection.NOT_ELIGIBLE);
            CriterionOutcome organisers =
                    a.eligibility().criteria().get(0).children().get(1);
            assertThat(organisers.kind()).isEqualTo("organisers");
            assertThat(organisers.truth()).isEqualTo(Truth.FAILED);
            assertThat(organisers.children())
                    .extracting(CriterionOutcome::truth)
                    .contains(Truth.PASSED, Truth.FAILED);
        }
    }

    @Test
    void unionAsEvaluatorOnlyDoesNotOrganise() {
        Competition c = competition(
                Scope.CITY_WIDE,
                CompetitionKind.SKILL,
                AUTHORITY,
                Organiser.of("青岛市总工会", OrganiserType.CITY_TRADE_UNION, OrganiserRole.EVALUATOR));
        assertThat(of(decide(c, person("A", 1, false, "99")), "A").selection()).isEqualTo(Selection.NOT_ELIGIBLE);
    }

    @Test
    void districtUnionInsteadOfCityUnionIsNotEnough() {
        Competition c = competition(Scope.CITY_WIDE, CompetitionKind.SKILL, AUTHORITY, DISTRICT_UNION);
        assertThat(of(decide(c, person("A", 1, false, "99")), "A").selection()).isEqualTo(Selection.NOT_ELIGIBLE);
    }

    @Test
    void districtContestIsNotCityWide() {
        Competition c = competition(Scope.DISTRICT, CompetitionKind.SKILL, AUTHORITY, CITY_UNION);
        AwardDecision a = of(decide(c, person("A", 1, false, "99")), "A");
        assertThat(a.selection()).isEqualTo(Selection.NOT_ELIGIBLE);
        CriterionOutcome scope = a.eligibility().criteria().get(0).children().get(0);
        assertThat(scope.truth()).isEqualTo(Truth.FAILED);
        assertThat(scope.facts()).containsExactly(FactUsed.known("competition.scope", FactValue.of("district")));
        assertThat(scope.text().en()).isEqualTo("competition is city-wide");
    }

    @Test
    void teamFirstIsNotAnIndividual() {
        Candidate team = TestdataAwards.of("T1", ParticipantKind.TEAM, 1, false, "99");
        AwardDecision t = of(decide(jointCityWide(), team), "T1");
        assertThat(t.selection()).isEqualTo(Selection.NOT_ELIGIBLE);
        assertThat(t.eligibility().criteria().get(0).children().get(2).truth()).isEqualTo(Truth.FAILED);
    }

    @Test
    void tieForFirstIsFlaggedForAHumanNotResolvedSilently() {
        AwardResult r = decide(
                jointCityWide(), person("A", 1, true, "98"), person("B", 1, true, "98"), person("C", 3, false, "90"));
        assertThat(of(r, "A").selection()).isEqualTo(Selection.FLAGGED);
        assertThat(of(r, "B").selection()).isEqualTo(Selection.FLAGGED);
        assertThat(of(r, "A").eligibility().status()).isEqualTo(Eligibility.FLAGGED);
        assertThat(of(r, "A").eligibility().flagReason().orElseThrow().zh()).contains("并列第一");
        assertThat(r.selected()).isEmpty();
        assertThat(of(r, "C").selection()).isEqualTo(Selection.NOT_ELIGIBLE);
    }

    @Test
    void unknownRankIsUndeterminedWithTheMissingFactNamed() {
        Candidate noRank = new Candidate.Builder()
                .participant(ParticipantId.of("A"))
                .name("张三")
                .kind(ParticipantKind.INDIVIDUAL)
                .total(Points.of(99))
                .build();
        AwardDecision a = of(decide(jointCityWide(), noRank), "A");
        assertThat(a.selection()).isEqualTo(Selection.UNDETERMINED);
        assertThat(a.eligibility().status()).isEqualTo(Eligibility.UNDETERMINED);
        assertThat(a.eligibility().missingFacts()).containsExactly("rank");
    }

    @Test
    void aKnownFailureWinsOverAnUnknownFact() {
        // a team with unknown rank: the kind condition fails, so the unknown rank does not matter
        Candidate team = new Candidate.Builder()
                .participant(ParticipantId.of("T"))
                .name("班组")
                .kind(ParticipantKind.TEAM)
                .build();
        AwardDecision t = of(decide(jointCityWide(), team), "T");
        assertThat(t.eligibility().status()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(t.eligibility().missingFacts()).isEmpty();
    }

    @Test
    void reportRendersBothLanguages() {
        AwardResult r = decide(jointCityWide(), person("A", 1, false, "98.50"));
        AwardsReport report =
                new AwardsReport(jointCityWide().id(), jointCityWide().plan().name(), 1, List.of(r));
        assertThat(report.render(Locale.CHINESE)).contains("青岛市五一劳动奖章推荐", "规则：依据", "✓ 名次 = 1", "入选");
        assertThat(report.render(Locale.ENGLISH))
                .contains(
                        "Qingdao May Day Labour Medal recommendation",
                        "✓ rank = 1",
                        "selected",
                        "Outcome: selected 1\n");
        assertThat(report.render(Locale.CHINESE)).contains("结果：入选 1\n");
    }
}
