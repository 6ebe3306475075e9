// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.SortOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of eligibility and quotas over generated awards and candidates. */
class AwardPropertiesTest {

    private final AwardEngine engine = AwardEngine.create(AwardRegistry.builtin());

    // ---- generators ----

    /** A candidate before ranking: kind, total (two decimals), facts known or not. */
    record Raw(
            ParticipantKind kind,
            int cents,
            Optional<Boolean> record,
            Optional<Boolean> vetoed,
            Optional<Integer> practical) {}

    @Provide
    Arbitrary<List<Candidate>> candidates() {
        Arbitrary<Raw> raw = Combinators.combine(
                        Arbitraries.of(ParticipantKind.INDIVIDUAL, ParticipantKind.TEAM),
                        Arbitraries.integers().between(150, 200).map(x -> x * 50),
                        Arbitraries.of(true, false).optional(0.8),
                        Arbitraries.of(true, false).optional(0.8),
                        Arbitraries.integers().between(70, 74).optional(0.9))
                .as(Raw::new);
        return raw.list().ofMaxSize(25).map(AwardPropertiesTest::rank);
    }

    /** Standard competition ranking by total (1, 2, 2, 4); equal totals share a rank. */
    static List<Candidate> rank(List<Raw> raws) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(raws.get(b).cents(), raws.get(a).cents()));
        List<Candidate> out = new ArrayList<>();
        for (int pos = 0; pos < order.size(); pos++) {
            Raw r = raws.get(order.get(pos));
            int rank = 1;
            boolean shared = false;
            for (Raw other : raws) {
                if (other.cents() > r.cents()) {
                    rank++;
                }
                if (other != r && other.cents() == r.cents()) {
                    shared = true;
                }
            }
            Candidate.Builder b = new Candidate.Builder()
                    .participant(ParticipantId.of(String.format("P%03d", order.get(pos))))
                    .name("参赛者" + order.get(pos))
                    .kind(r.kind())
                    .rank(rank)
                    .rankShared(shared)
                    .total(Points.of(BigDecimal.valueOf(r.cents(), 2)));
            r.record().ifPresent(v -> b.putFact(FactNames.DISCIPLINARY_RECORD, FactValue.of(v)));
            r.practical().ifPresent(v -> b.putFact("practical", FactValue.of(v)));
            r.vetoed()
                    .ifPresent(v -> b.vetoes(
                            v
                                    ? List.of(VetoRecord.of(
                                            "fatal-accident", LocalizedText.of("发生死亡事故", "fatal accident")))
                                    : List.of()));
            out.add(b.build());
        }
        return out;
    }

    Arbitrary<Condition> leaf() {
        return Arbitraries.oneOf(
                Arbitraries.integers()
                        .between(75, 100)
                        .map(t -> Condition.quantity(FactNames.TOTAL, Comparison.AT_LEAST, Integer.toString(t))),
                Arbitraries.integers().between(1, 10).map(Condition::rankWithin),
                Arbitraries.integers()
                        .between(5, 60)
                        .map(p -> Condition.rankWithinPercent(Integer.toString(p), QuotaRounding.DOWN)),
                Arbitraries.of(true, false).map(v -> Condition.fact(FactNames.DISCIPLINARY_RECORD, v)),
                Arbitraries.of(ParticipantKind.INDIVIDUAL, ParticipantKind.TEAM).map(Condition::participantKind),
                Arbitraries.just(new Condition.RankShared()),
                Arbitraries.just(new Condition.Vetoed()));
    }

    Arbitrary<Condition> condition(int depth) {
        if (depth == 0) {
            return leaf();
        }
        return Arbitraries.oneOf(
                leaf(),
                condition(depth - 1).list().ofMinSize(1).ofMaxSize(3).map(Condition.AllOf::new),
                condition(depth - 1).list().ofMinSize(1).ofMaxSize(3).map(Condition.AnyOf::new),
                condition(depth - 1).map(Condition::not));
    }

    Arbitrary<Optional<Quota>> quota() {
        Arbitrary<Quota> count = Combinators.combine(
                        Arbitraries.integers().between(0, 8), Arbitraries.of(BoundaryTies.class))
                .filter((c, t) -> t != BoundaryTies.TIE_BREAKER)
                .as(Quota::ofCount);
        Arbitrary<Quota> percent = Combinators.combine(
                        Arbitraries.integers().between(1, 100),
                        Arbitraries.of(QuotaRounding.class),
                        Arbitraries.of(BoundaryTies.class))
                .filter((p, r, t) -> t != BoundaryTies.TIE_BREAKER)
                .as((p, r, t) -> Quota.ofPercent(Integer.toString(p), r, t));
        Arbitrary<Quota> base = Arbitraries.oneOf(count, percent);
        Arbitrary<Quota> withChain = Combinators.combine(base, Arbitraries.of(true, false))
                .as((q, chain) ->
                        chain ? q.withTieBreakers(List.of(TieBreak.of("practical", SortOrder.HIGHER_FIRST))) : q);
        return Combinators.combine(withChain, Arbitraries.of(true, false))
                .as(Quota::withBackfill)
                .optional(0.8);
    }

    Arbitrary<Exclusion> exclusion() {
        return condition(1).map(c -> Exclusion.of("generated", LocalizedText.of("生成的排除情形", "generated exclusion"), c));
    }

    @Provide
    Arbitrary<AwardDefinition> awards() {
        return Combinators.combine(
                        Arbitraries.oneOf(condition(0), condition(2)),
                        exclusion().list().ofMaxSize(2),
                        quota(),
                        condition(0).optional(0.3))
                .as((elig, excl, quota, flag) -> {
                    List<Exclusion> unique = new ArrayList<>();
                    for (int i = 0; i < excl.size(); i++) {
                        unique.add(Exclusion.of(
                                "generated-" + i,
                                excl.get(i).label(),
                                excl.get(i).when()));
                    }
                    AwardDefinition.Builder b = new AwardDefinition.Builder()
                            .id(AwardId.of("generated"))
                            .name(LocalizedText.of("生成的奖项", "generated award"))
                            .nature(AwardNature.AWARD)
                            .eligibility(elig)
                            .exclusions(unique)
                            .quota(quota);
                    flag.ifPresent(f -> b.flagWhen(f).flagReason(LocalizedText.of("人工", "human")));
                    return b.build();
                });
    }

    @Provide
    Arbitrary<Exclusion> exclusions() {
        // mostly simple exclusions that hit some candidates, so that places are freed often
        Arbitrary<Condition> simple = Arbitraries.oneOf(
                Arbitraries.integers()
                        .between(80, 100)
                        .map(t -> Condition.quantity(FactNames.TOTAL, Comparison.LESS_THAN, Integer.toString(t))),
                Arbitraries.integers()
                        .between(70, 74)
                        .map(t -> Condition.quantity("practical", Comparison.LESS_THAN, Integer.toString(t))),
                Arbitraries.just(Condition.participantKind(ParticipantKind.TEAM)));
        return Arbitraries.oneOf(simple, simple, exclusion().map(Exclusion::when))
                .map(c -> Exclusion.of("generated", LocalizedText.of("生成的排除情形", "generated exclusion"), c));
    }

    private AwardResult decide(AwardDefinition a, List<Candidate> cs) {
        return engine.decide(a, AwardInput.of(TestdataAwards.jointCityWide(), cs));
    }

    // ---- properties ----

    @Property
    void noIneligibleCandidateIsEverAwarded(
            @ForAll("awards") AwardDefinition award, @ForAll("candidates") List<Candidate> cs) {
        for (AwardDecision d : decide(award, cs).decisions()) {
            if (d.isSelected()) {
                assertThat(d.eligibility().status()).isEqualTo(Eligibility.ELIGIBLE);
            }
            if (d.eligibility().status() == Eligibility.INELIGIBLE) {
                assertThat(d.selection()).isEqualTo(Selection.NOT_ELIGIBLE);
            }
            if (d.eligibility().status() == Eligibility.UNDETERMINED) {
                assertThat(d.eligibility().missingFacts()).isNotEmpty();
            }
        }
    }

    @Property
    void quotaIsNeverExceededExceptByADeclaredAllInTie(
            @ForAll("awards") AwardDefinition award, @ForAll("candidates") List<Candidate> cs) {
        AwardResult r = decide(award, cs);
        if (award.quota().isEmpty()) {
            return;
        }
        int places = r.places().orElseThrow();
        List<AwardDecision> selected = r.selected();
        // places held for undetermined or flagged candidates count against the quota as well
        long held = r.decisions().stream()
                .filter(d -> d.selection() != Selection.SELECTED
                        && d.notes().stream().anyMatch(n -> n.en().contains("place is held")))
                .count();
        if (award.quota().get().ties() != BoundaryTies.ALL_IN) {
            assertThat(selected.size() + held).isLessThanOrEqualTo(places);
        } else if (selected.size() + held > places) {
            // only the candidates of the one tied boundary group may exceed it, and they say so
            assertThat(r.decisions())
                    .anySatisfy(d -> assertThat(d.notes())
                            .anySatisfy(n -> assertThat(n.en()).contains("all in as declared")));
        }
    }

    @Property
    void resultsDoNotDependOnInputOrder(
            @ForAll("awards") AwardDefinition award, @ForAll("candidates") List<Candidate> cs, @ForAll Random random) {
        List<Candidate> shuffled = new ArrayList<>(cs);
        Collections.shuffle(shuffled, random);
        assertThat(decide(award, shuffled)).isEqualTo(decide(award, cs));
    }

    @Property
    void addingAnExclusionNeverAddsAnAward(
            @ForAll("awards") AwardDefinition award,
            @ForAll("exclusions") Exclusion extra,
            @ForAll("candidates") List<Candidate> cs) {
        AwardDefinition stricter =
                award.withExclusions(append(award.exclusions(), Exclusion.of("extra", extra.label(), extra.when())));
        AwardResult before = decide(award, cs);
        AwardResult after = decide(stricter, cs);
        Set<ParticipantId> was = ids(before.selected());
        Set<ParticipantId> now = ids(after.selected());
        // a candidate the exclusion rules out is never awarded
        for (AwardDecision d : after.decisions()) {
            Truth excluded = d.eligibility().criteria().stream()
                    .filter(c -> c.text().en().contains("generated exclusion")
                            && c.kind().equals("exclusion"))
                    .reduce((a, b) -> b)
                    .map(CriterionOutcome::truth)
                    .orElse(Truth.PASSED);
            if (excluded != Truth.PASSED) {
                assertThat(d.isSelected()).isFalse();
            }
        }
        boolean monotone = award.quota().isEmpty() || !award.quota().get().backfillOrDefault();
        if (monotone) {
            assertThat(was).containsAll(now);
        } else {
            // with backfill (递补) a freed place may go to the next in rank, but never to a newly excluded one
            for (ParticipantId id : now) {
                if (!was.contains(id)) {
                    AwardDecision d = after.decisionFor(id).orElseThrow();
                    assertThat(d.eligibility().status()).isEqualTo(Eligibility.ELIGIBLE);
                }
            }
        }
    }

    @Property
    void eligibilityOfEveryCandidateMatchesTheDecideStep(
            @ForAll("awards") AwardDefinition award, @ForAll("candidates") List<Candidate> cs) {
        AwardInput in = AwardInput.of(TestdataAwards.jointCityWide(), cs);
        AwardResult r = engine.decide(award, in);
        for (Candidate c : cs) {
            assertThat(r.decisionFor(c.participant()).orElseThrow().eligibility())
                    .isEqualTo(engine.eligibility(award, in, c));
        }
    }

    @Property
    void definitionsRoundTripThroughJsonAndYaml(@ForAll("awards") AwardDefinition award) {
        String json = AwardJson.writeDefinitions(List.of(award));
        assertThat(AwardJson.readDefinitions(
                                json,
                                io.github.laborcontest.model.json.ContestJson.Format.JSON,
                                AwardRegistry.builtin())
                        .get())
                .containsExactly(award);
        String yaml = io.github.laborcontest.model.json.ContestJson.writeYaml(List.of(award));
        assertThat(AwardJson.readDefinitions(
                                yaml,
                                io.github.laborcontest.model.json.ContestJson.Format.YAML,
                                AwardRegistry.builtin())
                        .get())
                .containsExactly(award);
    }

    @Property
    void eligibleMeansEveryCriterionHolds(
            @ForAll("awards") AwardDefinition award, @ForAll("candidates") List<Candidate> cs) {
        for (AwardDecision d : decide(award, cs).decisions()) {
            List<CriterionOutcome> criteria = d.eligibility().criteria();
            boolean allHold =
                    criteria.stream().filter(c -> !c.kind().equals("flag")).allMatch(c -> c.truth() == Truth.PASSED);
            boolean flagged = criteria.stream().anyMatch(c -> c.kind().equals("flag") && c.truth() == Truth.PASSED);
            boolean anyFailed =
                    criteria.stream().filter(c -> !c.kind().equals("flag")).anyMatch(c -> c.truth() == Truth.FAILED);
            Eligibility expected = anyFailed
                    ? Eligibility.INELIGIBLE
                    : !allHold
                            ? Eligibility.UNDETERMINED
                            : flagged
                                    ? Eligibility.FLAGGED
                                    : criteria.stream()
                                                    .anyMatch(
                                                            c -> c.kind().equals("flag") && c.truth() == Truth.UNKNOWN)
                                            ? Eligibility.UNDETERMINED
                                            : Eligibility.ELIGIBLE;
            assertThat(d.eligibility().status()).isEqualTo(expected);
        }
    }

    private static <T> List<T> append(List<T> list, T extra) {
        List<T> out = new ArrayList<>(list);
        out.add(extra);
        return out;
    }

    private static Set<ParticipantId> ids(List<AwardDecision> ds) {
        Set<ParticipantId> out = new HashSet<>();
        ds.forEach(d -> out.add(d.participant()));
        return out;
    }
}
