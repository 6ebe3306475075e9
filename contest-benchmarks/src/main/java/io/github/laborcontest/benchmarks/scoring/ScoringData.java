// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.benchmarks.scoring;

import io.github.laborcontest.model.CampaignTask;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.CompetitionPlan;
import io.github.laborcontest.model.DateRange;
import io.github.laborcontest.model.Dimension;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.EvaluationPeriod;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Organiser;
import io.github.laborcontest.model.OrganiserRole;
import io.github.laborcontest.model.OrganiserType;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.PeriodKind;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.Scope;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.PassFail;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.model.rule.ScoringRule;
import io.github.laborcontest.model.rule.ThresholdBands;
import io.github.laborcontest.model.rule.Veto;
import io.github.laborcontest.scoring.MeasurementTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A 12-indicator key-project set (quality, safety, progress, innovation, a bonus and a veto; 70
 * points) and deterministic random measurements for it. Public so that profiling scripts can reuse it.
 */
public final class ScoringData {
    public static final PeriodId PERIOD = PeriodId.of("2026-Q1");

    /** The codes of the 12 indicators, in set order. */
    public static final List<String> CODES = List.of(
            "q.pass",
            "q.accept",
            "q.defects",
            "s.hazard",
            "s.training",
            "s.accidents",
            "s.unrectified",
            "p.investment",
            "p.milestone",
            "i.bim",
            "b.innovation",
            "v.fatal");

    private ScoringData() {}

    public static Indicator ind(
            String code, IndicatorKind kind, ValueType type, Direction dir, long max, ScoringRule rule) {
        return new Indicator.Builder()
                .code(IndicatorCode.of(code))
                .name(LocalizedText.of(code, code))
                .unit("-")
                .kind(kind)
                .valueType(type)
                .direction(dir)
                .maxPoints(Points.of(max))
                .rule(rule)
                .build();
    }

    public static Indicator scored(String code, ValueType type, long max, ScoringRule rule) {
        return ind(code, IndicatorKind.SCORED, type, Direction.HIGHER_BETTER, max, rule);
    }

    public static Dimension dim(String code, long max, Indicator... inds) {
        return new Dimension.Builder()
                .code(DimensionCode.of(code))
                .name(LocalizedText.of(code, code))
                .maxPoints(Points.of(max))
                .addIndicators(inds)
                .build();
    }

    public static IndicatorSet set() {
        ThresholdBands fewer = new ThresholdBands(List.of(
                new ThresholdBands.Band(BigDecimal.ZERO, new BigDecimal("5")),
                new ThresholdBands.Band(new BigDecimal("2"), new BigDecimal("3")),
                new ThresholdBands.Band(new BigDecimal("5"), new BigDecimal("1"))));
        ThresholdBands accidents = new ThresholdBands(List.of(
                new ThresholdBands.Band(BigDecimal.ZERO, new BigDecimal("4")),
                new ThresholdBands.Band(BigDecimal.ONE, new BigDecimal("2"))));
        return new IndicatorSet.Builder()
                .code("bench")
                .version("1")
                .name(LocalizedText.of("基准", "bench"))
                .kind(CompetitionKind.KEY_PROJECT)
                .totalPoints(Points.of(70))
                .bonusCap(Points.of(10))
                .addDimensions(
                        dim(
                                "quality",
                                20,
                                scored("q.pass", ValueType.PERCENTAGE, 8, LinearToTarget.of(new BigDecimal("100"))),
                                scored("q.accept", ValueType.PERCENTAGE, 7, LinearToTarget.of(new BigDecimal("100"))),
                                ind(
                                        "q.defects",
                                        IndicatorKind.SCORED,
                                        ValueType.COUNT,
                                        Direction.LOWER_BETTER,
                                        5,
                                        fewer)),
                        new Dimension.Builder()
                                .from(dim(
                                        "safety",
                                        20,
                                        scored(
                                                "s.hazard",
                                                ValueType.PERCENTAGE,
                                                10,
                                                new LinearToTarget(
                                                        new BigDecimal("100"), Optional.of(new BigDecimal("60")))),
                                        scored(
                                                "s.training",
                                                ValueType.NUMERIC,
                                                6,
                                                LinearToTarget.of(new BigDecimal("24"))),
                                        ind(
                                                "s.accidents",
                                                IndicatorKind.SCORED,
                                                ValueType.COUNT,
                                                Direction.LOWER_BETTER,
                                                4,
                                                accidents),
                                        ind(
                                                "s.unrectified",
                                                IndicatorKind.DEDUCTION,
                                                ValueType.COUNT,
                                                Direction.LOWER_BETTER,
                                                10,
                                                new PerOccurrence(new BigDecimal("2")))))
                                .deductionCap(Points.of(8))
                                .build(),
                        dim(
                                "progress",
                                20,
                                scored(
                                        "p.investment",
                                        ValueType.PERCENTAGE,
                                        12,
                                        LinearToTarget.of(new BigDecimal("100"))),
                                scored(
                                        "p.milestone",
                                        ValueType.PERCENTAGE,
                                        8,
                                        LinearToTarget.of(new BigDecimal("100")))),
                        dim("innovation", 10, scored("i.bim", ValueType.BOOLEAN, 10, new PassFail())),
                        dim(
                                "extra",
                                0,
                                ind(
                                        "b.innovation",
                                        IndicatorKind.BONUS,
                                        ValueType.COUNT,
                                        Direction.HIGHER_BETTER,
                                        10,
                                        new PerOccurrence(new BigDecimal("2.5"))),
                                ind(
                                        "v.fatal",
                                        IndicatorKind.VETO,
                                        ValueType.BOOLEAN,
                                        Direction.HIGHER_BETTER,
                                        0,
                                        Veto.disqualifyForPeriod())))
                .build();
    }

