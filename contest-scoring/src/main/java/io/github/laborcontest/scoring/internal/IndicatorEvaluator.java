// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.Precision;
import io.github.laborcontest.model.ProjectStage;
import io.github.laborcontest.model.rule.CustomRule;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.ItemTable;
import io.github.laborcontest.model.rule.JudgePanel;
import io.github.laborcontest.model.rule.JudgementMarks;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.model.rule.PassFail;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.model.rule.ScoringRule;
import io.github.laborcontest.model.rule.ThresholdBands;
import io.github.laborcontest.model.rule.Veto;
import io.github.laborcontest.scoring.IndicatorScore;
import io.github.laborcontest.scoring.IndicatorStatus;
import io.github.laborcontest.scoring.explain.Step;
import io.github.laborcontest.scoring.spi.CustomOutcome;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One indicator compiled once per scoring run: turns a participant's measurement into an {@link
 * IndicatorScore}. Quotients are carried at 34 significant digits ({@link MathContext#DECIMAL128})
 * and rounded only at the set's declared step.
 */
final class IndicatorEvaluator {
    static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    final Indicator indicator;
    final IndicatorKind kind;
    final BigDecimal max;
    final @Nullable ScoringRule rule;
    final Direction direction;
    private final Set<ProjectStage> stages;
    private final Precision precision;
    private final boolean roundPerIndicator;
    private final ScoringPlugins plugins;
    private final IndicatorScore notApplicableLean;
    private final IndicatorScore notMeasuredLean;

    IndicatorEvaluator(Indicator indicator, Precision precision, boolean roundPerIndicator, ScoringPlugins plugins) {
        this.indicator = indicator;
        this.kind = indicator.kind();
        this.max = indicator.maxPoints().value();
        this.rule = indicator.rule().orElse(null);
        this.direction = indicator.direction();
        this.stages = indicator.stages().isEmpty() ? Set.of() : EnumSet.copyOf(indicator.stages());
        this.precision = precision;
        this.roundPerIndicator = roundPerIndicator;
        this.plugins = plugins;
        this.notApplicableLean = new IndicatorScore(
                indicator.code(), kind, IndicatorStatus.NOT_APPLICABLE, Optional.empty(), Points.ZERO, List.of());
        this.notMeasuredLean = new IndicatorScore(
                indicator.code(), kind, IndicatorStatus.NOT_MEASURED, Optional.empty(), Points.ZERO, List.of());
    }

    /** Whether the indicator applies to a participant (stage contests). */
    boolean appliesTo(Participant p) {
        return stages.isEmpty() || p.stage().map(stages::contains).orElse(false);
    }

    /** Whether the rule compares participants of the period (normalisation). */
    boolean isNormalised() {
        return rule instanceof Normalisation;
    }

    /**
     * Scores one participant.
     *
     * @param p the participant
     * @param m its measurement in the period, or null
     * @param stats the period's statistics, for a normalised indicator
     * @param explain whether to record steps
     */
    IndicatorScore score(Participant p, @Nullable Measurement m, @Nullable NormStats stats, boolean explain) {
        if (!appliesTo(p)) {
            if (!explain) {
                return notApplicableLean;
            }
            List<String> names =
                    indicator.stages().stream().map(ProjectStage::code).toList();
            return new IndicatorScore(
                    indicator.code(),
                    kind,
                    IndicatorStatus.NOT_APPLICABLE,
                    Optional.empty(),
                    Points.ZERO,
                    List.of(new Step.NotApplicable(
                            p.stage().map(ProjectStage::code).orElse("-"), names)));
        }
        if (m == null) {
            if (!explain) {
                return notMeasuredLean;
            }
            String reason = kind == IndicatorKind.SCORED ? "scored-zero" : "none-recorded";
            return new IndicatorScore(
                    indicator.code(),
                    kind,
                    IndicatorStatus.NOT_MEASURED,
                    Optional.empty(),
                    Points.ZERO,
                    List.of(new Step.NotMeasured(reason)));
        }
        return scoreApplicable(m, stats, explain);
    }

    /**
     * Whether a measurement's score here depends only on its number or flag (and the period's
     * statistics): no participant, marks, items or plugin involved. See {@link ScoreMemo}.
     */
    boolean isShareable() {
        ScoringRule r = rule;
        return kind == IndicatorKind.RECORDED
                || r == null
                || r instanceof LinearToTarget
                || r instanceof ThresholdBands
                || r instanceof Normalisation
                || r instanceof PassFail
                || r instanceof DirectPoints
                || r instanceof PerOccurrence
                || r instanceof Veto;
    }

    /**
     * Scores a measurement of an indicator that applies to its participant.
     *
     * @param m the measurement
     * @param stats the period's statistics, for a normalised indicator
     * @param explain whether to record steps
     */
    IndicatorScore scoreApplicable(Measurement m, @Nullable NormStats stats, boolean explain) {
        List<Step> steps = explain ? new ArrayList<>(6) : List.of();
        if (explain) {
            steps.add(new Step.RawValue(rawText(m), m.evidence()));
        }
        Optional<BigDecimal> raw = m.value();
        if (kind == IndicatorKind.RECORDED || rule == null) {
            return new IndicatorScore(indicator.code(), kind, IndicatorStatus.RECORDED, raw, Points.ZERO, steps);
        }
        if (rule instanceof Veto v) {
            boolean fired = fires(m);
            if (fired && explain) {
                steps.add(new Step.VetoFired(
                        indicator.code().value(),
                        v.effect().code(),
                        v.scope().code(),
                        v.gradeCap(),
                        m.period().value()));
            }
            return new IndicatorScore(
                    indicator.code(),
                    kind,
                    fired ? IndicatorStatus.VETO_FIRED : IndicatorStatus.VETO_CLEAR,
                    raw,
                    Points.ZERO,
                    steps);
        }
        BigDecimal v;
        if (rule instanceof JudgementMarks j) {
            BigDecimal lo = m.marks().stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            BigDecimal hi = m.marks().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            BigDecimal spread = hi.subtract(lo);
            if (spread.compareTo(BigDecimal.valueOf(j.maxSpread())) > 0) {
                if (explain) {
                    steps.add(new Step.RemarkRequired(m.marks(), spread, j.maxSpread()));
                }
                return new IndicatorScore(
                        indicator.code(), kind, IndicatorStatus.REMARK_REQUIRED, raw, Points.ZERO, steps);
            }
            BigDecimal sum = sum(m.marks());
            BigDecimal n = BigDecimal.valueOf(m.marks().size());
            v = max.multiply(sum).divide(THREE.multiply(n), MC);
            if (explain) {
                steps.add(new Step.Computed(
                        "judgement.mean",
                        List.of(max.toPlainString(), sum.divide(n, MC).toPlainString()),
                        v));
            }
        } else {
            v = compute(rule, m, stats, explain ? steps : null);
        }
        return finish(v, raw, steps, explain);
    }

    private IndicatorScore finish(BigDecimal computed, Optional<BigDecimal> raw, List<Step> steps, boolean explain) {
        BigDecimal v = computed;
        if (v.compareTo(max) > 0) {
            if (explain) {
                steps.add(new Step.Capped("indicator", v, max));
            }
            v = max;
        } else if (v.signum() < 0) {
            if (explain) {
                steps.add(new Step.Floored("indicator", v, BigDecimal.ZERO));
            }
            v = BigDecimal.ZERO;
        }
        if (roundPerIndicator) {
            BigDecimal r = precision.round(v);
            if (explain && r.compareTo(v) != 0) {
                steps.add(new Step.Rounded(
                        v, r, precision.scale(), precision.rounding().name()));
            }
            v = r;
        }
        if (kind == IndicatorKind.DEDUCTION) {
            v = v.negate();
        }
        return new IndicatorScore(indicator.code(), kind, IndicatorStatus.SCORED, raw, new Points(v), steps);
    }

    private BigDecimal compute(ScoringRule r, Measurement m, @Nullable NormStats stats, @Nullable List<Step> steps) {
        if (r instanceof LinearToTarget l) {
            return linear(l, m.value().orElse(BigDecimal.ZERO), steps);
        } else if (r instanceof ThresholdBands b) {
            return bands(b, m.value().orElse(BigDecimal.ZERO), steps);
        } else if (r instanceof Normalisation) {
            NormStats.Fraction f = stats == null
                    ? new NormStats.Fraction(BigDecimal.ZERO, null)
                    : stats.fraction(m.value().orElse(BigDecimal.ZERO), steps != null);
            BigDecimal v = max.multiply(f.value());
            if (steps != null) {
                if (f.step() != null) {
                    steps.add(f.step());
                }
                steps.add(new Step.Computed(
                        "normalised.points",
                        List.of(max.toPlainString(), f.value().toPlainString()),
                        v));
            }
            return v;
        } else if (r instanceof PassFail) {
            boolean flag = m.flag().orElse(false);
            boolean pass = direction == Direction.LOWER_BETTER ? !flag : flag;
            BigDecimal v = pass ? max : BigDecimal.ZERO;
            if (steps != null) {
                steps.add(
                        new Step.Computed(pass ? "pass-fail.pass" : "pass-fail.fail", List.of(max.toPlainString()), v));
            }
            return v;
        } else if (r instanceof DirectPoints) {
            BigDecimal v = m.value().orElse(BigDecimal.ZERO);
            if (steps != null) {
                steps.add(new Step.Computed("direct", List.of(), v));
            }
            return v;
        } else if (r instanceof JudgePanel j) {
            return judges(j, m.marks(), steps);
        } else if (r instanceof PerOccurrence o) {
            BigDecimal count = m.value().orElse(BigDecimal.ZERO);
            BigDecimal v = count.multiply(o.pointsEach());
            if (steps != null) {
                steps.add(new Step.Computed(
                        "per-occurrence",
                        List.of(count.toPlainString(), o.pointsEach().toPlainString()),
                        v));
            }
            return v;
        } else if (r instanceof ItemTable t) {
            return items(t, m.items(), steps);
        } else if (r instanceof CustomRule c) {
            return custom(c, m, steps);
        }
        throw new IllegalStateException("unexpected rule " + r);
    }

    private BigDecimal linear(LinearToTarget l, BigDecimal value, @Nullable List<Step> steps) {
        BigDecimal t = l.target();
        BigDecimal f = l.floor().orElse(null);
        BigDecimal v;
        String formula;
        BigDecimal num = null;
        BigDecimal den = null;
        if (direction == Direction.LOWER_BETTER) {
            if (value.compareTo(t) <= 0) {
                v = max;
                formula = "linear.lower.full";
            } else if (f != null && value.compareTo(f) >= 0) {
                v = BigDecimal.ZERO;
                formula = "linear.lower.at-floor";
            } else if (f != null) {
                num = max.multiply(f.subtract(value));
                den = f.subtract(t);
                v = quotient(num, den);
                formula = "linear.lower.between";
            } else {
                num = max.multiply(t);
                den = value;
                v = quotient(num, den);
                formula = "linear.lower.inverse";
            }
        } else {
            if (value.compareTo(t) >= 0) {
                v = max;
                formula = "linear.full";
            } else if (f != null && value.compareTo(f) < 0) {
                v = BigDecimal.ZERO;
                formula = "linear.below-floor";
            } else {
                num = max.multiply(value);
                den = t;
                v = quotient(num, den);
                formula = "linear.proportional";
            }
        }
        if (steps != null) {
            String vs = value.toPlainString();
            String ts = t.toPlainString();
            String ms = max.toPlainString();
            String fs = f == null ? "-" : f.toPlainString();
            List<String> params = switch (formula) {
                case "linear.lower.full", "linear.full" -> List.of(vs, ts);
                case "linear.lower.at-floor", "linear.below-floor" -> List.of(vs, fs);
                case "linear.lower.between" -> List.of(ms, fs, vs, ts);
                case "linear.lower.inverse" -> List.of(ms, ts, vs);
                default -> List.of(ms, vs, ts);
            };
            BigDecimal shown = num == null || !roundPerIndicator ? v : num.divide(den, SHOWN);
            steps.add(new Step.Computed(formula, params, shown));
            if (shown.compareTo(v) != 0) {
                steps.add(new Step.Rounded(
                        shown, v, precision.scale(), precision.rounding().name()));
            }
        }
        return v;
    }

    private BigDecimal bands(ThresholdBands b, BigDecimal value, @Nullable List<Step> steps) {
        ThresholdBands.Band best = null;
        for (ThresholdBands.Band band : b.bands()) {
            int c = band.threshold().compareTo(value);
            if (direction == Direction.LOWER_BETTER) {
                if (c >= 0 && (best == null || band.threshold().compareTo(best.threshold()) < 0)) {
                    best = band;
                }
            } else if (c <= 0 && (best == null || band.threshold().compareTo(best.threshold()) > 0)) {
                best = band;
            }
        }
        if (best == null) {
            if (steps != null) {
                steps.add(new Step.Computed("band.none", List.of(value.toPlainString()), BigDecimal.ZERO));
            }
            return BigDecimal.ZERO;
        }
        if (steps != null) {
            steps.add(new Step.BandMatched(best.threshold(), best.points()));
        }
        return best.points();
    }

    private BigDecimal judges(JudgePanel j, List<BigDecimal> marks, @Nullable List<Step> steps) {
        List<BigDecimal> sorted = new ArrayList<>(marks);
        sorted.sort(BigDecimal::compareTo);
        int n = sorted.size();
        BigDecimal agg;
        String formula;
        switch (j.aggregation()) {
            case TRIMMED_MEAN -> {
                int k = j.trimProportion()
                        .map(p -> p.multiply(BigDecimal.valueOf(n))
                                .setScale(0, java.math.RoundingMode.FLOOR)
                                .intValueExact())
                        .orElse(j.trimEachSide());
                k = Math.max(0, Math.min(k, (n - 1) / 2));
                List<BigDecimal> kept = sorted.subList(k, n - k);
                if (steps != null && k > 0) {
                    List<BigDecimal> dropped = new ArrayList<>(sorted.subList(0, k));
                    dropped.addAll(sorted.subList(n - k, n));
                    steps.add(new Step.MarksTrimmed(dropped, kept));
                }
                agg = sum(kept).divide(BigDecimal.valueOf(kept.size()), MC);
                formula = "judge.trimmed-mean";
            }
            case MEDIAN -> {
                agg = n % 2 == 1
                        ? sorted.get(n / 2)
                        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC);
                formula = "judge.median";
            }
            case MEAN -> {
                agg = sum(sorted).divide(BigDecimal.valueOf(n), MC);
                formula = "judge.mean";
            }
            default -> throw new IllegalStateException(j.aggregation().toString());
        }
        BigDecimal v = max.multiply(agg).divide(j.markScale(), MC);
        if (steps != null) {
            steps.add(new Step.Computed(
                    formula,
                    List.of(
                            join(marks),
                            agg.toPlainString(),
                            max.toPlainString(),
                            j.markScale().toPlainString()),
                    v));
        }
        return v;
    }

    private BigDecimal items(ItemTable t, List<String> achieved, @Nullable List<Step> steps) {
        BigDecimal best = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        String bestCode = "-";
        for (ItemTable.Item item : t.items()) {
            if (achieved.contains(item.code())) {
                total = total.add(item.points());
                if (item.points().compareTo(best) > 0) {
                    best = item.points();
                    bestCode = item.code();
                }
            }
        }
        BigDecimal v = t.highestOnly() ? best : total;
        if (steps != null) {
            steps.add(new Step.Computed(
                    t.highestOnly() ? "items.highest" : "items.sum",
                    List.of(String.join(", ", achieved), bestCode),
                    v));
        }
        return v;
    }

    private BigDecimal custom(CustomRule c, Measurement m, @Nullable List<Step> steps) {
        if (c.name().equals(BuiltinRules.JUDGE_AGGREGATE)) {
            return BuiltinRules.judgeAggregate(c, max, m.marks(), plugins, steps);
        }
        CustomOutcome out = plugins.rule(c.name()).orElseThrow().evaluate(c, indicator, m);
        BigDecimal v = out.points().orElseThrow();
        if (steps != null) {
            List<String> params = new ArrayList<>();
            params.add(c.name());
            params.add(String.join(", ", out.parameters()));
            steps.add(new Step.Computed("custom", params, v));
        }
        return v;
    }

    /** How a linear rule's quotient is shown in its explanation: 18 significant digits. */
    private static final MathContext SHOWN = new MathContext(18, java.math.RoundingMode.HALF_EVEN);

    /**
     * A linear rule's quotient. With per-indicator rounding it is rounded once, directly, to the
     * set's precision: the correctly rounded value of the exact quotient, with or without
     * explanations (the explanation shows the quotient at 18 significant digits and the rounding
     * step). When only the total is rounded it is carried at 34 significant digits.
     */
    private BigDecimal quotient(BigDecimal numerator, BigDecimal denominator) {
        return roundPerIndicator
                ? numerator.divide(denominator, precision.scale(), precision.rounding())
                : numerator.divide(denominator, MC);
    }

    /**
     * The signed, rounded points of a numeric or yes/no value without explanation, for bulk
     * ranking; the same formulas as {@link #score}.
     *
     * @param value the numeric value, or null
     * @param flag the flag, or null
     * @param stats the period's statistics for a normalised indicator
     * @return the points; zero for a missing value, veto and recorded indicators
     */
    BigDecimal points(@Nullable BigDecimal value, @Nullable Boolean flag, @Nullable NormStats stats) {
        ScoringRule r = rule;
        if ((value == null && flag == null)
                || r == null
                || kind == IndicatorKind.RECORDED
                || kind == IndicatorKind.VETO) {
            return BigDecimal.ZERO;
        }
        BigDecimal v;
        BigDecimal x = value == null ? BigDecimal.ZERO : value;
        if (r instanceof LinearToTarget l) {
            v = linear(l, x, null);
        } else if (r instanceof ThresholdBands b) {
            v = bands(b, x, null);
        } else if (r instanceof Normalisation) {
            v = stats == null
                    ? BigDecimal.ZERO
                    : max.multiply(stats.fraction(x, false).value());
        } else if (r instanceof PassFail) {
            boolean f = flag != null && flag;
            v = (direction == Direction.LOWER_BETTER ? !f : f) ? max : BigDecimal.ZERO;
        } else if (r instanceof DirectPoints) {
            v = x;
        } else if (r instanceof PerOccurrence o) {
            v = x.multiply(o.pointsEach());
        } else {
            throw new IllegalStateException("not a bulk rule: " + r);
        }
        if (v.compareTo(max) > 0) {
            v = max;
        } else if (v.signum() < 0) {
            v = BigDecimal.ZERO;
        }
        if (roundPerIndicator) {
            v = precision.round(v);
        }
        return kind == IndicatorKind.DEDUCTION ? v.negate() : v;
    }

    /** Whether the rule can be evaluated from a numeric or yes/no column alone. */
    boolean isBulkRule() {
        ScoringRule r = rule;
        return stages.isEmpty()
                && (r == null
                        || r instanceof LinearToTarget
                        || r instanceof ThresholdBands
                        || r instanceof Normalisation
                        || r instanceof PassFail
                        || r instanceof DirectPoints
                        || r instanceof PerOccurrence
                        || r instanceof Veto);
    }

    /** Whether a veto measurement fires: a true flag or a count above zero. */
    static boolean fires(Measurement m) {
        return m.flag().orElse(false) || m.value().map(v -> v.signum() > 0).orElse(false);
    }

    static String rawText(Measurement m) {
        if (m.value().isPresent()) {
            return m.value().get().toPlainString();
        }
        if (m.flag().isPresent()) {
            return m.flag().get() ? "true" : "false";
        }
        if (!m.marks().isEmpty()) {
            return join(m.marks());
        }
        return String.join(", ", m.items());
    }

    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(v);
        }
        return s;
    }

    static String join(List<BigDecimal> values) {
        StringBuilder b = new StringBuilder();
        for (BigDecimal v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(v.toPlainString());
        }
        return b.toString();
    }
}
