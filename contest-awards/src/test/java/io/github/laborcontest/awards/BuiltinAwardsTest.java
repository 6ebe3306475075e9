// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static io.github.laborcontest.awards.TestdataAwards.AUTHORITY;
import static io.github.laborcontest.awards.TestdataAwards.CITY_UNION;
import static io.github.laborcontest.awards.TestdataAwards.competition;
import static io.github.laborcontest.awards.TestdataAwards.jointCityWide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped awards with their typical numbers, and that the numbers are data. */
class BuiltinAwardsTest {

    private final AwardRegistry registry = AwardRegistry.builtin();
    private final AwardEngine engine = AwardEngine.create(registry);

    private AwardDefinition award(AwardId id) {
        return registry.find(id).orElseThrow();
    }

    private static Candidate clean(String id, ParticipantKind kind, int rank, String total) {
        return TestdataAwards.of(id, kind, rank, false, total)
                .withFact(FactNames.DISCIPLINARY_RECORD, FactValue.of(false))
                .withFact(FactNames.SERIOUS_ACCIDENT, FactValue.of(false));
    }

    private static List<Candidate> individuals(int n) {
        // ranks 1..n, totals 100, 99, 98, …
        List<Candidate> cs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            cs.add(clean(String.format("W%02d", i), ParticipantKind.INDIVIDUAL, i, Integer.toString(101 - i)));
        }
        return cs;
    }

    private static List<String> selected(AwardResult r) {
        return r.selected().stream().map(d -> d.participant().value()).toList();
    }

    @Test
    void everyBuiltinIsRegisteredAndDescribed() {
        assertThat(registry.awards()).extracting(AwardDefinition::id).containsExactlyElementsOf(BuiltinAwards.ids());
        assertThat(registry.awards())
                .allSatisfy(a -> assertThat(a.description()).isPresent());
        assertThat(registry.providerOf(BuiltinAwards.MAY_DAY_MEDAL)).contains("contest.builtin-awards");
    }

    @Test
    void technicalExpertTopThreeUpToThirtyEntrants() {
        // 30 entrants: not more than 30, so the top 3 only (10% would also be 3)
        AwardResult r =
                engine.decide(award(BuiltinAwards.TECHNICAL_EXPERT), AwardInput.of(jointCityWide(), individuals(30)));
        assertThat(selected(r)).containsExactly("W01", "W02", "W03");
    }

    @Test
    void technicalExpertTopTenPercentAboveThirtyEntrants() {
        // 45 entrants > 30: 10% of 45 = 4.5, rounded down = 4 places
        AwardResult r =
                engine.decide(award(BuiltinAwards.TECHNICAL_EXPERT), AwardInput.of(jointCityWide(), individuals(45)));
        assertThat(selected(r)).containsExactly("W01", "W02", "W03", "W04");
        AwardDecision fifth = r.decisionFor(ParticipantId.of("W05")).orElseThrow();
        assertThat(fifth.selection()).isEqualTo(Selection.NOT_ELIGIBLE);
    }

    @Test
    void technicalExpertNeedsSixtyPointsFifteenEntrantsAndNoRecord() {
        List<Candidate> cs = individuals(20);
        cs.set(0, cs.get(0).withTotal(io.github.laborcontest.model.Points.of("59.99")));
        cs.set(1, cs.get(1).withFact(FactNames.DISCIPLINARY_RECORD, FactValue.of(true)));
        AwardResult r = engine.decide(award(BuiltinAwards.TECHNICAL_EXPERT), AwardInput.of(jointCityWide(), cs));
        assertThat(selected(r)).containsExactly("W03");
        AwardDecision second = r.decisionFor(ParticipantId.of("W02")).orElseThrow();
        CriterionOutcome record = second.eligibility().criteria().stream()
                .filter(c -> c.text().en().contains("disciplinary"))
                .findFirst()
                .orElseThrow();
        assertThat(record.truth()).isEqualTo(Truth.FAILED);
        assertThat(record.children().get(0).facts())
                .containsExactly(FactUsed.known(FactNames.DISCIPLINARY_RECORD, FactValue.of(true)));
        // 14 entrants: too few, whatever the rank
        AwardResult few =
                engine.decide(award(BuiltinAwards.TECHNICAL_EXPERT), AwardInput.of(jointCityWide(), individuals(14)));
        assertThat(few.selected()).isEmpty();
        assertThat(few.decisions()
                        .get(0)
                        .eligibility()
                        .criteria()
                        .get(1)
                        .children()
                        .get(0)
                        .facts())
                .containsExactly(FactUsed.known(FactNames.ENTRANTS, FactValue.of(14)));
    }

    @Test
    void technicalExpertNeedsACityWideSkillContest() {
        Competition district = competition(Scope.DISTRICT, CompetitionKind.SKILL, AUTHORITY, CITY_UNION);
        assertThat(engine.decide(award(BuiltinAwards.TECHNICAL_EXPERT), AwardInput.of(district, individuals(20)))
                        .selected())
                .isEmpty();
        Competition safety = competition(Scope.CITY_WIDE, CompetitionKind.SAFETY, AUTHORITY, CITY_UNION);
        assertThat(engine.decide(award(BuiltinAwards.TECHNICAL_EXPERT), AwardInput.of(safety, individuals(20)))
                        .selected())
                .isEmpty();
    }

    @Test
    void excellentIndividualsTwentyPercentAboveNinety() {
        // 20 entrants × 20% = 4 places; totals 100, 99, 98, 97 all ≥ 90
        AwardResult r = engine.decide(
                award(BuiltinAwards.EXCELLENT_INDIVIDUAL), AwardInput.of(jointCityWide(), individuals(20)));
        assertThat(r.places()).contains(4);
        assertThat(selected(r)).containsExactly("W01", "W02", "W03", "W04");
        // a vetoed first: the place passes to the fifth (total 96 ≥ 90)
        List<Candidate> cs = individuals(20);
        cs.set(
                0,
                cs.get(0)
                        .withVetoes(List.of(VetoRecord.of(
                                "wage-arrears",
                                LocalizedText.of("拖欠农民工工资引发集体上访", "wage arrears led to a collective petition")))));
        AwardResult vetoed =
                engine.decide(award(BuiltinAwards.EXCELLENT_INDIVIDUAL), AwardInput.of(jointCityWide(), cs));
        assertThat(selected(vetoed)).containsExactly("W02", "W03", "W04", "W05");
        CriterionOutcome veto =
                vetoed.decisions().get(0).eligibility().criteria().get(1);
        assertThat(veto.truth()).isEqualTo(Truth.FAILED);
        assertThat(veto.children().get(0).facts())
                .extracting(FactUsed::name)
                .containsExactly("veto-count", "veto.wage-arrears");
    }

    @Test
    void excellentUnitsAndWinningTeamsByKind() {
        List<Candidate> cs = List.of(
                clean("U1", ParticipantKind.UNIT, 1, "95"),
                clean("T1", ParticipantKind.TEAM, 2, "94"),
                clean("U2", ParticipantKind.UNIT, 3, "89.99"),
                clean("T2", ParticipantKind.TEAM, 4, "91"),
                clean("U3", ParticipantKind.UNIT, 5, "80"));
        AwardInput in = new AwardInput(jointCityWide(), cs, Optional.of(10));
        // 10 entrants × 20% = 2 places
        assertThat(selected(engine.decide(award(BuiltinAwards.EXCELLENT_UNIT), in)))
                .containsExactly("U1");
        assertThat(selected(engine.decide(award(BuiltinAwards.WINNING_TEAM), in)))
                .containsExactly("T1", "T2");
    }

    @Test
    void ankangCupTitlesOnlyInSafetyContestsWithBoundaryTiesFlagged() {
        Competition safety = competition(Scope.CITY_WIDE, CompetitionKind.SAFETY, AUTHORITY, CITY_UNION);
        // 10 entrants × 20% = 2 places; U2 and U3 share 2nd → 2 tied for 1 place → flagged
        List<Candidate> cs = List.of(
                clean("U1", ParticipantKind.UNIT, 1, "96"),
                TestdataAwards.of("U2", ParticipantKind.UNIT, 2, true, "93")
                        .withFact(FactNames.SERIOUS_ACCIDENT, FactValue.of(false)),
                TestdataAwards.of("U3", ParticipantKind.UNIT, 2, true, "93")
                        .withFact(FactNames.SERIOUS_ACCIDENT, FactValue.of(false)),
                clean("U4", ParticipantKind.UNIT, 4, "91"));
        AwardResult r =
                engine.decide(award(BuiltinAwards.ANKANG_WINNING_UNIT), new AwardInput(safety, cs, Optional.of(10)));
        assertThat(selected(r)).containsExactly("U1");
        assertThat(r.withSelection(Selection.FLAGGED))
                .extracting(d -> d.participant().value())
                .containsExactly("U2", "U3");
        assertThat(engine.decide(
                                award(BuiltinAwards.ANKANG_WINNING_UNIT),
                                new AwardInput(jointCityWide(), cs, Optional.of(10)))
                        .selected())
                .isEmpty();
    }

    @Test
    void ankangOrganisingUnitNeedsTheOrganisingBodyFact() {
        Competition safety = competition(Scope.CITY_WIDE, CompetitionKind.SAFETY, AUTHORITY, CITY_UNION);
        Candidate body =
                clean("O1", ParticipantKind.UNIT, 1, "92").withFact(FactNames.ORGANISING_BODY, FactValue.of(true));
        Candidate unknown = clean("O2", ParticipantKind.UNIT, 2, "91");
        AwardResult r = engine.decide(
                award(BuiltinAwards.ANKANG_ORGANISING_UNIT),
                new AwardInput(safety, List.of(body, unknown), Optional.of(10)));
        assertThat(selected(r)).containsExactly("O1");
        assertThat(r.decisionFor(ParticipantId.of("O2"))
                        .orElseThrow()
                        .eligibility()
                        .missingFacts())
                .containsExactly(FactNames.ORGANISING_BODY);
    }

    @Test
    void workersPioneerNeedsUnionRecommendationAndTopPlaceOrTeamEvent() {
        Candidate first =
                clean("T1", ParticipantKind.TEAM, 1, "95").withFact(FactNames.UNION_RECOMMENDATION, FactValue.of(true));
        Candidate fifthButWonTeamEvent = clean("T5", ParticipantKind.TEAM, 5, "85")
                .withFact(FactNames.UNION_RECOMMENDATION, FactValue.of(true))
                .withFact(FactNames.WON_TEAM_EVENT, FactValue.of(true));
        Candidate notRecommended = clean("T2", ParticipantKind.TEAM, 2, "94")
                .withFact(FactNames.UNION_RECOMMENDATION, FactValue.of(false));
        Candidate unknownRecommendation = clean("T3", ParticipantKind.TEAM, 3, "93");
        AwardResult r = engine.decide(
                award(BuiltinAwards.WORKERS_PIONEER),
                AwardInput.of(
                        jointCityWide(), List.of(first, fifthButWonTeamEvent, notRecommended, unknownRecommendation)));
        assertThat(selected(r)).containsExactly("T1", "T5");
        assertThat(r.decisionFor(ParticipantId.of("T2")).orElseThrow().selection())
                .isEqualTo(Selection.NOT_ELIGIBLE);
        assertThat(r.decisionFor(ParticipantId.of("T3"))
                        .orElseThrow()
                        .eligibility()
                        .missingFacts())
                .containsExactly(FactNames.UNION_RECOMMENDATION);
        assertThat(r.nature()).isEqualTo(AwardNature.RECOMMENDATION);
    }

    @Test
    void numbersAreData() {
        // the organiser changes the minimum and the quota without code
        AwardDefinition changed = award(BuiltinAwards.EXCELLENT_INDIVIDUAL)
                .withEligibility(Condition.allOf(
                        Condition.participantKind(ParticipantKind.INDIVIDUAL),
                        Condition.quantity(FactNames.TOTAL, Comparison.AT_LEAST, "99")))
                .withQuota(Quota.ofCount(5, BoundaryTies.ALL_IN));
        AwardResult r = engine.decide(changed, AwardInput.of(jointCityWide(), individuals(20)));
        // totals 100 and 99 reach 99
        assertThat(selected(r)).containsExactly("W01", "W02");
        assertThat(r.places()).contains(5);
    }

    @Test
    void commonExclusionsNameTheFactTheyUse() {
        assertThat(Exclusion.seriousAccident().when()).isEqualTo(Condition.fact(FactNames.SERIOUS_ACCIDENT, true));
        assertThat(Exclusion.disciplinaryRecord().when())
                .isEqualTo(Condition.fact(FactNames.DISCIPLINARY_RECORD, true));
        assertThat(Exclusion.vetoInPeriod().when()).isEqualTo(new Condition.Vetoed());
        assertThat(Exclusion.tooFewEntrants(15).when())
                .isEqualTo(Condition.quantity(FactNames.ENTRANTS, Comparison.LESS_THAN, "15"));
        // below the competition's declared minimum
        Competition c = new Competition.Builder()
                .from(jointCityWide())
                .minimumEntrants(25)
                .build();
        AwardDefinition a = award(BuiltinAwards.EXCELLENT_INDIVIDUAL)
                .withExclusions(List.of(Exclusion.of(
                        "below-minimum",
                        LocalizedText.of("参赛数低于竞赛规定", "below the contest's minimum"),
                        new Condition.BelowMinimumEntrants(Optional.empty()))));
        AwardResult r = engine.decide(a, AwardInput.of(c, individuals(20)));
        assertThat(r.selected()).isEmpty();
        assertThat(r.decisions()
                        .get(0)
                        .eligibility()
                        .criteria()
                        .get(1)
                        .children()
                        .get(0)
                        .facts())
                .containsExactly(
                        FactUsed.known("entrants", FactValue.of(20)),
                        FactUsed.known("minimum-entrants", FactValue.of(25)));
        // no minimum declared and no fallback: the exclusion does not apply
        assertThat(engine.decide(a, AwardInput.of(jointCityWide(), individuals(20)))
                        .selected())
                .hasSize(4);
    }
}
