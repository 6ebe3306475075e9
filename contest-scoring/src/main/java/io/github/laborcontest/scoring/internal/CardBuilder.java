// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.Dimension;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.Precision;
import io.github.laborcontest.model.RoundingStep;
import io.github.laborcontest.model.rule.Veto;
import io.github.laborcontest.scoring.BonusScore;
import io.github.laborcontest.scoring.CardFlag;
import io.github.laborcontest.scoring.DimensionScore;
import io.github.laborcontest.scoring.IndicatorScore;
import io.github.laborcontest.scoring.IndicatorStatus;
import io.github.laborcontest.scoring.ScoreCard;
import io.github.laborcontest.scoring.ScoreStatus;
import io.github.laborcontest.scoring.VetoOutcome;
import io.github.laborcontest.scoring.explain.Step;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An indicator set compiled once: its evaluators in published order, and the card of one
 * participant from its row of measurements (indicators → dimensions with deduction caps, floors
 * and weights → bonus with the set's cap → total floor → rounding → vetoes).
 */
final class CardBuilder {
    final IndicatorSet set;
    final boolean explain;
    final Precision precision;
    final List<IndicatorEvaluator> evaluators = new ArrayList<>();
    final Map<IndicatorCode, Integer> indexOf = new HashMap<>();
    final int[] dimensionStart;
    private final boolean hasBonus;
    /** Per dimension: the deduction cap, negated, or null. */
    private final @Nullable BigDecimal[] deductionFloor;
    /** Per dimension: whether its weight is exactly 1 (scale 0), so that a product is the points. */
    private final boolean[] unitWeight;

    private final @Nullable BigDecimal bonusCap;
    private final BigDecimal totalFloor;

    CardBuilder(IndicatorSet set, ScoringPlugins plugins, boolean explain) {
        this.set = set;
        this.explain = explain;
        this.precision = set.precision();
        boolean perIndicator = set.roundAt() == RoundingStep.PER_INDICATOR;
        dimensionStart = new int[set.dimensions().size() + 1];
        int d = 0;
        for (Dimension dim : set.dimensions()) {
            dimensionStart[d++] = evaluators.size();
            for (Indicator ind : dim.indicators()) {
                indexOf.put(ind.code(), evaluators.size());
                evaluators.add(new IndicatorEvaluator(ind, precision, perIndicator, plugins));
            }
        }
        dimensionStart[d] = evaluators.size();
        hasBonus = set.indicators().anyMatch(i -> i.kind() == IndicatorKind.BONUS);
        deductionFloor = new BigDecimal[set.dimensions().size()];
        unitWeight = new boolean[set.dimensions().size()];
        for (int k = 0; k < deductionFloor.length; k++) {
            Dimension dim = set.dimensions().get(k);
            deductionFloor[k] = dim.deductionCap().map(c -> c.value().negate()).orElse(null);
            unitWeight[k] = dim.weight().equals(BigDecimal.ONE);
        }
        bonusCap = set.bonusCap().map(Points::value).orElse(null);
        totalFloor = set.totalFloor().value();
    }

    ScoreCard card(
            Participant p,
            Measurement @Nullable [] row,
            NormStats[] stats,
            PeriodId period,
            List<VetoOutcome> earlier,
            @Nullable ScoreMemo memo) {
        List<DimensionScore> dims = new ArrayList<>(set.dimensions().size());
        List<VetoOutcome> vetoes = new ArrayList<>(earlier);
        boolean notMeasured = false;
        boolean remark = false;
        BigDecimal bonusRaw = BigDecimal.ZERO;
        BigDecimal subtotal = BigDecimal.ZERO;
        for (int d = 0; d < set.dimensions().size(); d++) {
            Dimension dim = set.dimensions().get(d);
            IndicatorScore[] scores = new IndicatorScore[dimensionStart[d + 1] - dimensionStart[d]];
            BigDecimal scored = BigDecimal.ZERO;
            BigDecimal deductions = BigDecimal.ZERO;
            for (int i = dimensionStart[d]; i < dimensionStart[d + 1]; i++) {
                IndicatorEvaluator e = evaluators.get(i);
                Measurement m = row == null ? null : row[i];
                IndicatorScore s =
                        memo != null && m != null && e.appliesTo(p) ? memo.get(i, e, m, stats[i], explain) : null;
                if (s == null) {
                    s = e.score(p, m, stats[i], explain);
                }
                scores[i - dimensionStart[d]] = s;
                switch (e.kind) {
                    case SCORED -> {
                        scored = plus(scored, s.points().value());
                        notMeasured |= s.status() == IndicatorStatus.NOT_MEASURED;
                        remark |= s.status() == IndicatorStatus.REMARK_REQUIRED;
                    }
                    case DEDUCTION -> deductions = plus(deductions, s.points().value());
                    case BONUS -> bonusRaw = plus(bonusRaw, s.points().value());
                    case VETO -> {
                        if (s.status() == IndicatorStatus.VETO_FIRED && m != null && e.rule instanceof Veto v) {
                            vetoes.add(DefaultScorer.outcome(v, m));
                        }
                    }
                    case RECORDED -> {}
                    default -> throw new IllegalStateException(e.kind.toString());
                }
            }
            List<Step> steps = List.of();
            BigDecimal applied = deductions;
            BigDecimal cap = deductionFloor[d];
            if (cap != null && deductions.compareTo(cap) < 0) {
                if (explain) {
                    steps = new ArrayList<>(3);
                    steps.add(new Step.Capped("deduction-cap", deductions, cap));
                }
                applied = cap;
            }
            BigDecimal points = plus(scored, applied);
            BigDecimal floor = dim.floor().value();
            if (points.compareTo(floor) < 0) {
                if (explain) {
                    steps = steps.isEmpty() ? new ArrayList<>(3) : steps;
                    steps.add(new Step.Floored("dimension", points, floor));
                }
                points = floor;
            }
            // × 1 (scale 0) gives the same number with the same scale: keep it
            BigDecimal contribution = unitWeight[d] ? points : points.multiply(dim.weight());
            if (explain && dim.weight().compareTo(BigDecimal.ONE) != 0) {
                steps = steps.isEmpty() ? new ArrayList<>(3) : steps;
                steps.add(new Step.Weighted(points, dim.weight(), contribution));
            }
            subtotal = plus(subtotal, contribution);
            Points scoredPoints = points(scored);
            Points appliedPoints = points(applied);
            Points dimensionPoints = points == scored ? scoredPoints : points(points);
            Points contributionPoints = contribution == points ? dimensionPoints : points(contribution);
            dims.add(new DimensionScore(
                    dim.code(),
                    dim.weight(),
                    dim.maxPoints(),
                    scoredPoints,
                    appliedPoints,
                    dimensionPoints,
                    contributionPoints,
                    List.of(scores),
                    steps));
        }
        BonusScore bonus = BonusScore.NONE;
        if (bonusRaw.signum() != 0 || hasBonus) {
            BigDecimal applied = bonusRaw;
            List<Step> steps = List.of();
            if (bonusCap != null && bonusRaw.compareTo(bonusCap) > 0) {
                applied = bonusCap;
                if (explain) {
                    steps = List.of(new Step.Capped("bonus-cap", bonusRaw, applied));
                }
            }
            bonus = new BonusScore(new Points(bonusRaw), new Points(applied), steps);
        }
        subtotal = plus(subtotal, bonus.applied().value());
        List<Step> steps = explain ? new ArrayList<>(3) : List.of();
        BigDecimal total = subtotal;
        BigDecimal floor = totalFloor;
        if (total.compareTo(floor) < 0) {
            if (explain) {
                steps.add(new Step.Floored("total", total, floor));
            }
            total = floor;
        }
        BigDecimal rounded = precision.round(total);
        if (explain && rounded.compareTo(total) != 0) {
            steps.add(new Step.Rounded(
                    total, rounded, precision.scale(), precision.rounding().name()));
        }
        boolean disqualified = false;
        for (VetoOutcome v : vetoes) {
            disqualified |= v.disqualifies();
        }
        if (explain && disqualified) {
            steps.add(new Step.Disqualified(vetoes.stream()
                    .filter(VetoOutcome::disqualifies)
                    .map(v -> v.indicator().value())
                    .toList()));
        }
        List<CardFlag> flags = new ArrayList<>(3);
        if (notMeasured) {
            flags.add(CardFlag.NOT_MEASURED);
        }
        if (remark) {
            flags.add(CardFlag.REMARK_REQUIRED);
        }
        if (!vetoes.isEmpty()) {
            flags.add(CardFlag.VETO_FIRED);
        }
        return new ScoreCard(
                p.id(),
                period,
                disqualified ? ScoreStatus.DISQUALIFIED : ScoreStatus.RANKED,
                new Points(rounded),
                dims,
                bonus,
                vetoes,
                flags,
                steps);
    }

    /**
     * {@code a.add(b)}: the same value and scale, without a new object when one side is a zero
     * whose scale does not exceed the other's (the sum then equals the other side exactly).
     */
    static BigDecimal plus(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0 && b.scale() <= a.scale()) {
            return a;
        }
        if (a.signum() == 0 && a.scale() <= b.scale()) {
            return b;
        }
        return a.add(b);
    }

    /** Points of a number; the shared {@link Points#ZERO} for {@link BigDecimal#ZERO} itself. */
    private static Points points(BigDecimal v) {
        return v == BigDecimal.ZERO ? Points.ZERO : new Points(v);
    }
}
