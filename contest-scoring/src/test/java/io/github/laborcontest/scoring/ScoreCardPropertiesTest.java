// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.flag;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.items;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.unit;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of score cards on the hand-built key-project set with random measurements. */
class ScoreCardPropertiesTest {
    static final IndicatorSet SET = KeyProjectScoringTest.keyProjectSet();

    /** A field of participants P0..Pn with random measurements (some missing). */
    record Field(List<Participant> participants, List<Measurement> measurements) {}

    @Provide
    Arbitrary<Field> fields() {
        Arbitrary<List<Measurement>> one = Combinators.combine(
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("120"))
                                .ofScale(2)
                                .injectNull(0.1),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("100"))
                                .ofScale(1)
                                .injectNull(0.1),
                        Arbitraries.integers().between(0, 6).injectNull(0.3),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("100"))
                                .ofScale(3)
                                .injectNull(0.2),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("15"))
                                .ofScale(1)
                                .injectNull(0.1),
                        Arbitraries.of(true, false, false, false).injectNull(0.2),
                        Arbitraries.subsetOf("luban", "taishan", "city"),
                        Arbitraries.integers().between(0, 5).injectNull(0.3))
                .as((pass, accept, defects, hazard, lost, fatal, honours, innov) -> {
                    List<Measurement> ms = new ArrayList<>();
                    if (pass != null) {
                        ms.add(value("X", "q.pass", pass.toPlainString()));
                    }
                    if (accept != null) {
                        ms.add(value("X", "q.accept", accept.toPlainString()));
                    }
                    if (defects != null) {
                        ms.add(value("X", "q.defects", defects.toString()));
                    }
                    if (hazard != null) {
                        ms.add(value("X", "s.hazard", hazard.toPlainString()));
                    }
                    if (lost != null) {
                        ms.add(value("X", "s.lost-days", lost.toPlainString()));
                    }
                    if (fatal != null) {
                        ms.add(flag("X", "s.fatal", fatal));
                    }
                    if (!honours.isEmpty()) {
                        ms.add(items("X", "m.honours", honours.stream().sorted().toArray(String[]::new)));
                    }
                    if (innov != null) {
                        ms.add(value("X", "m.innovation", innov.toString()));
                    }
                    return ms;
                });
        return one.list().ofMinSize(1).ofMaxSize(12).map(rows -> {
            List<Participant> ps = new ArrayList<>();
            List<Measurement> ms = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String id = "P" + i;
                ps.add(unit(id));
                for (Measurement m : rows.get(i)) {
                    ms.add(new Measurement.Builder()
                            .from(m)
                            .participant(ParticipantId.of(id))
                            .build());
                }
            }
            return new Field(ps, ms);
        });
    }

    static PeriodResult score(Field f, ScoringOptions options) {
        Competition c = competition(SET, f.participants());
        return Scorer.create()
                .scorePeriod(c, SET, f.measurements(), Q1, options)
                .getOrElseGet(ps -> {
                    throw new AssertionError(
                            ps.map(p -> p.message(Locale.ENGLISH)).mkString("\n"));
                });
    }

    static BigDecimal deltas(List<Step> steps) {
        return steps.stream().map(Step::delta).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Property(tries = 150)
    void explanationsReAddToEveryNumberExactly(@ForAll("fields") Field f) {
        for (ScoreCard card : score(f, ScoringOptions.DEFAULT).cards()) {
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal bonus = BigDecimal.ZERO;
            for (DimensionScore d : card.dimensions()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (IndicatorScore i : d.indicators()) {
                    if (i.kind() == IndicatorKind.SCORED || i.kind() == IndicatorKind.DEDUCTION) {
                        sum = sum.add(i.points().value());
                    } else if (i.kind() == IndicatorKind.BONUS) {
                        bonus = bonus.add(i.points().value());
                    }
                }
                assertThat(sum.add(deltas(d.steps())))
                        .isEqualByComparingTo(d.points().value());
                assertThat(d.points().value().multiply(d.weight()))
                        .isEqualByComparingTo(d.contribution().value());
                total = total.add(d.contribution().value());
            }
            assertThat(bonus).isEqualByComparingTo(card.bonus().raw().value());
            assertThat(bonus.add(deltas(card.bonus().steps())))
                    .isEqualByComparingTo(card.bonus().applied().value());
            total = total.add(card.bonus().applied().value());
            assertThat(total.add(deltas(card.steps())))
                    .isEqualByComparingTo(card.total().value());
        }
    }

    @Property(tries = 150)
    void capsHold(@ForAll("fields") Field f) {
        for (ScoreCard card : score(f, ScoringOptions.DEFAULT).cards()) {
            for (DimensionScore d : card.dimensions()) {
                for (IndicatorScore i : d.indicators()) {
                    BigDecimal max = SET.indicator(i.indicator())
                            .orElseThrow()
                            .maxPoints()
                            .value();
                    assertThat(i.points().value().abs()).isLessThanOrEqualTo(max);
                }
                // the only deductions are in quality, whose dimension cap is 5
                assertThat(d.deductions().value()).isGreaterThanOrEqualTo(new BigDecimal("-5"));
                assertThat(d.points().value())
                        .isGreaterThanOrEqualTo(BigDecimal.ZERO)
                        .isLessThanOrEqualTo(d.maxPoints().value());
            }
            assertThat(card.bonus().applied().value()).isLessThanOrEqualTo(BigDecimal.TEN);
            assertThat(card.total().value()).isBetween(BigDecimal.ZERO, new BigDecimal("50"));
            assertThat(card.total().value().scale()).isEqualTo(2);
        }
    }

    @Property(tries = 100)
    void inputOrderNeverChangesTheResult(@ForAll("fields") Field f, @ForAll Random random) {
        List<Participant> ps = new ArrayList<>(f.participants());
        List<Measurement> ms = new ArrayList<>(f.measurements());
        Collections.shuffle(ps, random);
        Collections.shuffle(ms, random);
        PeriodResult a = score(f, ScoringOptions.DEFAULT);
        PeriodResult b = score(new Field(ps, ms), ScoringOptions.DEFAULT);
        assertThat(b).isEqualTo(a);
        assertThat(ContestJson.writeJson(b)).isEqualTo(ContestJson.writeJson(a));
    }

    @Property(tries = 100)
    void raisingAHigherIsBetterValueNeverLowersTheScore(@ForAll("fields") Field f, @ForAll("raises") BigDecimal raise) {
        List<Measurement> raised = f.measurements().stream()
                .map(m -> m.participant().value().equals("P0")
                                && m.indicator().value().equals("q.pass")
                        ? new Measurement.Builder()
                                .from(m)
                                .value(m.value().orElseThrow().add(raise))
                                .build()
                        : m)
                .toList();
        ScoreCard before = score(f, ScoringOptions.DEFAULT).cards().get(0);
        ScoreCard after = score(new Field(f.participants(), raised), ScoringOptions.DEFAULT)
                .cards()
                .get(0);
        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
    }

    @Provide
    Arbitrary<BigDecimal> raises() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("50"))
                .ofScale(2);
    }

    @Property(tries = 100)
    void aFiredVetoDisqualifiesWhateverTheTotal(@ForAll("fields") Field f) {
        PeriodResult r = score(f, ScoringOptions.DEFAULT);
        for (ScoreCard card : r.cards()) {
            boolean fired = f.measurements().stream()
                    .anyMatch(m -> m.participant().equals(card.participant())
                            && m.indicator().equals(IndicatorCode.of("s.fatal"))
                            && m.flag().orElse(false));
            assertThat(card.isDisqualified()).isEqualTo(fired);
            assertThat(r.overall().entry(card.participant()).isPresent()).isEqualTo(!fired);
            assertThat(r.overall().disqualified().stream()
                            .anyMatch(d -> d.participant().equals(card.participant())))
                    .isEqualTo(fired);
        }
    }

    @Property(tries = 100)
    void ranksAreConsistentWithTotals(@ForAll("fields") Field f) {
        List<RankedEntry> entries = score(f, ScoringOptions.DEFAULT).overall().entries();
        for (int i = 0; i + 1 < entries.size(); i++) {
            RankedEntry a = entries.get(i);
            RankedEntry b = entries.get(i + 1);
            assertThat(a.total()).isGreaterThanOrEqualTo(b.total());
            if (a.total().equals(b.total())) {
                assertThat(a.rank()).isEqualByComparingTo(b.rank());
            } else {
                assertThat(a.rank()).isLessThan(b.rank());
            }
        }
    }

    @Property(tries = 80)
    void explanationsOffGiveTheSameNumbers(@ForAll("fields") Field f) {
        PeriodResult on = score(f, ScoringOptions.DEFAULT);
        PeriodResult off = score(f, ScoringOptions.DEFAULT.withExplanations(false));
        assertThat(off.cards())
                .extracting(ScoreCard::total)
                .isEqualTo(on.cards().stream().map(ScoreCard::total).toList());
        assertThat(off.overall().entries()).isEqualTo(on.overall().entries());
        assertThat(off.cards()).allSatisfy(c -> assertThat(c.steps()).isEmpty());
    }

    @Property(tries = 60)
    void cardsSurviveAJsonRoundTrip(@ForAll("fields") Field f) throws Exception {
        ObjectMapper mapper = ContestJson.jsonMapper();
        PeriodResult r = score(f, ScoringOptions.DEFAULT);
        String json = ContestJson.writeJson(r);
        PeriodResult back = mapper.readValue(json, PeriodResult.class);
        assertThat(back).isEqualTo(r);
        assertThat(ContestJson.writeJson(back)).isEqualTo(json);
        for (ScoreCard c : r.cards()) {
            assertThat(c.diff(c)).isEmpty();
        }
    }
}
