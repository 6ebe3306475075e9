// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.indicator;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.unit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.Precision;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.RoundingStep;
import io.github.laborcontest.model.SortOrder;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.TiePolicy;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.DirectPoints;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Bulk ranking beyond the fast path of {@link BulkRankingTest}: sets rounded only at the total or
 * half-even (the exact row-by-row path), an indicator tie-breaker, the problems of a bad table,
 * and a field of more than 10,000 participants (sorted on packed keys) against a plain sort.
 */
class BulkPathsTest {

    private final BulkRankingTest rows = new BulkRankingTest();

    @Provide
    Arbitrary<BulkRankingTest.Rows> rows() {
        return rows.rows();
    }

    static final RankingPolicy WITH_INDICATOR = new RankingPolicy(
            TiePolicy.STANDARD,
            List.of(
                    TieBreaker.indicator(IndicatorCode.of("s.days"), SortOrder.LOWER_FIRST),
                    TieBreaker.dimension(DimensionCode.of("quality"), SortOrder.HIGHER_FIRST),
                    TieBreaker.fewerDeductions()),
            List.of());

    private static void bulkEqualsCards(IndicatorSet set, RankingPolicy policy, BulkRankingTest.Rows r) {
        MeasurementTable t = BulkRankingTest.table(r);
        BulkResult bulk = Scorer.create().rankBulk(set, policy, t, Q1).getOrElseGet(ps -> {
            throw new AssertionError(ps.map(p -> p.message(Locale.ENGLISH)).mkString("\n"));
        });
        List<Participant> ps =
                t.participants().stream().map(id -> unit(id.value())).toList();
        PeriodResult cards = Scorer.create()
                .scorePeriod(
                        competition(set, ps, policy, GradeScheme.TYPICAL), set, BulkRankingTest.measurements(t), Q1)
                .getOrElseGet(p -> {
                    throw new AssertionError(
                            p.map(x -> x.message(Locale.ENGLISH)).mkString("\n"));
                });
        for (int row = 0; row < t.size(); row++) {
            ParticipantId id = t.participants().get(row);
            assertThat(bulk.totals().get(row))
                    .isEqualTo(cards.card(id).orElseThrow().total());
        }
        assertThat(bulk.ranking().entries()).isEqualTo(cards.overall().entries());
        assertThat(bulk.ranking().ties()).isEqualTo(cards.overall().ties());
        assertThat(bulk.ranking().disqualified()).isEqualTo(cards.overall().disqualified());
    }

    @Property
    void roundingOnlyTheTotalGivesTheTotalsAndRanksOfScoreCards(@ForAll("rows") BulkRankingTest.Rows r) {
        IndicatorSet set = new IndicatorSet.Builder()
                .from(BulkRankingTest.SET)
                .roundAt(RoundingStep.TOTAL_ONLY)
                .build();
        bulkEqualsCards(set, WITH_INDICATOR, r);
    }

    @Property
    void halfEvenRoundingGivesTheTotalsAndRanksOfScoreCards(@ForAll("rows") BulkRankingTest.Rows r) {
        IndicatorSet set = new IndicatorSet.Builder()
                .from(BulkRankingTest.SET)
                .precision(new Precision(1, RoundingMode.HALF_EVEN))
                .build();
        bulkEqualsCards(set, BulkRankingTest.POLICY, r);
    }

    @Property
    void anIndicatorTieBreakerOnTheFastPathGivesTheRanksOfScoreCards(@ForAll("rows") BulkRankingTest.Rows r) {
        bulkEqualsCards(BulkRankingTest.SET, WITH_INDICATOR, r);
    }

