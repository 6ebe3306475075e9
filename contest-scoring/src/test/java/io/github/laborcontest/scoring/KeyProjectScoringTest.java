// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.flag;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.indicator;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.items;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.Dimension;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.rule.ItemTable;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.model.rule.ThresholdBands;
import io.github.laborcontest.model.rule.Veto;
import io.github.laborcontest.scoring.explain.Explanations;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A hand-built key-project set (40 points: quality 20, safety 20, a bonus dimension, a veto) and
 * three projects, every number worked out by hand below.
 */
class KeyProjectScoringTest {

    /** The set: see the class comment. */
    static IndicatorSet keyProjectSet() {
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
                                        new ThresholdBands.Band(new BigDecimal("90"), new BigDecimal("6")),
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
        Dimension safety = dimension(
                "safety",
                20,
                scored("s.hazard", ValueType.PERCENTAGE, 10, LinearToTarget.of(new BigDecimal("100"))),
                indicator(
                        "s.lost-days",
                        IndicatorKind.SCORED,
                        ValueType.NUMERIC,
                        Direction.LOWER_BETTER,
                        10,
                        new LinearToTarget(new BigDecimal("2"), Optional.of(new BigDecimal("10")))),
                indicator(
                        "s.fatal",
                        IndicatorKind.VETO,
                        ValueType.BOOLEAN,
                        Direction.HIGHER_BETTER,
                        0,
                        Veto.disqualifyForPeriod()));
        Dimension model = dimension(
                "model",
                0,
                indicator(
                        "m.honours",
                        IndicatorKind.BONUS,
                        ValueType.ITEMS,
                        Direction.HIGHER_BETTER,
                        10,
                        new ItemTable(
                                List.of(
                                        new ItemTable.Item(
                                                "luban", LocalizedText.of("鲁班奖", "Luban"), new BigDecimal("10")),
                                        new ItemTable.Item(
                                                "taishan", LocalizedText.of("泰山杯", "Taishan"), new BigDecimal("5")),
                                        new ItemTable.Item(
                                                "city", LocalizedText.of("市级奖", "city"), new BigDecimal("3"))),
                                true)),
                indicator(
                        "m.innovation",
                        IndicatorKind.BONUS,
                        ValueType.COUNT,
                        Direction.HIGHER_BETTER,
                        6,
                        new PerOccurrence(new BigDecimal("2"))));
        return new IndicatorSet.Builder()
                .from(set(quality, safety, model))
                .bonusCap(Points.of(10))
                .build();
    }

    static List<Measurement> measurements() {
        return List.of(
                value("A", "q.pass", "95"),
                value("A", "q.accept", "96"),
                value("A", "q.defects", "4"),
                value("A", "s.hazard", "87.5"),
                value("A", "s.lost-days", "4"),
                flag("A", "s.fatal", false),
                items("A", "m.honours", "luban", "city"),
                value("A", "m.innovation", "1"),
                value("B", "q.pass", "55"),
                value("B", "q.accept", "90"),
                value("B", "s.hazard", "100"),
                value("B", "s.lost-days", "1"),
                flag("B", "s.fatal", true),
                value("C", "q.pass", "66.666"),
                value("C", "q.accept", "85"),
                value("C", "q.defects", "1"),
                value("C", "s.lost-days", "10"),
                items("C", "m.honours", "taishan"));
    }

    static PeriodResult score() {
        IndicatorSet set = keyProjectSet();
        Competition c = competition(set, units("A", "B", "C"));
        return Scorer.create().scorePeriod(c, set, measurements(), Q1).getOrElseGet(ps -> {
            throw new AssertionError(ps.map(p -> p.message(Locale.ENGLISH)).mkString("\n"));
        });
    }

