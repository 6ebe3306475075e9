// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static io.github.laborcontest.awards.TestdataAwards.jointCityWide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.SortOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quotas after eligibility, in rank order: counts, percentages with rounding, boundary ties, backfill. */
class QuotaTest {

    private final AwardEngine engine = AwardEngine.create(AwardRegistry.builtin());

    /** Individuals with total ≥ 60 and no disciplinary record, with the given quota. */
    static AwardDefinition award(Quota quota) {
        return new AwardDefinition.Builder()
                .id(AwardId.of("test-award"))
                .name(LocalizedText.of("测试奖", "test award"))
                .nature(AwardNature.AWARD)
                .eligibility(Condition.allOf(
                        Condition.participantKind(ParticipantKind.INDIVIDUAL),
                        Condition.quantity(FactNames.TOTAL, Comparison.AT_LEAST, "60")))
                .addExclusion(Exclusion.disciplinaryRecord())
                .quota(quota)
                .build();
    }

    static Candidate clean(String id, int rank, boolean shared, String total) {
        return TestdataAwards.person(id, rank, shared, total)
                .withFact(FactNames.DISCIPLINARY_RECORD, FactValue.of(false));
    }

    private AwardResult decide(AwardDefinition a, List<Candidate> cs) {
        return engine.decide(a, AwardInput.of(jointCityWide(), cs));
    }

    private static Map<String, Selection> selections(AwardResult r) {
        Map<String, Selection> m = new java.util.TreeMap<>();
        r.decisions().forEach(d -> m.put(d.participant().value(), d.selection()));
        return m;
    }