    /** Per-indicator generators: numeric value × 10^scale, or flags. */
    public static long next(int indicator, SplittableRandom r) {
        return switch (indicator) {
            case 0, 1, 3, 7, 8 -> 5000 + r.nextInt(5001); // 50.00–100.00 %, two decimals
            case 2, 5 -> r.nextInt(7);
            case 4 -> r.nextInt(301); // 0.0–30.0 hours, one decimal
            case 6 -> r.nextInt(6);
            case 10 -> r.nextInt(5);
            default -> throw new IllegalArgumentException();
        };
    }

    public static int scale(int indicator) {
        return switch (indicator) {
            case 0, 1, 3, 7, 8 -> 2;
            case 4 -> 1;
            default -> 0;
        };
    }

    public static List<ParticipantId> ids(int n) {
        List<ParticipantId> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(ParticipantId.of(String.format("P%07d", i)));
        }
        return ids;
    }

    public static MeasurementTable table(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        MeasurementTable.Builder b = MeasurementTable.builder(ids(n));
        for (int k = 0; k < CODES.size(); k++) {
            IndicatorCode code = IndicatorCode.of(CODES.get(k));
            if (k == 9 || k == 11) {
                boolean[] flags = new boolean[n];
                for (int i = 0; i < n; i++) {
                    flags[i] = k == 9 ? r.nextInt(3) > 0 : r.nextInt(1000) == 0;
                }
                b.flags(code, flags);
            } else {
                long[] values = new long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = next(k, r);
                }
                b.numbers(code, values, scale(k));
            }
        }
        return b.build();
    }

    public static List<Measurement> measurements(MeasurementTable t) {
        List<Measurement> out = new ArrayList<>(t.size() * CODES.size());
        for (int row = 0; row < t.size(); row++) {
            ParticipantId p = t.participants().get(row);
            for (String c : CODES) {
                IndicatorCode code = IndicatorCode.of(c);
                Optional<BigDecimal> v = t.number(code, row);
                if (v.isPresent()) {
                    out.add(Measurement.of(p, code, PERIOD, v.get()));
                } else {
                    out.add(new Measurement.Builder()
                            .participant(p)
                            .indicator(code)
                            .period(PERIOD)
                            .flag(t.flag(code, row).orElseThrow())
                            .build());
                }
            }
        }
        return out;
    }

    public static Competition competition(IndicatorSet set, List<ParticipantId> ids) {
        List<Participant> ps = new ArrayList<>(ids.size());
        for (ParticipantId id : ids) {
            ps.add(new Participant.Builder()
                    .id(id)
                    .name("单位" + id.value())
                    .kind(ParticipantKind.UNIT)
                    .build());
        }
        return new Competition.Builder()
                .id(CompetitionId.of("bench"))
                .plan(new CompetitionPlan.Builder()
                        .name("基准")
                        .contentAndGoals("内容")
                        .methodAndVehicle("方式")
                        .scopeAndParticipants("范围")
                        .standardsAndRequirements("标准")
                        .dates(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                        .evaluationAndRewardMethod("考评")
                        .build())
                .kind(CompetitionKind.KEY_PROJECT)
                .addCampaignTask(CampaignTask.METRO)
                .scope(Scope.CITY_WIDE)
                .addOrganiser(Organiser.of("青岛市总工会", OrganiserType.CITY_TRADE_UNION, OrganiserRole.LEAD))
                .indicatorSet(set.ref())
                .addPeriod(new EvaluationPeriod.Builder()
                        .id(PERIOD)
                        .kind(PeriodKind.QUARTERLY)
                        .dates(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                        .weight(BigDecimal.ONE)
                        .build())
                .participants(ps)
                .build();
    }
}
