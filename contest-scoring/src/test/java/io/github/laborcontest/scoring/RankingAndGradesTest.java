// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.flag;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.indicator;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.unit;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.BoundaryTiePolicy;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.GroupingKey;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.SortOrder;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.TiePolicy;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tie policies, tie-breaker chains, groups and grades on totals chosen by hand. */
class RankingAndGradesTest {

    /** One direct-points indicator "x" (0–100), a recorded time "t" and a grade-capping veto "v". */
    static final IndicatorSet SET = set(dimension(
            "d",
            100,
            scored("x", ValueType.NUMERIC, 100, new DirectPoints()),
            indicator("t", IndicatorKind.RECORDED, ValueType.DURATION, Direction.LOWER_BETTER, 0, null),
            indicator(
                    "v",
                    IndicatorKind.VETO,
                    ValueType.BOOLEAN,
                    Direction.HIGHER_BETTER,
                    0,
                    new Veto(Veto.Effect.CAP_GRADE, Optional.of("qualified"), Veto.Scope.PERIOD))));

    static PeriodResult run(RankingPolicy policy, GradeScheme grades, List<Participant> ps, List<Measurement> ms) {
        Competition c = competition(SET, ps, policy, grades);
        return Scorer.create().scorePeriod(c, SET, ms, Q1).getOrElseGet(p -> {
            throw new AssertionError(p.map(x -> x.message(Locale.ENGLISH)).mkString("\n"));
        });
    }

    static List<Measurement> totals(String... idAndTotal) {
        List<Measurement> out = new ArrayList<>();
        for (int i = 0; i < idAndTotal.length; i += 2) {
            out.add(value(idAndTotal[i], "x", idAndTotal[i + 1]));
        }
        return out;
    }

    static List<String> ranks(PeriodResult r) {
        return r.overall().entries().stream()
                .map(e -> e.participant() + "=" + e.rank().stripTrailingZeros().toPlainString())
                .toList();
    }

    static final List<Measurement> FOUR = totals("A", "90", "B", "80", "C", "80", "D", "70");

    @Test
    void tiePoliciesFollowTheirDefinitions() {
        List<Participant> ps = units("A", "B", "C", "D");
        assertThat(ranks(run(
                        new RankingPolicy(TiePolicy.STANDARD, List.of(), List.of()), GradeScheme.TYPICAL, ps, FOUR)))
                .containsExactly("A=1", "B=2", "C=2", "D=4");
        assertThat(ranks(run(new RankingPolicy(TiePolicy.DENSE, List.of(), List.of()), GradeScheme.TYPICAL, ps, FOUR)))
                .containsExactly("A=1", "B=2", "C=2", "D=3");
        assertThat(ranks(run(
                        new RankingPolicy(TiePolicy.FRACTIONAL, List.of(), List.of()), GradeScheme.TYPICAL, ps, FOUR)))
                .containsExactly("A=1", "B=2.5", "C=2.5", "D=4");
        PeriodResult ordinal =
                run(new RankingPolicy(TiePolicy.ORDINAL, List.of(), List.of()), GradeScheme.TYPICAL, ps, FOUR);
        // no tie-breaker can separate B and C: the tie is reported, not broken by id
        assertThat(ranks(ordinal)).containsExactly("A=1", "B=2", "C=2", "D=4");
        assertThat(ordinal.overall().ties())
                .singleElement()
                .satisfies(t ->
                        assertThat(t.participants()).containsExactly(ParticipantId.of("B"), ParticipantId.of("C")));
        assertThat(ordinal.overall().entry(ParticipantId.of("B")).orElseThrow().tiedWith())
                .containsExactly(ParticipantId.of("B"), ParticipantId.of("C"));
    }

    @Test
    void tieBreakerChainSeparatesAndSaysWhich() {
        List<Measurement> ms = new ArrayList<>(FOUR);
        // B and C tie on 80; C was faster (300 s against 420 s): "shorter time first" puts C ahead
        ms.add(value("B", "t", "420"));
        ms.add(value("C", "t", "300"));
        RankingPolicy policy = new RankingPolicy(
                TiePolicy.ORDINAL,
                List.of(
                        TieBreaker.fewerDeductions(),
                        TieBreaker.indicator(IndicatorCode.of("t"), SortOrder.LOWER_FIRST)),
                List.of());
        PeriodResult r = run(policy, GradeScheme.TYPICAL, units("A", "B", "C", "D"), ms);
        assertThat(ranks(r)).containsExactly("A=1", "C=2", "B=3", "D=4");
        assertThat(r.overall().ties()).isEmpty();
        RankedEntry c = r.overall().entry(ParticipantId.of("C")).orElseThrow();
        assertThat(c.decidedBy()).hasValueSatisfying(d -> {
            assertThat(d.index()).isEqualTo(1);
            assertThat(d.over()).isEqualTo(ParticipantId.of("B"));
            assertThat(d.value()).isEqualTo("300");
            assertThat(d.otherValue()).isEqualTo("420");
        });
    }

    @Test
    void groupsHaveTheirOwnRankings() {
        List<Participant> ps = List.of(
                new Participant.Builder().from(unit("A")).district("市南区").build(),
                new Participant.Builder().from(unit("B")).district("市北区").build(),
                new Participant.Builder().from(unit("C")).district("市南区").build(),
                new Participant.Builder().from(unit("D")).district("市北区").build());
        PeriodResult r = run(
                new RankingPolicy(TiePolicy.STANDARD, List.of(), List.of(GroupingKey.DISTRICT)),
                GradeScheme.TYPICAL,
                ps,
                FOUR);
        assertThat(r.groups()).hasSize(2);
        // groups are ordered by value: 市北区 (B 80, D 70) then 市南区 (A 90, C 80)
        assertThat(r.groups().get(0).group()).contains(new Ranking.Group(GroupingKey.DISTRICT, "市北区"));
        assertThat(r.groups().get(0).entries())
                .extracting(e -> e.participant().value())
                .containsExactly("B", "D");
        assertThat(r.groups().get(1).entries())
                .extracting(e -> e.participant().value())
                .containsExactly("A", "C");
    }

