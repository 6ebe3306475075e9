// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q2;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.indicator;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.SortOrder;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.TiePolicy;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.scoring.explain.Explanations;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The cumulative total over the periods Q1 (weight 0.4) and Q2 (0.6): its rounding step, and the
 * tie-breakers by dimension and by deductions on the weighted period values.
 */
class CumulativeRankingTest {

    /** Dimension a: x (direct, 0–100); dimension b: y (direct, 0–100) and deduction z (1 each, at most 10). */
    static final IndicatorSet SET = set(
            dimension("a", 100, scored("x", ValueType.NUMERIC, 100, new DirectPoints())),
            dimension(
                    "b",
                    100,
                    scored("y", ValueType.NUMERIC, 100, new DirectPoints()),
                    indicator(
                            "z",
                            IndicatorKind.DEDUCTION,
                            ValueType.COUNT,
                            Direction.LOWER_BETTER,
                            10,
                            new PerOccurrence(BigDecimal.ONE))));

    static final RankingPolicy POLICY = new RankingPolicy(
            TiePolicy.STANDARD,
            List.of(TieBreaker.dimension(DimensionCode.of("a"), SortOrder.HIGHER_FIRST), TieBreaker.fewerDeductions()),
            List.of());

    static List<Measurement> both(String who, String x, String y, String z) {
        List<Measurement> out = new ArrayList<>();
        for (var p : List.of(Q1, Q2)) {
            out.add(value(who, "x", p, x));
            out.add(value(who, "y", p, y));
            if (z != null) {
                out.add(value(who, "z", p, z));
            }
        }
        return out;
    }

    static CumulativeResult score(List<Measurement> ms, String... ids) {
        Competition c = competition(SET, units(ids), POLICY, GradeScheme.TYPICAL);
        return Scorer.create()
                .scoreCumulative(c, SET, ms, ScoringOptions.DEFAULT)
                .getOrElseGet(ps -> {
                    throw new AssertionError(
                            ps.map(p -> p.message(Locale.ENGLISH)).mkString("\n"));
                });
    }

    @Test
    void equalTotalsAreSeparatedByTheWeightedDimensionThenByDeductions() {
        List<Measurement> ms = new ArrayList<>();
        // A: 50 + 30 = 80 in each period; B: 30 + 50 = 80; C: 50 + 32 − 2 = 80
        ms.addAll(both("A", "50", "30", null));
        ms.addAll(both("B", "30", "50", null));
        ms.addAll(both("C", "50", "32", "2"));
        CumulativeResult r = score(ms, "A", "B", "C");
        // every total 0.4 × 80 + 0.6 × 80 = 80; dimension a: A and C 50, B 30; deductions: A 0, C 2
        assertThat(r.overall().entries())
                .extracting(e -> e.participant().value() + "=" + e.rank().toPlainString())
                .containsExactly("A=1", "C=2", "B=3");
        RankedEntry a = r.overall().entry(ParticipantId.of("A")).orElseThrow();
        assertThat(a.decidedBy()).hasValueSatisfying(d -> {
            assertThat(d.index()).isEqualTo(1);
            assertThat(d.by()).isEqualTo(TieBreaker.By.DEDUCTIONS);
            assertThat(d.over()).isEqualTo(ParticipantId.of("C"));
            assertThat(d.value()).isEqualTo("0");
            assertThat(d.otherValue()).isEqualTo("2");
        });
        RankedEntry c = r.overall().entry(ParticipantId.of("C")).orElseThrow();
        assertThat(c.decidedBy()).hasValueSatisfying(d -> {
            assertThat(d.index()).isEqualTo(0);
            assertThat(d.by()).isEqualTo(TieBreaker.By.DIMENSION);
            assertThat(d.ref()).isEqualTo("a");
            assertThat(d.order()).isEqualTo(SortOrder.HIGHER_FIRST);
            assertThat(d.over()).isEqualTo(ParticipantId.of("B"));
            assertThat(d.value()).isEqualTo("50");
            assertThat(d.otherValue()).isEqualTo("30");
        });
        assertThat(r.overall().entry(ParticipantId.of("B")).orElseThrow().decidedBy())
                .isEmpty();
        assertThat(r.overall().ties()).isEmpty();
        CumulativeResult.Entry ce = r.entry(ParticipantId.of("C")).orElseThrow();
        assertThat(ce.total().value()).isEqualByComparingTo("80");
        assertThat(ce.periods())
                .extracting(p -> p.period().value() + " " + p.total().value().toPlainString() + " × "
                        + p.weight().toPlainString() + " = "
                        + p.contribution().value().toPlainString() + " "
                        + p.counted())
                .containsExactly("2026-Q1 80.00 × 0.4 = 32.000 true", "2026-Q2 80.00 × 0.6 = 48.000 true");
        // an exact sum gets no rounding step
        assertThat(ce.steps()).isEmpty();
    }

    @Test
    void aWeightedSumBetweenHundredthsIsRoundedWithAStep() {
        // D: Q1 10.01, Q2 10.02: 0.4 × 10.01 + 0.6 × 10.02 = 4.004 + 6.012 = 10.016 → 10.02 (half-up)
        List<Measurement> ms = new ArrayList<>();
        ms.add(value("D", "x", Q1, "10.01"));
        ms.add(value("D", "x", Q2, "10.02"));
        CumulativeResult r = score(ms, "D");
        CumulativeResult.Entry d = r.entry(ParticipantId.of("D")).orElseThrow();
        assertThat(d.total().value()).isEqualByComparingTo("10.02");
        assertThat(d.steps())
                .containsExactly(new Step.Rounded(new BigDecimal("10.016"), new BigDecimal("10.02"), 2, "HALF_UP"));
        assertThat(Explanations.render(d.steps().get(0), Locale.ENGLISH))
                .isEqualTo("10.016 rounded to 10.02 (2 decimals, HALF_UP)");
        assertThat(r.entry(ParticipantId.of("nobody"))).isEmpty();
        // 10.02 < 60: unqualified in the typical scheme
        assertThat(r.grades())
                .singleElement()
                .satisfies(g -> assertThat(g.grade()).contains("unqualified"));
    }

    @Test
    void withoutExplanationsTheCumulativeEntryHasNoSteps() {
        List<Measurement> ms = List.of(value("D", "x", Q1, "10.01"), value("D", "x", Q2, "10.02"));
        Competition c = competition(SET, units("D"), POLICY, GradeScheme.TYPICAL);
        CumulativeResult r = Scorer.create()
                .scoreCumulative(c, SET, ms, ScoringOptions.DEFAULT.withExplanations(false))
                .get();
        assertThat(r.entry(ParticipantId.of("D")).orElseThrow().steps()).isEmpty();
        assertThat(r.entry(ParticipantId.of("D")).orElseThrow().total().value()).isEqualByComparingTo("10.02");
    }
}