    private static List<Candidate> ranked(int n) {
        // ranks 1..n, totals 100, 99, ... (all ≥ 60 for n ≤ 41)
        List<Candidate> cs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            cs.add(clean(String.format("P%02d", i), i, false, Integer.toString(101 - i)));
        }
        return cs;
    }

    @Test
    void percentageOfEntrantsIsRoundedAsDeclared() {
        // 12 entrants × 20% = 2.4 → down 2, up 3, half-up 2
        assertThat(decide(award(Quota.ofPercent("20", QuotaRounding.DOWN, BoundaryTies.FLAG)), ranked(12))
                        .places())
                .contains(2);
        assertThat(decide(award(Quota.ofPercent("20", QuotaRounding.UP, BoundaryTies.FLAG)), ranked(12))
                        .places())
                .contains(3);
        assertThat(decide(award(Quota.ofPercent("20", QuotaRounding.HALF_UP, BoundaryTies.FLAG)), ranked(12))
                        .places())
                .contains(2);
        // 13 × 20% = 2.6 → down 2, half-up 3
        assertThat(decide(award(Quota.ofPercent("20", QuotaRounding.DOWN, BoundaryTies.FLAG)), ranked(13))
                        .places())
                .contains(2);
        assertThat(decide(award(Quota.ofPercent("20", QuotaRounding.HALF_UP, BoundaryTies.FLAG)), ranked(13))
                        .places())
                .contains(3);
        // 12.5% of 12 = 1.5 → half-up 2
        assertThat(decide(award(Quota.ofPercent("12.5", QuotaRounding.HALF_UP, BoundaryTies.FLAG)), ranked(12))
                        .places())
                .contains(2);
    }

    @Test
    void placesGoInRankOrderWhateverTheInputOrder() {
        List<Candidate> cs = new ArrayList<>(ranked(5));
        java.util.Collections.reverse(cs);
        AwardResult r = decide(award(Quota.ofCount(2, BoundaryTies.FLAG)), cs);
        assertThat(r.selected()).extracting(d -> d.participant().value()).containsExactly("P01", "P02");
        assertThat(selections(r))
                .containsEntry("P03", Selection.OUTSIDE_QUOTA)
                .containsEntry("P05", Selection.OUTSIDE_QUOTA);
        assertThat(r.decisions())
                .extracting(d -> d.participant().value())
                .containsExactly("P01", "P02", "P03", "P04", "P05");
    }

    private static List<Candidate> tieAtTwo() {
        // quota 2: A is 1st, B and C share 2nd, D is 4th
        return List.of(
                clean("A", 1, false, "95").withFact("practical", FactValue.of(new BigDecimal("80.5"))),
                clean("B", 2, true, "90").withFact("practical", FactValue.of(new BigDecimal("78"))),
                clean("C", 2, true, "90").withFact("practical", FactValue.of(new BigDecimal("82.25"))),
                clean("D", 4, false, "85").withFact("practical", FactValue.of(new BigDecimal("90"))));
    }

    @Test
    void boundaryTieAllIn() {
        AwardResult r = decide(award(Quota.ofCount(2, BoundaryTies.ALL_IN)), tieAtTwo());
        assertThat(r.selected()).extracting(d -> d.participant().value()).containsExactly("A", "B", "C");
        assertThat(r.decisionFor(ParticipantId.of("B"))
                        .orElseThrow()
                        .notes()
                        .get(0)
                        .en())
                .contains("2 tied for the last 1 places", "exceeded by 1");
        assertThat(selections(r)).containsEntry("D", Selection.OUTSIDE_QUOTA);
    }

    @Test
    void boundaryTieAllOut() {
        AwardResult r = decide(award(Quota.ofCount(2, BoundaryTies.ALL_OUT)), tieAtTwo());
        assertThat(r.selected()).extracting(d -> d.participant().value()).containsExactly("A");
        assertThat(selections(r))
                .containsEntry("B", Selection.OUTSIDE_QUOTA)
                .containsEntry("C", Selection.OUTSIDE_QUOTA)
                .containsEntry("D", Selection.OUTSIDE_QUOTA);
    }

    @Test
    void boundaryTieFlagged() {
        AwardResult r = decide(award(Quota.ofCount(2, BoundaryTies.FLAG)), tieAtTwo());
        assertThat(r.selected()).extracting(d -> d.participant().value()).containsExactly("A");
        assertThat(selections(r))
                .containsEntry("B", Selection.FLAGGED)
                .containsEntry("C", Selection.FLAGGED)
                .containsEntry("D", Selection.OUTSIDE_QUOTA);
    }

    @Test
    void boundaryTieBrokenByTheDeclaredChain() {
        // practical: C 82.25 > B 78, so C takes the last place
        Quota q = Quota.ofCount(2, BoundaryTies.FLAG)
                .withTieBreakers(List.of(TieBreak.of("practical", SortOrder.HIGHER_FIRST)));
        AwardResult r = decide(award(q), tieAtTwo());
        assertThat(r.selected()).extracting(d -> d.participant().value()).containsExactly("A", "C");
        assertThat(selections(r)).containsEntry("B", Selection.OUTSIDE_QUOTA);
        // lower-first reverses it
        Quota lower = Quota.ofCount(2, BoundaryTies.FLAG)
                .withTieBreakers(List.of(TieBreak.of("practical", SortOrder.LOWER_FIRST)));
        assertThat(decide(award(lower), tieAtTwo()).selected())
                .extracting(d -> d.participant().value())
                .containsExactly("A", "B");
    }

    @Test
    void tieTheChainCannotBreakIsFlagged() {
        Quota q = Quota.ofCount(2, BoundaryTies.FLAG)
                .withTieBreakers(List.of(TieBreak.of("practical", SortOrder.HIGHER_FIRST)));
        List<Candidate> cs = List.of(
                clean("A", 1, false, "95"),
                clean("B", 2, true, "90").withFact("practical", FactValue.of(80)),
                clean("C", 2, true, "90").withFact("practical", FactValue.of(new BigDecimal("80.00"))));
        AwardResult r = decide(award(q), cs);
        assertThat(selections(r)).containsEntry("B", Selection.FLAGGED).containsEntry("C", Selection.FLAGGED);
        // an unknown tie-breaker fact cannot order them either
        List<Candidate> unknown = List.of(
                clean("A", 1, false, "95"),
                clean("B", 2, true, "90"),
                clean("C", 2, true, "90").withFact("practical", FactValue.of(81)));
        assertThat(selections(decide(award(q), unknown)))
                .containsEntry("B", Selection.FLAGGED)
                .containsEntry("C", Selection.FLAGGED);
    }

    @Test
    void unknownTieBreakFactFlagsOnlyThoseItCouldDisplace() {
        // 3 share 1st, 2 places, chain = practical higher-first: X 71, Y 70, Z unknown.
        // X: at most Z could be ahead (1 < 2) → in. Y: X and maybe Z ahead (2) → not surely in; only X
        // surely ahead (1 < 2) → flagged. Z: cannot be compared → flagged.
        Quota q = Quota.ofCount(2, BoundaryTies.FLAG)
                .withTieBreakers(List.of(TieBreak.of("practical", SortOrder.HIGHER_FIRST)));
        List<Candidate> cs = List.of(
                clean("X", 1, true, "100").withFact("practical", FactValue.of(71)),
                clean("Y", 1, true, "100").withFact("practical", FactValue.of(70)),
                clean("Z", 1, true, "100"));
        AwardResult r = decide(award(q), cs);
        assertThat(selections(r))
                .containsEntry("X", Selection.SELECTED)
                .containsEntry("Y", Selection.FLAGGED)
                .containsEntry("Z", Selection.FLAGGED);
        // found by AwardPropertiesTest: without backfill, excluding Z must not change X's place
        // (before this rule the unknown fact of Z flagged all three, and excluding Z then selected X)
        AwardResult noBackfill = decide(award(q.withBackfill(false)), cs);
        assertThat(selections(noBackfill)).containsEntry("X", Selection.SELECTED);
        List<Candidate> zExcluded =
                List.of(cs.get(0), cs.get(1), cs.get(2).withFact(FactNames.DISCIPLINARY_RECORD, FactValue.of(true)));
        // Z is an occupant of one place: 1 place left for X and Y, X is ahead
        assertThat(selections(decide(award(q.withBackfill(false)), zExcluded)))
                .containsEntry("X", Selection.SELECTED)
                .containsEntry("Y", Selection.OUTSIDE_QUOTA)
                .containsEntry("Z", Selection.NOT_ELIGIBLE);
    }

    @Test
    void ineligiblePlacesAreBackfilledUnlessDeclaredOtherwise() {
        // A (1st) has a disciplinary record; quota 2
        List<Candidate> cs = new ArrayList<>(ranked(4));
        cs.set(0, cs.get(0).withFact(FactNames.DISCIPLINARY_RECORD, FactValue.of(true)));
        AwardResult backfilled = decide(award(Quota.ofCount(2, BoundaryTies.FLAG)), cs);
        assertThat(backfilled.selected())
                .extracting(d -> d.participant().value())
                .containsExactly("P02", "P03");
        AwardResult kept = decide(award(Quota.ofCount(2, BoundaryTies.FLAG).withBackfill(false)), cs);
        assertThat(kept.selected()).extracting(d -> d.participant().value()).containsExactly("P02");
        assertThat(selections(kept))
                .containsEntry("P01", Selection.NOT_ELIGIBLE)
                .containsEntry("P03", Selection.OUTSIDE_QUOTA);
    }

    @Test
    void undeterminedCandidateHoldsItsPlace() {
        // P01's disciplinary record is unknown: its place is held, P03 does not move up
        List<Candidate> cs = new ArrayList<>(ranked(4));
        cs.set(0, TestdataAwards.person("P01", 1, false, "100"));
        AwardResult r = decide(award(Quota.ofCount(2, BoundaryTies.FLAG)), cs);
        AwardDecision p1 = r.decisionFor(ParticipantId.of("P01")).orElseThrow();
        assertThat(p1.selection()).isEqualTo(Selection.UNDETERMINED);
        assertThat(p1.eligibility().missingFacts()).containsExactly(FactNames.DISCIPLINARY_RECORD);
        assertThat(p1.notes().get(0).en()).contains("place is held");
        assertThat(r.selected()).extracting(d -> d.participant().value()).containsExactly("P02");
        assertThat(selections(r)).containsEntry("P03", Selection.OUTSIDE_QUOTA);
    }

    @Test
    void percentOfEligibleCountsOnlyEligibleCandidates() {
        // 10 entrants, 5 eligible (totals ≥ 60): 40% of eligible = 2; 40% of entrants would be 4
        List<Candidate> cs = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            cs.add(clean("P" + (i < 10 ? "0" : "") + i, i, false, i <= 5 ? "80" : "50"));
        }
        Quota ofEligible = new Quota(
                java.util.Optional.empty(),
                java.util.Optional.of(new BigDecimal("40")),
                QuotaBase.ELIGIBLE,
                QuotaRounding.DOWN,
                BoundaryTies.FLAG,
                List.of(),
                java.util.Optional.empty());
        assertThat(decide(award(ofEligible), cs).places()).contains(2);
        assertThat(decide(award(Quota.ofPercent("40", QuotaRounding.DOWN, BoundaryTies.FLAG)), cs)
                        .places())
                .contains(4);
    }

    @Test
    void quotaRefusesNonsense() {
        assertThatThrownBy(() -> Quota.ofPercent("0", QuotaRounding.DOWN, BoundaryTies.FLAG))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quota.ofPercent("100.5", QuotaRounding.DOWN, BoundaryTies.FLAG))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quota.ofCount(-1, BoundaryTies.FLAG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quota.ofCount(2, BoundaryTies.TIE_BREAKER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