    @Test
    void absoluteGradesAndAGradeCappingVeto() {
        List<Measurement> ms = new ArrayList<>(totals("A", "95", "B", "85", "C", "60", "D", "59.99"));
        ms.add(flag("A", "v", true));
        PeriodResult r = run(RankingPolicy.DEFAULT, GradeScheme.TYPICAL, units("A", "B", "C", "D"), ms);
        // A 95 ≥ 90 would be excellent, but its veto caps it at qualified; B 85 good; C 60 qualified; D 59.99
        // unqualified
        assertThat(r.grades())
                .extracting(g -> g.participant() + "=" + g.grade().orElse("?"))
                .containsExactly("A=qualified", "B=good", "C=qualified", "D=unqualified");
        assertThat(r.overall().entry(ParticipantId.of("A"))).isPresent();
    }

    static GradeScheme quota(BoundaryTiePolicy ties) {
        return new GradeScheme(
                GradeScheme.Mode.QUOTA,
                List.of(
                        new GradeScheme.Band(
                                "excellent",
                                LocalizedText.of("优秀", "excellent"),
                                Optional.empty(),
                                Optional.of(new BigDecimal("20")),
                                Optional.empty()),
                        new GradeScheme.Band(
                                "good",
                                LocalizedText.of("良好", "good"),
                                Optional.of(new BigDecimal("60")),
                                Optional.of(new BigDecimal("40")),
                                Optional.empty()),
                        new GradeScheme.Band(
                                "qualified",
                                LocalizedText.of("合格", "qualified"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())),
                ties);
    }

    /** Ten units: 99, 95, 95, 90, 85, 80, 75, 70, 55, 50. */
    static final List<Measurement> TEN = totals(
            "P01", "99", "P02", "95", "P03", "95", "P04", "90", "P05", "85", "P06", "80", "P07", "75", "P08", "70",
            "P09", "55", "P10", "50");

    static final List<Participant> TEN_UNITS =
            units("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10");

    static List<String> grades(PeriodResult r) {
        return r.grades().stream()
                .map(g -> g.participant() + "=" + g.grade().orElse(g.pendingDecision() ? "pending" : "?"))
                .toList();
    }

    @Test
    void quotaGradesWithEachBoundaryTiePolicy() {
        // excellent: 20% of 10 = 2 places; P01 and P02 take them, but P03 ties P02 at the boundary (95).
        // good: 40% of 10 = 4 places, at least 60 points.
        PeriodResult in = run(RankingPolicy.DEFAULT, quota(BoundaryTiePolicy.ALL_IN), TEN_UNITS, TEN);
        // all in: P01–P03 excellent (quota exceeded); good: P04–P07 (4 places); the rest qualified
        assertThat(grades(in))
                .containsExactly(
                        "P01=excellent",
                        "P02=excellent",
                        "P03=excellent",
                        "P04=good",
                        "P05=good",
                        "P06=good",
                        "P07=good",
                        "P08=qualified",
                        "P09=qualified",
                        "P10=qualified");
        PeriodResult out = run(RankingPolicy.DEFAULT, quota(BoundaryTiePolicy.ALL_OUT), TEN_UNITS, TEN);
        // all out: only P01 excellent; good: P02, P03, P04, P05; P06 onwards qualified
        assertThat(grades(out))
                .containsExactly(
                        "P01=excellent",
                        "P02=good",
                        "P03=good",
                        "P04=good",
                        "P05=good",
                        "P06=qualified",
                        "P07=qualified",
                        "P08=qualified",
                        "P09=qualified",
                        "P10=qualified");
        PeriodResult flag = run(RankingPolicy.DEFAULT, quota(BoundaryTiePolicy.FLAG), TEN_UNITS, TEN);
        // flag: P02 and P03 pending a human decision between excellent and good; good then P04–P07
        assertThat(grades(flag))
                .containsExactly(
                        "P01=excellent",
                        "P02=pending",
                        "P03=pending",
                        "P04=good",
                        "P05=good",
                        "P06=good",
                        "P07=good",
                        "P08=qualified",
                        "P09=qualified",
                        "P10=qualified");
        assertThat(flag.grade(ParticipantId.of("P02")).orElseThrow().candidates())
                .containsExactly("excellent", "good");
    }

    @Test
    void quotaBandMinimumStopsTheBand() {
        GradeScheme s = new GradeScheme(
                GradeScheme.Mode.QUOTA,
                List.of(
                        new GradeScheme.Band(
                                "first",
                                LocalizedText.of("一等奖", "first prize"),
                                Optional.of(new BigDecimal("96")),
                                Optional.of(new BigDecimal("50")),
                                Optional.empty()),
                        new GradeScheme.Band(
                                "qualified",
                                LocalizedText.of("合格", "qualified"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())),
                BoundaryTiePolicy.ALL_IN);
        // 50% of 10 = 5 places, but only P01 (99) reaches the minimum 96
        assertThat(grades(run(RankingPolicy.DEFAULT, s, TEN_UNITS, TEN)).get(1)).isEqualTo("P02=qualified");
    }
}