    @Test
    void aBadTableIsReportedColumnByColumn() {
        List<ParticipantId> ids = List.of(ParticipantId.of("A"), ParticipantId.of("B"));
        MeasurementTable t = MeasurementTable.builder(ids)
                .numbers(IndicatorCode.of("nope"), new long[] {1, 2}, 0)
                .numbers(IndicatorCode.of("s.plan"), new long[] {1, 0}, 0)
                .flags(IndicatorCode.of("q.pass"), new boolean[] {true, false})
                .numbers(IndicatorCode.of("q.defects"), new long[] {3, -2}, 0)
                .numbers(IndicatorCode.of("s.days"), new long[] {-5, -1}, 1)
                .build();
        RankingPolicy policy = new RankingPolicy(
                TiePolicy.STANDARD,
                List.of(
                        TieBreaker.dimension(DimensionCode.of("nowhere"), SortOrder.HIGHER_FIRST),
                        TieBreaker.indicator(IndicatorCode.of("s.none"), SortOrder.LOWER_FIRST),
                        new TieBreaker(TieBreaker.By.CUSTOM, "acme.luck", SortOrder.HIGHER_FIRST),
                        TieBreaker.indicator(IndicatorCode.of("s.days"), SortOrder.LOWER_FIRST)),
                List.of());
        List<Problem> ps = Scorer.create()
                .rankBulk(BulkRankingTest.SET, policy, t, Q1)
                .getError()
                .toJavaList();
        // s.days is numeric, not a count: negative days are allowed
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactlyInAnyOrder(
                        "UNKNOWN_INDICATOR $.table.nope [*, nope]",
                        "WRONG_VALUE_KIND $.table.s.plan [*, s.plan, flag, value]",
                        "WRONG_VALUE_KIND $.table.q.pass [*, q.pass, value, flag]",
                        "NEGATIVE_VALUE $.table.q.defects[1] [B, q.defects, -2]",
                        "UNKNOWN_TIE_BREAKER $.ranking.tieBreakers[0].ref [dimension, nowhere]",
                        "UNKNOWN_TIE_BREAKER $.ranking.tieBreakers[1].ref [indicator, s.none]",
                        "BULK_UNSUPPORTED $.ranking.tieBreakers[2] [tie-breaker, acme.luck]");
        Problem negative = ps.stream()
                .filter(p -> p.code() == ScoringProblem.NEGATIVE_VALUE)
                .findFirst()
                .orElseThrow();
        assertThat(negative.participant()).contains("B");
        assertThat(negative.message(Locale.ENGLISH))
                .contains("participant B: indicator q.defects cannot be negative (-2)");
        Problem custom = ps.stream()
                .filter(p -> p.code() == ScoringProblem.BULK_UNSUPPORTED)
                .findFirst()
                .orElseThrow();
        assertThat(custom.message(Locale.CHINESE)).contains("批量排名不支持tie-breaker“acme.luck”");
    }

    /** One direct-points indicator "x" (0–100) and a recorded duration "t", the tie-breaker. */
    static final IndicatorSet WIDE = set(dimension(
            "d",
            100,
            scored("x", ValueType.NUMERIC, 100, new DirectPoints()),
            indicator("t", IndicatorKind.RECORDED, ValueType.DURATION, Direction.LOWER_BETTER, 0, null)));

    @Test
    void aFieldOfMoreThanTenThousandIsRankedAsAPlainSortWouldRankIt() {
        int n = 10_007;
        List<ParticipantId> ids = new ArrayList<>(n);
        long[] x = new long[n];
        long[] t = new long[n];
        java.util.BitSet noTime = new java.util.BitSet();
        for (int i = 0; i < n; i++) {
            ids.add(ParticipantId.of("P" + i));
            // totals 0.00–99.99 in steps of 0.01 (scale 2), many shared; times 0–4, every 11th missing
            x[i] = (i * 7919L) % 10_000;
            if (i % 50 == 0) {
                x[i] = 5_000; // a large class of equal totals
            }
            t[i] = i % 5;
            noTime.set(i, i % 11 == 0);
        }
        MeasurementTable table = MeasurementTable.builder(ids)
                .numbers(IndicatorCode.of("x"), x, 2)
                .numbers(IndicatorCode.of("t"), t, 0, noTime)
                .build();
        RankingPolicy policy = new RankingPolicy(
                TiePolicy.STANDARD,
                List.of(TieBreaker.indicator(IndicatorCode.of("t"), SortOrder.LOWER_FIRST)),
                List.of());
        BulkResult bulk = Scorer.create().rankBulk(WIDE, policy, table, Q1).get();

        // the oracle: total descending, then time ascending with a missing time last, then id
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> byTotal = Comparator.comparingLong(i -> -x[i]);
        Comparator<Integer> byTime = Comparator.comparingLong(i -> noTime.get(i) ? Long.MAX_VALUE : t[i]);
        Arrays.sort(order, byTotal.thenComparing(byTime).thenComparing(i -> ids.get(i)));
        List<RankedEntry> entries = bulk.ranking().entries();
        List<String> expected = new ArrayList<>(n);
        int ties = 0;
        int ahead = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            // standard rank: 1 + the number of participants ranked strictly ahead
            if (k > 0 && !(x[order[k - 1]] == x[i] && byTime.compare(order[k - 1], i) == 0)) {
                ahead = k;
            } else if (k > 0 && ahead == k - 1) {
                ties++;
            }
            expected.add(ids.get(i).value() + " " + (k + 1) + " " + BigDecimal.valueOf(x[i], 2) + " " + (ahead + 1));
        }
        List<String> actual = new ArrayList<>(n);
        for (RankedEntry e : entries) {
            actual.add(e.participant().value() + " " + e.position() + " "
                    + e.total().value() + " " + e.rank().toPlainString());
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(bulk.ranking().ties()).hasSize(ties);
        assertThat(ties).isGreaterThan(0);
    }
}