    @Test
    void projectAIsScoredByHand() {
        ScoreCard a = score().card(ParticipantId.of("A")).orElseThrow();
        // q.pass: 95 < target 100, above floor 60: 12 × 95 / 100 = 11.4 → 11.40
        assertThat(points(a, "q.pass")).isEqualByComparingTo("11.40");
        // q.accept: 96 ≥ 95, the highest band reached: 8
        assertThat(points(a, "q.accept")).isEqualByComparingTo("8");
        // q.defects: 4 × 2 = 8, held to the indicator's cap 6: −6
        assertThat(points(a, "q.defects")).isEqualByComparingTo("-6");
        // quality: scored 11.40 + 8 = 19.40; deductions −6 held to the dimension's cap 5: −5; 14.40
        DimensionScore quality = a.dimension(DimensionCode.of("quality")).orElseThrow();
        assertThat(quality.scored().value()).isEqualByComparingTo("19.40");
        assertThat(quality.deductions().value()).isEqualByComparingTo("-5");
        assertThat(quality.points().value()).isEqualByComparingTo("14.40");
        assertThat(quality.steps())
                .contains(new Step.Capped("deduction-cap", new BigDecimal("-6.00"), new BigDecimal("-5")));
        // s.hazard: 10 × 87.5 / 100 = 8.75
        assertThat(points(a, "s.hazard")).isEqualByComparingTo("8.75");
        // s.lost-days (lower is better, target 2, nothing at 10): 10 × (10 − 4) / (10 − 2) = 7.5 → 7.50
        assertThat(points(a, "s.lost-days")).isEqualByComparingTo("7.50");
        assertThat(a.dimension(DimensionCode.of("safety"))
                        .orElseThrow()
                        .points()
                        .value())
                .isEqualByComparingTo("16.25");
        // bonus: honours luban 10 and city 3, highest only: 10; innovation 1 × 2 = 2; 12 capped at 10
        assertThat(a.bonus().raw().value()).isEqualByComparingTo("12");
        assertThat(a.bonus().applied().value()).isEqualByComparingTo("10");
        // total: 14.40 + 16.25 + 10 = 40.65
        assertThat(a.total().value()).isEqualByComparingTo("40.65");
        assertThat(a.status()).isEqualTo(ScoreStatus.RANKED);
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void projectBIsDisqualifiedByTheVetoWithItsReason() {
        PeriodResult r = score();
        ScoreCard b = r.card(ParticipantId.of("B")).orElseThrow();
        // q.pass 55 below the floor 60: 0; q.accept 90: band 6; no defects recorded; quality 6
        // safety: hazard 100 ≥ 100: 10; lost days 1 ≤ target 2: 10; safety 20; total 26.00
        assertThat(points(b, "q.pass")).isEqualByComparingTo("0");
        assertThat(b.indicator(IndicatorCode.of("q.defects")).orElseThrow().status())
                .isEqualTo(IndicatorStatus.NOT_MEASURED);
        assertThat(b.total().value()).isEqualByComparingTo("26.00");
        assertThat(b.status()).isEqualTo(ScoreStatus.DISQUALIFIED);
        assertThat(b.vetoes()).singleElement().satisfies(v -> {
            assertThat(v.indicator()).isEqualTo(IndicatorCode.of("s.fatal"));
            assertThat(v.evidence()).containsExactly("检查记录-B");
        });
        assertThat(r.overall().entry(ParticipantId.of("B"))).isEmpty();
        assertThat(r.overall().disqualified())
                .singleElement()
                .satisfies(d -> assertThat(d.participant()).isEqualTo(ParticipantId.of("B")));
    }

    @Test
    void projectCHasAMissingMeasurementFlaggedAndScoredZero() {
        ScoreCard c = score().card(ParticipantId.of("C")).orElseThrow();
        // q.pass: 12 × 66.666 / 100 = 7.99992 → 8.00; q.accept 85: band 80 → 3; defects 1 × 2 = −2; quality 9.00
        assertThat(points(c, "q.pass")).isEqualByComparingTo("8.00");
        assertThat(c.dimension(DimensionCode.of("quality"))
                        .orElseThrow()
                        .points()
                        .value())
                .isEqualByComparingTo("9.00");
        // s.hazard missing: 0 and flagged; s.lost-days 10 at the cut-off: 0; safety 0
        IndicatorScore hazard = c.indicator(IndicatorCode.of("s.hazard")).orElseThrow();
        assertThat(hazard.status()).isEqualTo(IndicatorStatus.NOT_MEASURED);
        assertThat(hazard.steps()).containsExactly(new Step.NotMeasured("scored-zero"));
        assertThat(c.flags()).containsExactly(CardFlag.NOT_MEASURED);
        // bonus: taishan 5; total 9.00 + 0 + 5 = 14.00
        assertThat(c.total().value()).isEqualByComparingTo("14.00");
    }

    @Test
    void rankingListsRankedAndDisqualified() {
        PeriodResult r = score();
        assertThat(r.overall().entries())
                .extracting(e -> e.participant().value())
                .containsExactly("A", "C");
        assertThat(r.overall().entries())
                .extracting(RankedEntry::rank)
                .containsExactly(BigDecimal.ONE, BigDecimal.valueOf(2));
    }

    @Test
    void summaryRendersInChineseAndEnglish() {
        ScoreCard a = score().card(ParticipantId.of("A")).orElseThrow();
        String zh = Explanations.summarize(a, Locale.CHINESE);
        String en = Explanations.summarize(a, Locale.ENGLISH);
        assertThat(zh).contains("总分 40.65").contains("12 × 95 / 100 = 11.4").contains("扣分 -6.00 超过维度扣分上限，按 -5 计");
        assertThat(en).contains("total 40.65").contains("bonus 12.00 capped at 10");
    }

    @Test
    void diffListsEveryNumberThatChanged() {
        PeriodResult before = score();
        IndicatorSet set = keyProjectSet();
        List<Measurement> corrected = measurements().stream()
                .map(m -> m.participant().value().equals("A")
                                && m.indicator().value().equals("q.pass")
                        ? new Measurement.Builder()
                                .from(m)
                                .value(new BigDecimal("100"))
                                .build()
                        : m)
                .toList();
        ScoreCard after = Scorer.create()
                .scorePeriod(competition(set, units("A", "B", "C")), set, corrected, Q1)
                .get()
                .card(ParticipantId.of("A"))
                .orElseThrow();
        ScoreCard a = before.card(ParticipantId.of("A")).orElseThrow();
        // q.pass 95 → 100: 11.40 → 12; quality 14.40 → 15.00; total 40.65 → 41.25
        assertThat(a.diff(after))
                .extracting(d -> d.what() + " " + d.change())
                .containsExactly("total 0.60", "dimension:quality 0.60", "indicator:q.pass 0.60");
    }

    @Test
    void aDisqualifiedCardSaysWhichVetoFiredAndWhy() {
        ScoreCard b = score().card(ParticipantId.of("B")).orElseThrow();
        assertThat(Explanations.summarize(b, Locale.CHINESE))
                .contains("取消资格，不参与排名")
                .contains("一票否决 | s.fatal")
                .contains("于周期 2026-Q1 触发，记录值 true（依据：检查记录-B")
                .contains("因 s.fatal 取消资格：公布但不排名");
    }

    static BigDecimal points(ScoreCard card, String indicator) {
        return card.indicator(IndicatorCode.of(indicator))
                .orElseThrow()
                .points()
                .value();
    }
}
