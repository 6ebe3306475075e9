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

import io.github.laborcontest.model.Dimension;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.SortOrder;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.TiePolicy;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.model.rule.PassFail;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.model.rule.ThresholdBands;
import io.github.laborcontest.model.rule.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Bulk ranking from columns gives the totals and ranks that score cards give. */
class BulkRankingTest {
    static final IndicatorSet SET;

    static {
        Dimension quality = new Dimension.Builder()
                .from(dimension(
                        "quality",
                        20,
                        scored(
                                "q.pass",
                                ValueType.PERCENTAGE,
                                12,
                                new LinearToTarget(new BigDecimal("100"), Optional.of(new BigDecimal("60")))),
                        scored(
                                "q.accept",
                                ValueType.PERCENTAGE,
                                8,
                                new ThresholdBands(List.of(
                                        new ThresholdBands.Band(new BigDecimal("95"), new BigDecimal("8")),
                                        new ThresholdBands.Band(new BigDecimal("80"), new BigDecimal("3"))))),
                        indicator(
                                "q.defects",
                                IndicatorKind.DEDUCTION,
                                ValueType.COUNT,
                                Direction.LOWER_BETTER,
                                6,
                                new PerOccurrence(new BigDecimal("2")))))
                .deductionCap(Points.of(5))
                .build();
        Dimension safety = new Dimension.Builder()
                .from(dimension(
                        "safety",
                        20,
                        indicator(
                                "s.days",
                                IndicatorKind.SCORED,
                                ValueType.NUMERIC,
                                Direction.LOWER_BETTER,
                                10,
                                new LinearToTarget(new BigDecimal("2"), Optional.of(new BigDecimal("10")))),
                        scored("s.output", ValueType.NUMERIC, 7, new Normalisation(Normalisation.Method.MIN_MAX)),
                        scored("s.plan", ValueType.BOOLEAN, 3, new PassFail()),
                        indicator(
                                "s.fatal",
                                IndicatorKind.VETO,
                                ValueType.BOOLEAN,
                                Direction.HIGHER_BETTER,
                                0,
                                Veto.disqualifyForPeriod())))
                .weight(new BigDecimal("0.5"))
                .build();
        Dimension extra = dimension(
                "extra",
                0,
                indicator(
                        "x.innovation",
                        IndicatorKind.BONUS,
                        ValueType.COUNT,
                        Direction.HIGHER_BETTER,
                        6,
                        new PerOccurrence(new BigDecimal("1.5"))));
        SET = new IndicatorSet.Builder()
                .from(set(quality, safety, extra))
                .bonusCap(Points.of(4))
                .build();
    }

    static final RankingPolicy POLICY = new RankingPolicy(
            TiePolicy.STANDARD,
            List.of(
                    TieBreaker.dimension(DimensionCode.of("safety"), SortOrder.HIGHER_FIRST),
                    TieBreaker.fewerDeductions()),
            List.of());

    /** Rows of random cells; index i is participant "R&lt;i&gt;". */
    record Rows(
            long[] pass,
            long[] accept,
            long[] defects,
            long[] days,
            long[] output,
            boolean[] plan,
            boolean[] fatal,
            long[] innovation,
            BitSet missingPass) {}

    @Provide
    Arbitrary<Rows> rows() {
        return Arbitraries.integers()
                .between(1, 40)
                .flatMap(n -> Arbitraries.longs()
                        .between(0, 12000)
                        .array(long[].class)
                        .ofSize(n)
                        .flatMap(pass -> Arbitraries.longs()
                                .between(0, 100)
                                .array(long[].class)
                                .ofSize(n)
                                .flatMap(accept -> Arbitraries.longs()
                                        .between(0, 5)
                                        .array(long[].class)
                                        .ofSize(n)
                                        .flatMap(defects -> Arbitraries.longs()
                                                .between(0, 150)
                                                .array(long[].class)
                                                .ofSize(n)
                                                .flatMap(days -> Arbitraries.longs()
                                                        .between(0, 50)
                                                        .array(long[].class)
                                                        .ofSize(n)
                                                        .flatMap(output -> Arbitraries.integers()
                                                                .between(0, 10)
                                                                .list()
                                                                .ofSize(n)
                                                                .map(misc -> {
                                                                    boolean[] plan = new boolean[n];
                                                                    boolean[] fatal = new boolean[n];
                                                                    long[] innovation = new long[n];
                                                                    BitSet missing = new BitSet();
                                                                    for (int i = 0; i < n; i++) {
                                                                        plan[i] = misc.get(i) % 2 == 0;
                                                                        fatal[i] = misc.get(i) == 7;
                                                                        innovation[i] = misc.get(i) % 4;
                                                                        missing.set(i, misc.get(i) == 3);
                                                                    }
                                                                    return new Rows(
                                                                            pass,
                                                                            accept,
                                                                            defects,
                                                                            days,
                                                                            output,
                                                                            plan,
                                                                            fatal,
                                                                            innovation,
                                                                            missing);
                                                                })))))));
    }

