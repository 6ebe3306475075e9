// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.indicator;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.unit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.model.rule.PassFail;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.model.rule.ThresholdBands;
import io.github.laborcontest.model.rule.Veto;
import io.github.laborcontest.scoring.IndicatorScore;
import io.github.laborcontest.scoring.ScoreCard;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Sharing equal indicator scores between participants ({@link ScoreMemo}) must not change any
 * card: every card built with the memo equals, and serialises byte for byte like, the card built
 * without it. Values come from a small pool (so that they repeat), with varying scales ({@code 95}
 * vs {@code 95.0}), evidence on some measurements, and flags.
 */
class ScoreMemoPropertiesTest {
    static final IndicatorSet SET = set(
            dimension(
                    "quality",
                    40,
                    scored("linear", ValueType.PERCENTAGE, 10, LinearToTarget.of(new BigDecimal("97"))),
                    indicator(
                            "lower",
                            IndicatorKind.SCORED,
                            ValueType.NUMERIC,
                            Direction.LOWER_BETTER,
                            10,
                            new LinearToTarget(new BigDecimal("2"), Optional.of(new BigDecimal("9")))),
                    scored(
                            "bands",
                            ValueType.PERCENTAGE,
                            10,
                            new ThresholdBands(List.of(
                                    new ThresholdBands.Band(new BigDecimal("95"), new BigDecimal("10")),
                                    new ThresholdBands.Band(new BigDecimal("90"), new BigDecimal("6"))))),
                    scored("norm", ValueType.NUMERIC, 10, new Normalisation(Normalisation.Method.MIN_MAX))),
            dimension(
                    "other",
                    20,
                    scored("pass", ValueType.BOOLEAN, 10, new PassFail()),
                    indicator(
                            "deduct",
                            IndicatorKind.DEDUCTION,
                            ValueType.COUNT,
                            Direction.LOWER_BETTER,
                            10,
                            new PerOccurrence(new BigDecimal("1.5"))),
                    indicator(
                            "bonus",
                            IndicatorKind.BONUS,
                            ValueType.COUNT,
                            Direction.HIGHER_BETTER,
                            5,
                            new PerOccurrence(new BigDecimal("2.5"))),
                    indicator(
                            "veto",
                            IndicatorKind.VETO,
                            ValueType.BOOLEAN,
                            Direction.HIGHER_BETTER,
                            0,
                            Veto.disqualifyForPeriod())));

    static final List<String> NUMERIC = List.of("linear", "lower", "bands", "norm", "deduct", "bonus");

    record Cell(String indicator, String value, boolean evidence) {}

    @Provide
    Arbitrary<List<List<Cell>>> fields() {
        Arbitrary<String> value = Arbitraries.of("0", "1", "2", "3", "90", "90.0", "95", "95.00", "96.5", "97", "100");
        Arbitrary<Cell> number = Combinators.combine(
                        Arbitraries.of(NUMERIC), value, Arbitraries.integers().between(0, 4))
                .as((i, v, e) -> new Cell(i, v, e == 0));
        Arbitrary<Cell> flag = Combinators.combine(
                        Arbitraries.of("pass", "veto"),
                        Arbitraries.of("true", "false"),
                        Arbitraries.integers().between(0, 4))
                .as((i, v, e) -> new Cell(i, v, e == 0));
        Arbitrary<List<Cell>> row =
                Arbitraries.oneOf(number, flag).list().ofMaxSize(8).uniqueElements(Cell::indicator);
        return row.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 150)
    void sharedScoresGiveTheSameCards(@ForAll("fields") List<List<Cell>> field, @ForAll boolean explain)
            throws Exception {
        CardBuilder builder = new CardBuilder(SET, ScoringPlugins.NONE, explain);
        List<Participant> participants = new ArrayList<>();
        List<Measurement[]> rows = new ArrayList<>();
        List<BigDecimal> normValues = new ArrayList<>();
        for (int p = 0; p < field.size(); p++) {
            Participant part = unit("P" + p);
            participants.add(part);
            Measurement[] row = new Measurement[builder.evaluators.size()];
            for (Cell c : field.get(p)) {
                Measurement.Builder m = new Measurement.Builder()
                        .participant(ParticipantId.of("P" + p))
                        .indicator(IndicatorCode.of(c.indicator()))
                        .period(Q1);
                if (c.value().equals("true") || c.value().equals("false")) {
                    m.flag(Boolean.parseBoolean(c.value()));
                } else {
                    m.value(new BigDecimal(c.value()));
                }
                if (c.evidence()) {
                    m.addEvidence("证据-" + p);
                }
                Measurement built = m.build();
                row[builder.indexOf.get(built.indicator())] = built;
                if (c.indicator().equals("norm")) {
                    normValues.add(built.value().orElseThrow());
                }
            }
            rows.add(row);
        }
        NormStats[] stats = new NormStats[builder.evaluators.size()];
        int norm = builder.indexOf.get(IndicatorCode.of("norm"));
        stats[norm] = new NormStats(Normalisation.Method.MIN_MAX, Direction.HIGHER_BETTER, normValues);
        ScoreMemo memo = new ScoreMemo(builder.evaluators);
        ObjectMapper json = ContestJson.jsonMapper();
        for (int p = 0; p < participants.size(); p++) {
            ScoreCard withMemo = builder.card(participants.get(p), rows.get(p), stats, Q1, List.of(), memo);
            ScoreCard without = builder.card(participants.get(p), rows.get(p), stats, Q1, List.of(), null);
            assertThat(withMemo).isEqualTo(without);
            assertThat(json.writeValueAsString(withMemo)).isEqualTo(json.writeValueAsString(without));
        }
    }

    @Example
    void equalCellsAreShared() {
        CardBuilder builder = new CardBuilder(SET, ScoringPlugins.NONE, true);
        ScoreMemo memo = new ScoreMemo(builder.evaluators);
        int i = builder.indexOf.get(IndicatorCode.of("linear"));
        IndicatorEvaluator e = builder.evaluators.get(i);
        Measurement a = measurement("A", "95.5", false);
        Measurement b = measurement("B", "95.5", false);
        Measurement scaled = measurement("C", "95.50", false);
        Measurement withEvidence = measurement("D", "95.5", true);
        IndicatorScore first = memo.get(i, e, a, null, true);
        assertThat(memo.get(i, e, b, null, true)).isSameAs(first);
        assertThat(memo.get(i, e, scaled, null, true)).isNotSameAs(first).isNotEqualTo(first);
        assertThat(memo.get(i, e, withEvidence, null, true)).isNull();
    }

    private static Measurement measurement(String participant, String value, boolean evidence) {
        Measurement.Builder m = new Measurement.Builder()
                .participant(ParticipantId.of(participant))
                .indicator(IndicatorCode.of("linear"))
                .period(Q1)
                .value(new BigDecimal(value));
        if (evidence) {
            m.addEvidence("证据");
        }
        return m.build();
    }
}
