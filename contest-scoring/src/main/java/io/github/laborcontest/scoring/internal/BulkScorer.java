// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.Dimension;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.model.rule.Veto;
import io.github.laborcontest.model.validation.ContestValidator;
import io.github.laborcontest.scoring.BulkResult;
import io.github.laborcontest.scoring.MeasurementTable;
import io.github.laborcontest.scoring.Ranking;
import io.github.laborcontest.scoring.ScoreCard;
import io.github.laborcontest.scoring.ScoringProblem;
import io.github.laborcontest.scoring.VetoOutcome;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Bulk ranking from columns: the same evaluators and the same arithmetic as score cards, without
 * building them. Rows are scored in parallel above {@value DefaultScorer#PARALLEL_THRESHOLD}; each
 * row's result depends only on its cells (and, for normalised indicators, the column's
 * statistics), so the output does not depend on threads.
 */
final class BulkScorer {
    private BulkScorer() {}

    static Validation<Seq<Problem>, BulkResult> rank(
            IndicatorSet set, RankingPolicy policy, MeasurementTable table, PeriodId period, ScoringPlugins plugins) {
        List<Problem> problems = new ArrayList<>();
        ContestValidator.validate(set).swap().forEach(ps -> ps.forEach(p -> problems.add(p.under("$.indicatorSet"))));
        CardBuilder builder = new CardBuilder(set, plugins, false);
        List<IndicatorEvaluator> evaluators = builder.evaluators;
        int n = evaluators.size();
        MeasurementTable.Column[] columns = new MeasurementTable.Column[n];
        for (IndicatorCode code : table.indicators()) {
            Integer idx = builder.indexOf.get(code);
            if (idx == null) {
                problems.add(Problem.at(ScoringProblem.UNKNOWN_INDICATOR, "$.table." + code, "*", code));
                continue;
            }
            columns[idx] = table.column(code).orElseThrow();
        }
        for (int i = 0; i < n; i++) {
            IndicatorEvaluator e = evaluators.get(i);
            String code = e.indicator.code().value();
            if (!e.isBulkRule()) {
                problems.add(Problem.at(
                        ScoringProblem.BULK_UNSUPPORTED, "$.indicatorSet.indicators." + code, "indicator", code));
                continue;
            }
            MeasurementTable.Column c = columns[i];
            if (c == null) {
                continue;
            }
            String needed = InputChecks.needed(e.indicator);
            boolean fits = needed.equals("flag|value") || needed.equals(c.numeric() ? "value" : "flag");
            if (!fits) {
                problems.add(Problem.at(
                        ScoringProblem.WRONG_VALUE_KIND,
                        "$.table." + code,
                        "*",
                        code,
                        needed,
                        c.numeric() ? "value" : "flag"));
                continue;
            }
            ValueType t = e.indicator.valueType();
            boolean nonNegative = t == ValueType.COUNT
                    || t == ValueType.PERCENTAGE
                    || t == ValueType.DURATION
                    || e.kind == IndicatorKind.BONUS
                    || e.kind == IndicatorKind.DEDUCTION;
            if (c.numeric() && nonNegative) {
                for (int row = 0; row < table.size(); row++) {
                    if (c.present(row) && c.number(row).signum() < 0) {
                        String who = table.participants().get(row).value();
                        problems.add(Problem.at(
                                        ScoringProblem.NEGATIVE_VALUE,
                                        "$.table." + code + "[" + row + "]",
                                        who,
                                        code,
                                        c.number(row).toPlainString())
                                .forParticipant(who));
                    }
                }
            }
        }
        List<TieBreaker> chain = policy.tieBreakers();
        for (int k = 0; k < chain.size(); k++) {
            TieBreaker t = chain.get(k);
            boolean known = switch (t.by()) {
                case DIMENSION ->
                    set.dimensions().stream().anyMatch(d -> d.code().equals(DimensionCode.of(t.ref())));
                case INDICATOR -> builder.indexOf.containsKey(IndicatorCode.of(t.ref()));
                case DEDUCTIONS -> true;
                case CUSTOM -> false;
            };
            if (!known) {
                problems.add(
                        t.by() == TieBreaker.By.CUSTOM
                                ? Problem.at(
                                        ScoringProblem.BULK_UNSUPPORTED,
                                        "$.ranking.tieBreakers[" + k + "]",
                                        "tie-breaker",
                                        t.ref())
                                : Problem.at(
                                        ScoringProblem.UNKNOWN_TIE_BREAKER,
                                        "$.ranking.tieBreakers[" + k + "].ref",
                                        t.by().code(),
                                        t.ref()));
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(io.vavr.collection.List.ofAll(problems));
        }
        NormStats[] stats = new NormStats[n];
        for (int i = 0; i < n; i++) {
            IndicatorEvaluator e = evaluators.get(i);
            if (e.isNormalised() && columns[i] != null) {
                List<BigDecimal> values = new ArrayList<>(table.size());
                for (int row = 0; row < table.size(); row++) {
                    if (columns[i].present(row)) {
                        values.add(columns[i].number(row));
                    }
                }
                stats[i] = new NormStats(((Normalisation) e.rule).method(), e.direction, values);
            }
        }
        Points[] totals = new Points[table.size()];
        boolean[] disqualified = new boolean[table.size()];
        @Nullable BigDecimal[][] keys = new BigDecimal[table.size()][];
        int[] dimensionOf = new int[chain.size()];
        int[] indicatorOf = new int[chain.size()];
        for (int k = 0; k < chain.size(); k++) {
            TieBreaker t = chain.get(k);
            dimensionOf[k] = -1;
            indicatorOf[k] = -1;
            if (t.by() == TieBreaker.By.DIMENSION) {
                for (int d = 0; d < set.dimensions().size(); d++) {
                    if (set.dimensions().get(d).code().value().equals(t.ref())) {
                        dimensionOf[k] = d;
                    }
                }
            } else if (t.by() == TieBreaker.By.INDICATOR) {
                indicatorOf[k] = builder.indexOf.get(IndicatorCode.of(t.ref()));
            }
        }
        Rows compute =
                new Rows(set, builder, columns, stats, chain, dimensionOf, indicatorOf, totals, disqualified, keys);
        IntStream rows = IntStream.range(0, table.size());
        if (table.size() > DefaultScorer.PARALLEL_THRESHOLD) {
            rows = rows.parallel();
        }
        rows.forEach(compute::row);
        List<ParticipantId> ids = table.participants();
        List<Ranker.Item> items = new ArrayList<>(table.size());
        for (int row = 0; row < table.size(); row++) {
            List<VetoOutcome> vetoes = disqualified[row] ? vetoes(evaluators, columns, table, row, period) : List.of();
            items.add(new Ranker.Item(ids.get(row), totals[row], disqualified[row], vetoes, keys[row]));
        }
        Ranking ranking = Ranker.rank(Optional.empty(), policy.ties(), chain, items);
        return Validation.valid(new Result(ranking, List.of(totals), set, plugins, table, columns, stats, period));
    }

    /** The totals of rows: exact long arithmetic where the set allows it, else BigDecimal. */
    private static final class Rows {
        private static final BigDecimal[] NO_KEYS = new BigDecimal[0];
        final IndicatorSet set;
        final CardBuilder builder;
        final List<IndicatorEvaluator> evaluators;
        final MeasurementTable.@Nullable Column[] columns;
        final @Nullable NormStats[] stats;
        final List<TieBreaker> chain;
        final int[] dimensionOf;
        final int[] indicatorOf;
        final Points[] totals;
        final boolean[] disqualified;
        final @Nullable BigDecimal[][] keys;
        final int p;
        final boolean fast;
        final @Nullable LongEvaluator[] longs;
        final long[] weights;
        final int weightScale;
        final long[] caps;
        final long[] floors;
        final long bonusCap;
        final long totalFloor;

        Rows(
                IndicatorSet set,
                CardBuilder builder,
                MeasurementTable.@Nullable Column[] columns,
                @Nullable NormStats[] stats,
                List<TieBreaker> chain,
                int[] dimensionOf,
                int[] indicatorOf,
                Points[] totals,
                boolean[] disqualified,
                @Nullable BigDecimal[][] keys) {
            this.set = set;
            this.builder = builder;
            this.evaluators = builder.evaluators;
            this.columns = columns;
            this.stats = stats;
            this.chain = chain;
            this.dimensionOf = dimensionOf;
            this.indicatorOf = indicatorOf;
            this.totals = totals;
            this.disqualified = disqualified;
            this.keys = keys;
            this.p = set.precision().scale();
            int dims = set.dimensions().size();
            longs = new LongEvaluator[evaluators.size()];
            weights = new long[dims];
            caps = new long[dims];
            floors = new long[dims];
            boolean ok = set.roundAt() == io.github.laborcontest.model.RoundingStep.PER_INDICATOR
                    && set.precision().rounding() == java.math.RoundingMode.HALF_UP;
            int ws = 0;
            long bc = Long.MAX_VALUE;
            long tf = 0;
            try {
                for (Dimension d : set.dimensions()) {
                    ws = Math.max(
                            ws, Math.max(0, d.weight().stripTrailingZeros().scale()));
                }
                for (int d = 0; d < dims && ok; d++) {
                    Dimension dim = set.dimensions().get(d);
                    weights[d] = LongEvaluator.exact(dim.weight(), ws);
                    caps[d] = dim.deductionCap()
                            .map(c -> -LongEvaluator.exact(c.value(), p))
                            .orElse(Long.MIN_VALUE);
                    floors[d] = LongEvaluator.exact(dim.floor().value(), p);
                }
                if (set.bonusCap().isPresent()) {
                    bc = LongEvaluator.exact(set.bonusCap().get().value(), p);
                }
                tf = Math.multiplyExact(LongEvaluator.exact(set.totalFloor().value(), p), LongEvaluator.pow10(ws));
                ok &= ws <= 6;
            } catch (ArithmeticException e) {
                ok = false;
            }
            this.weightScale = ws;
            this.bonusCap = bc;
            this.totalFloor = tf;
            if (ok) {
                for (int i = 0; i < evaluators.size(); i++) {
                    MeasurementTable.Column c = columns[i];
                    IndicatorEvaluator e = evaluators.get(i);
                    if (c != null
                            && e.kind != IndicatorKind.VETO
                            && e.kind != IndicatorKind.RECORDED
                            && !e.isNormalised()) {
                        longs[i] = LongEvaluator.of(e, c.scale(), p);
                    }
                }
            }
            this.fast = ok;
        }

        void row(int row) {
            if (fast) {
                try {
                    fastRow(row);
                    return;
                } catch (ArithmeticException e) {
                    // a value too large for long arithmetic: this row is computed in BigDecimal
                }
            }
            slowRow(row);
        }

        /** The points × 10^p of one cell, without rounding beyond the evaluator's own. */
        private long cell(int i, MeasurementTable.Column c, int row) {
            LongEvaluator l = longs[i];
            if (l != null) {
                return c.numeric() ? l.points(c.unscaled(row)) : l.points(c.flag(row));
            }
            BigDecimal v = evaluators
                    .get(i)
                    .points(c.numeric() ? c.number(row) : null, c.numeric() ? null : c.flag(row), stats[i]);
            return LongEvaluator.exact(v, p);
        }

        private void fastRow(int row) {
            long subtotal = 0;
            long bonus = 0;
            long deductionsTaken = 0;
            int dims = set.dimensions().size();
            long[] dimPoints = chain.isEmpty() ? null : new long[dims];
            boolean out = false;
            for (int d = 0; d < dims; d++) {
                long scored = 0;
                long deductions = 0;
                for (int i = builder.dimensionStart[d]; i < builder.dimensionStart[d + 1]; i++) {
                    MeasurementTable.Column c = columns[i];
                    if (c == null || !c.present(row)) {
                        continue;
                    }
                    IndicatorEvaluator e = evaluators.get(i);
                    switch (e.kind) {
                        case SCORED -> scored = Math.addExact(scored, cell(i, c, row));
                        case DEDUCTION -> deductions = Math.addExact(deductions, cell(i, c, row));
                        case BONUS -> bonus = Math.addExact(bonus, cell(i, c, row));
                        case VETO -> out |= firesDisqualifying(e, c, row);
                        case RECORDED -> {}
                        default -> throw new IllegalStateException(e.kind.toString());
                    }
                }
                deductions = Math.max(deductions, caps[d]);
                long points = Math.max(Math.addExact(scored, deductions), floors[d]);
                deductionsTaken -= deductions;
                if (dimPoints != null) {
                    dimPoints[d] = points;
                }
                subtotal = Math.addExact(subtotal, Math.multiplyExact(points, weights[d]));
            }
            bonus = Math.min(bonus, bonusCap);
            long total = Math.max(
                    Math.addExact(subtotal, Math.multiplyExact(bonus, LongEvaluator.pow10(weightScale))), totalFloor);
            totals[row] = new Points(
                    BigDecimal.valueOf(LongEvaluator.roundHalfUp(total, LongEvaluator.pow10(weightScale)), p));
            disqualified[row] = out;
            if (dimPoints == null) {
                keys[row] = NO_KEYS;
            } else {
                BigDecimal[] k = new BigDecimal[chain.size()];
                for (int j = 0; j < k.length; j++) {
                    TieBreaker t = chain.get(j);
                    k[j] = switch (t.by()) {
                        case DIMENSION -> BigDecimal.valueOf(dimPoints[dimensionOf[j]], p);
                        case DEDUCTIONS -> BigDecimal.valueOf(deductionsTaken, p);
                        case INDICATOR -> raw(indicatorOf[j], row);
                        default -> null;
                    };
                }
                keys[row] = k;
            }
        }

        private @Nullable BigDecimal raw(int i, int row) {
            MeasurementTable.Column c = columns[i];
            return c != null && c.numeric() && c.present(row) ? c.number(row) : null;
        }

        private static boolean firesDisqualifying(IndicatorEvaluator e, MeasurementTable.Column c, int row) {
            boolean fired = c.numeric() ? c.unscaled(row) > 0 : c.flag(row);
            return fired && e.rule instanceof Veto v && v.effect() == Veto.Effect.DISQUALIFY;
        }

        private void slowRow(int row) {
            BigDecimal subtotal = BigDecimal.ZERO;
            BigDecimal bonus = BigDecimal.ZERO;
            BigDecimal deductionsTaken = BigDecimal.ZERO;
            BigDecimal[] dimPoints =
                    chain.isEmpty() ? NO_KEYS : new BigDecimal[set.dimensions().size()];
            boolean out = false;
            for (int d = 0; d < set.dimensions().size(); d++) {
                Dimension dim = set.dimensions().get(d);
                BigDecimal scored = BigDecimal.ZERO;
                BigDecimal deductions = BigDecimal.ZERO;
                for (int i = builder.dimensionStart[d]; i < builder.dimensionStart[d + 1]; i++) {
                    MeasurementTable.Column c = columns[i];
                    if (c == null || !c.present(row)) {
                        continue;
                    }
                    IndicatorEvaluator e = evaluators.get(i);
                    BigDecimal value = c.numeric() ? c.number(row) : null;
                    Boolean flag = c.numeric() ? null : c.flag(row);
                    switch (e.kind) {
                        case SCORED -> scored = scored.add(e.points(value, flag, stats[i]));
                        case DEDUCTION -> deductions = deductions.add(e.points(value, flag, stats[i]));
                        case BONUS -> bonus = bonus.add(e.points(value, flag, stats[i]));
                        case VETO -> out |= firesDisqualifying(e, c, row);
                        case RECORDED -> {}
                        default -> throw new IllegalStateException(e.kind.toString());
                    }
                }
                if (dim.deductionCap().isPresent()) {
                    deductions = deductions.max(dim.deductionCap().get().value().negate());
                }
                BigDecimal points = scored.add(deductions).max(dim.floor().value());
                deductionsTaken = deductionsTaken.subtract(deductions);
                if (!chain.isEmpty()) {
                    dimPoints[d] = points;
                }
                subtotal = subtotal.add(points.multiply(dim.weight()));
            }
            if (set.bonusCap().isPresent()) {
                bonus = bonus.min(set.bonusCap().get().value());
            }
            BigDecimal total = subtotal.add(bonus).max(set.totalFloor().value());
            totals[row] = new Points(set.precision().round(total));
            disqualified[row] = out;
            if (chain.isEmpty()) {
                keys[row] = NO_KEYS;
            } else {
                BigDecimal[] k = new BigDecimal[chain.size()];
                for (int j = 0; j < k.length; j++) {
                    TieBreaker t = chain.get(j);
                    k[j] = switch (t.by()) {
                        case DIMENSION -> dimPoints[dimensionOf[j]];
                        case DEDUCTIONS -> deductionsTaken;
                        case INDICATOR -> raw(indicatorOf[j], row);
                        default -> null;
                    };
                }
                keys[row] = k;
            }
        }
    }

    private static List<VetoOutcome> vetoes(
            List<IndicatorEvaluator> evaluators,
            MeasurementTable.Column[] columns,
            MeasurementTable table,
            int row,
            PeriodId period) {
        List<VetoOutcome> out = new ArrayList<>();
        for (int i = 0; i < evaluators.size(); i++) {
            Measurement m = measurement(evaluators.get(i).indicator.code(), columns[i], table, row, period);
            if (m != null && evaluators.get(i).rule instanceof Veto v && IndicatorEvaluator.fires(m)) {
                out.add(DefaultScorer.outcome(v, m));
            }
        }
        return out;
    }

    static @Nullable Measurement measurement(
            IndicatorCode code, MeasurementTable.@Nullable Column c, MeasurementTable table, int row, PeriodId period) {
        if (c == null || !c.present(row)) {
            return null;
        }
        Measurement.Builder b = new Measurement.Builder()
                .participant(table.participants().get(row))
                .indicator(code)
                .period(period);
        if (c.numeric()) {
            b.value(c.number(row));
        } else {
            b.flag(c.flag(row));
        }
        return b.build();
    }

    private record Result(
            Ranking ranking,
            List<Points> totals,
            IndicatorSet set,
            ScoringPlugins plugins,
            MeasurementTable table,
            MeasurementTable.@Nullable Column[] columns,
            @Nullable NormStats[] stats,
            PeriodId period)
            implements BulkResult {

        @Override
        public Optional<ScoreCard> explain(ParticipantId participant) {
            int row = table.participants().indexOf(participant);
            if (row < 0) {
                return Optional.empty();
            }
            CardBuilder builder = new CardBuilder(set, plugins, true);
            Measurement[] cells = new Measurement[builder.evaluators.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = measurement(builder.evaluators.get(i).indicator.code(), columns[i], table, row, period);
            }
            Participant p = new Participant.Builder()
                    .id(participant)
                    .name(participant.value())
                    .kind(ParticipantKind.UNIT)
                    .build();
            return Optional.of(builder.card(p, cells, stats, period, List.of(), null));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Result r && ranking.equals(r.ranking) && totals.equals(r.totals);
        }

        @Override
        public int hashCode() {
            return ranking.hashCode();
        }

        @Override
        public String toString() {
            return "BulkResult[" + totals.size() + " participants]";
        }
    }
}