    static MeasurementTable table(Rows r) {
        List<ParticipantId> ids = new ArrayList<>();
        for (int i = 0; i < r.pass().length; i++) {
            ids.add(ParticipantId.of("R" + i));
        }
        return MeasurementTable.builder(ids)
                .numbers(IndicatorCode.of("q.pass"), r.pass(), 2, r.missingPass())
                .numbers(IndicatorCode.of("q.accept"), r.accept(), 0)
                .numbers(IndicatorCode.of("q.defects"), r.defects(), 0)
                .numbers(IndicatorCode.of("s.days"), r.days(), 1)
                .numbers(IndicatorCode.of("s.output"), r.output(), 0)
                .flags(IndicatorCode.of("s.plan"), r.plan())
                .flags(IndicatorCode.of("s.fatal"), r.fatal())
                .numbers(IndicatorCode.of("x.innovation"), r.innovation(), 0)
                .build();
    }

    static List<Measurement> measurements(MeasurementTable t) {
        List<Measurement> out = new ArrayList<>();
        for (int row = 0; row < t.size(); row++) {
            for (IndicatorCode code : t.indicators()) {
                ParticipantId p = t.participants().get(row);
                Optional<BigDecimal> v = t.number(code, row);
                Optional<Boolean> f = t.flag(code, row);
                if (v.isPresent()) {
                    out.add(Measurement.of(p, code, Q1, v.get()));
                } else if (f.isPresent()) {
                    out.add(new Measurement.Builder()
                            .participant(p)
                            .indicator(code)
                            .period(Q1)
                            .flag(f.get())
                            .build());
                }
            }
        }
        return out;
    }

    @Property(tries = 100)
    void bulkTotalsAndRanksEqualThoseOfScoreCards(@ForAll("rows") Rows r) {
        MeasurementTable t = table(r);
        BulkResult bulk = Scorer.create().rankBulk(SET, POLICY, t, Q1).getOrElseGet(ps -> {
            throw new AssertionError(ps.map(p -> p.message(Locale.ENGLISH)).mkString("\n"));
        });
        List<Participant> ps =
                t.participants().stream().map(id -> unit(id.value())).toList();
        PeriodResult cards = Scorer.create()
                .scorePeriod(competition(SET, ps, POLICY, GradeScheme.TYPICAL), SET, measurements(t), Q1)
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
        assertThat(bulk.ranking().disqualified())
                .extracting(Ranking.Disqualification::participant)
                .isEqualTo(cards.overall().disqualified().stream()
                        .map(Ranking.Disqualification::participant)
                        .toList());
        ParticipantId first = t.participants().get(0);
        assertThat(bulk.explain(first).orElseThrow())
                .isEqualTo(cards.card(first).orElseThrow());
    }

    @Test
    void rulesThatNeedCardsAreRefused() {
        IndicatorSet withItems = KeyProjectScoringTest.keyProjectSet();
        MeasurementTable t =
                MeasurementTable.builder(List.of(ParticipantId.of("A"))).build();
        assertThat(Scorer.create()
                        .rankBulk(withItems, RankingPolicy.DEFAULT, t, Q1)
                        .getError())
                .extracting(Problem::code)
                .containsExactly(ScoringProblem.BULK_UNSUPPORTED);
    }
}
