// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.CustomRule;
import io.github.laborcontest.model.rule.ItemTable;
import io.github.laborcontest.model.rule.JudgePanel;
import io.github.laborcontest.model.rule.JudgementMarks;
import io.github.laborcontest.model.rule.PassFail;
import io.github.laborcontest.model.rule.ScoringRule;
import io.github.laborcontest.model.rule.Veto;
import io.github.laborcontest.scoring.ScoringProblem;
import io.github.laborcontest.scoring.spi.CustomOutcome;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import io.github.laborcontest.scoring.spi.ScoringRuleEvaluator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The checks of scoring input that the model's validator cannot make alone. */
final class InputChecks {
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    /** From this many measurements on, they are checked in parallel slices. */
    static final int PARALLEL_THRESHOLD = 20_000;

    /** Slices of a parallel check: a few per core, for balance. */
    private static final int SLICES = 4 * Math.max(1, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());

    private InputChecks() {}

    /** References in the set and the competition that the scorer must resolve. */
    static void references(Competition c, IndicatorSet set, ScoringPlugins plugins, List<Problem> out) {
        if (!c.indicatorSet().equals(set.ref())) {
            out.add(Problem.at(
                    ScoringProblem.SET_MISMATCH,
                    "$.competition.indicatorSet",
                    c.indicatorSet().code() + "@" + c.indicatorSet().version(),
                    set.code() + "@" + set.version()));
        }
        Set<String> grades = new HashSet<>();
        c.grades().bands().forEach(b -> grades.add(b.code()));
        for (int d = 0; d < set.dimensions().size(); d++) {
            for (int i = 0; i < set.dimensions().get(d).indicators().size(); i++) {
                Indicator ind = set.dimensions().get(d).indicators().get(i);
                String path = "$.indicatorSet.dimensions[" + d + "].indicators[" + i + "].rule";
                ScoringRule rule = ind.rule().orElse(null);
                if (rule instanceof CustomRule cr) {
                    if (cr.name().equals(BuiltinRules.JUDGE_AGGREGATE)) {
                        String agg = cr.parameters().getOrDefault("aggregator", "");
                        if (plugins.aggregator(agg).isEmpty()) {
                            out.add(Problem.at(
                                    ScoringProblem.UNKNOWN_RULE_EVALUATOR,
                                    path + ".parameters.aggregator",
                                    ind.code(),
                                    agg,
                                    "-"));
                        }
                    } else if (plugins.rule(cr.name()).isEmpty()) {
                        out.add(Problem.at(
                                ScoringProblem.UNKNOWN_RULE_EVALUATOR,
                                path + ".name",
                                ind.code(),
                                cr.name(),
                                plugins.ruleNames().isEmpty() ? "-" : String.join(", ", plugins.ruleNames())));
                    }
                }
                if (rule instanceof Veto v
                        && v.gradeCap().isPresent()
                        && !grades.contains(v.gradeCap().get())) {
                    out.add(Problem.at(
                            ScoringProblem.UNKNOWN_GRADE,
                            path + ".gradeCap",
                            ind.code(),
                            v.gradeCap().get()));
                }
            }
        }
        List<TieBreaker> chain = c.ranking().tieBreakers();
        for (int i = 0; i < chain.size(); i++) {
            TieBreaker t = chain.get(i);
            boolean known = switch (t.by()) {
                case DIMENSION ->
                    set.dimensions().stream().anyMatch(d -> d.code().equals(DimensionCode.of(t.ref())));
                case INDICATOR -> set.indicator(IndicatorCode.of(t.ref())).isPresent();
                case DEDUCTIONS -> true;
                case CUSTOM -> plugins.tieBreaker(t.ref()).isPresent();
            };
            if (!known) {
                out.add(Problem.at(
                        ScoringProblem.UNKNOWN_TIE_BREAKER,
                        "$.competition.ranking.tieBreakers[" + i + "].ref",
                        t.by().code(),
                        t.ref()));
            }
        }
    }

    /**
     * Every measurement: known participant, indicator and period, no duplicates, the kind of value
     * the rule needs, marks in range.
     */
    static void measurements(
            Competition c, IndicatorSet set, List<Measurement> ms, ScoringPlugins plugins, List<Problem> out) {
        Map<ParticipantId, Integer> participants =
                new HashMap<>(c.participants().size() * 2);
        c.participants().forEach(p -> participants.putIfAbsent(p.id(), participants.size()));
        Map<PeriodId, Integer> periods = new HashMap<>();
        c.periods().forEach(p -> periods.putIfAbsent(p.id(), periods.size()));
        // per indicator code: the last indicator with it (as a map put would keep), the index of
        // the first, and what its rule needs, worked out once rather than per measurement
        Map<IndicatorCode, Indicator> last = new HashMap<>();
        Map<IndicatorCode, Integer> first = new HashMap<>();
        set.indicators().forEach(i -> {
            last.put(i.code(), i);
            first.putIfAbsent(i.code(), first.size());
        });
        Map<IndicatorCode, Compiled> indicators = new HashMap<>();
        last.forEach((code, ind) -> indicators.put(code, new Compiled(ind, first.get(code))));
        int indicatorCount = first.size();
        // duplicates: one packed key (participant, period, indicator) per known measurement, sorted
        long nInd = Math.max(1, indicatorCount);
        long nPer = Math.max(1, periods.size());
        long[] keys = new long[ms.size()];
        // the measurements are checked in slices, in parallel for large inputs; each slice keeps
        // its problems in input order and the slices are joined in order, so the report does not
        // depend on threads. keys[i] is written by the slice of i only (-1: no key).
        int slices = ms.size() >= PARALLEL_THRESHOLD ? SLICES : 1;
        int size = ms.size();
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, slices);
        if (slices > 1) {
            range = range.parallel();
        }
        List<List<Problem>> found = range.mapToObj(s -> {
                    List<Problem> problems = new ArrayList<>();
                    int from = (int) ((long) size * s / slices);
                    int to = (int) ((long) size * (s + 1) / slices);
                    for (int i = from; i < to; i++) {
                        Measurement m = ms.get(i);
                        keys[i] = -1;
                        String who = m.participant().value();
                        String what = m.indicator().value();
                        Integer pi = participants.get(m.participant());
                        if (pi == null) {
                            problems.add(
                                    Problem.at(ScoringProblem.UNKNOWN_PARTICIPANT, at(i) + ".participant", who, what)
                                            .forParticipant(who));
                        }
                        Integer per = periods.get(m.period());
                        if (!periods.isEmpty() && per == null) {
                            problems.add(Problem.at(ScoringProblem.UNKNOWN_PERIOD, at(i) + ".period", m.period())
                                    .forParticipant(who));
                        }
                        Compiled ind = indicators.get(m.indicator());
                        if (ind == null) {
                            problems.add(Problem.at(ScoringProblem.UNKNOWN_INDICATOR, at(i) + ".indicator", who, what)
                                    .forParticipant(who));
                            continue;
                        }
                        if (pi != null && (per != null || periods.isEmpty())) {
                            keys[i] = ((pi * nPer + (per == null ? 0 : per)) * nInd + ind.index) * size + i;
                        }
                        measurement(ind, m, i, plugins, problems);
                    }
                    return problems;
                })
                .toList();
        found.forEach(out::addAll);
        long[] sorted = keys.clone();
        java.util.Arrays.sort(sorted);
        int skipped = 0;
        while (skipped < sorted.length && sorted[skipped] < 0) {
            skipped++;
        }
        sorted = java.util.Arrays.copyOfRange(sorted, skipped, sorted.length);
        int count = sorted.length;
        List<Integer> duplicates = new ArrayList<>();
        for (int k = 1; k < count; k++) {
            if (sorted[k] / ms.size() == sorted[k - 1] / ms.size()) {
                duplicates.add((int) (sorted[k] % ms.size()));
            }
        }
        duplicates.sort(null);
        for (int i : duplicates) {
            Measurement m = ms.get(i);
            String who = m.participant().value();
            out.add(Problem.at(
                            ScoringProblem.DUPLICATE_MEASUREMENT,
                            "$.measurements[" + i + "]",
                            who,
                            m.indicator().value(),
                            m.period())
                    .forParticipant(who));
        }
    }

    /** An indicator with what its measurements need, worked out once per check. */
    private static final class Compiled {
        final Indicator indicator;
        final int index;
        final String needed;
        final @Nullable ScoringRule rule;

        Compiled(Indicator indicator, int index) {
            this.indicator = indicator;
            this.index = index;
            this.needed = needed(indicator);
            this.rule = indicator.rule().orElse(null);
        }
    }

    private static void measurement(Compiled c, Measurement m, int i, ScoringPlugins plugins, List<Problem> out) {
        Indicator ind = c.indicator;
        String who = m.participant().value();
        String what = m.indicator().value();
        String needed = c.needed;
        BigDecimal value = m.value().orElse(null);
        String given = given(value != null, m.flag().isPresent(), m);
        boolean fits = needed.equals(given)
                || (needed.equals("flag|value") && (given.equals("flag") || given.equals("value")))
                || (needed.equals("any") && !given.equals("-") && !given.contains("+"));
        if (!fits) {
            out.add(Problem.at(ScoringProblem.WRONG_VALUE_KIND, at(i), who, what, needed, given)
                    .forParticipant(who));
            return;
        }
        ScoringRule rule = c.rule;
        if (value != null
                && value.signum() < 0
                && (ind.valueType() == ValueType.COUNT
                        || ind.valueType() == ValueType.PERCENTAGE
                        || ind.valueType() == ValueType.DURATION
                        || ind.kind() == IndicatorKind.BONUS
                        || ind.kind() == IndicatorKind.DEDUCTION)) {
            out.add(Problem.at(ScoringProblem.NEGATIVE_VALUE, at(i) + ".value", who, what, value.toPlainString())
                    .forParticipant(who));
        }
        List<BigDecimal> marks = m.marks();
        for (int j = 0; j < marks.size(); j++) {
            BigDecimal mark = marks.get(j);
            String mp = at(i) + ".marks[" + j + "]";
            if (mark.signum() < 0) {
                out.add(Problem.at(ScoringProblem.NEGATIVE_MARK, mp, who, what, mark.toPlainString())
                        .forParticipant(who));
            } else if (rule instanceof JudgePanel jp && mark.compareTo(jp.markScale()) > 0) {
                out.add(Problem.at(
                                ScoringProblem.MARK_OUT_OF_SCALE,
                                mp,
                                who,
                                what,
                                mark.toPlainString(),
                                "0–" + jp.markScale().toPlainString())
                        .forParticipant(who));
            } else if (rule instanceof JudgementMarks
                    && (mark.compareTo(THREE) > 0 || mark.stripTrailingZeros().scale() > 0)) {
                out.add(Problem.at(ScoringProblem.MARK_OUT_OF_SCALE, mp, who, what, mark.toPlainString(), "0, 1, 2, 3")
                        .forParticipant(who));
            } else if (rule instanceof CustomRule cr
                    && cr.name().equals(BuiltinRules.JUDGE_AGGREGATE)
                    && mark.compareTo(BuiltinRules.scale(cr)) > 0) {
                out.add(Problem.at(
                                ScoringProblem.MARK_OUT_OF_SCALE,
                                mp,
                                who,
                                what,
                                mark.toPlainString(),
                                "0–" + BuiltinRules.scale(cr).toPlainString())
                        .forParticipant(who));
            }
        }
        int min = rule instanceof JudgePanel jp
                ? jp.minJudges()
                : rule instanceof JudgementMarks jm
                        ? jm.minJudges()
                        : rule instanceof CustomRule cr && cr.name().equals(BuiltinRules.JUDGE_AGGREGATE)
                                ? BuiltinRules.minJudges(cr)
                                : 0;
        if (marks.size() < min) {
            out.add(Problem.at(ScoringProblem.TOO_FEW_JUDGES, at(i) + ".marks", who, what, marks.size(), min)
                    .forParticipant(who));
        }
        if (rule instanceof ItemTable t) {
            Set<String> codes = new HashSet<>();
            t.items().forEach(it -> codes.add(it.code()));
            for (int j = 0; j < m.items().size(); j++) {
                if (!codes.contains(m.items().get(j))) {
                    out.add(Problem.at(
                                    ScoringProblem.UNKNOWN_ITEM,
                                    at(i) + ".items[" + j + "]",
                                    who,
                                    what,
                                    m.items().get(j))
                            .forParticipant(who));
                }
            }
        }
        if (rule instanceof CustomRule cr && !cr.name().equals(BuiltinRules.JUDGE_AGGREGATE)) {
            ScoringRuleEvaluator e = plugins.rule(cr.name()).orElse(null);
            if (e != null) {
                try {
                    CustomOutcome o = e.evaluate(cr, ind, m);
                    o.rejection()
                            .ifPresent(r -> out.add(Problem.at(ScoringProblem.RULE_REJECTED, at(i), who, what, r)
                                    .forParticipant(who)));
                } catch (RuntimeException ex) {
                    out.add(Problem.at(
                                    ScoringProblem.PLUGIN_FAILED,
                                    at(i),
                                    e.getClass().getName(),
                                    String.valueOf(ex.getMessage()))
                            .forParticipant(who));
                }
            }
        }
    }

    private static String at(int i) {
        return "$.measurements[" + i + "]";
    }

    /** The kind of value an indicator's measurements must hold. */
    static String needed(Indicator ind) {
        ScoringRule rule = ind.rule().orElse(null);
        if (rule instanceof Veto) {
            return "flag|value";
        }
        if (rule instanceof PassFail || ind.valueType() == ValueType.BOOLEAN) {
            return "flag";
        }
        if (rule instanceof JudgePanel
                || rule instanceof JudgementMarks
                || (rule instanceof CustomRule cr && cr.name().equals(BuiltinRules.JUDGE_AGGREGATE))) {
            return "marks";
        }
        if (rule instanceof ItemTable || ind.valueType() == ValueType.ITEMS) {
            return "items";
        }
        if (rule instanceof CustomRule) {
            return "any";
        }
        return "value";
    }

    /** The kinds of value a measurement holds, for example {@code "value"} or {@code "value+flag"}. */
    private static String given(boolean hasValue, boolean hasFlag, Measurement m) {
        int kinds = (hasValue ? 1 : 0)
                + (hasFlag ? 1 : 0)
                + (m.marks().isEmpty() ? 0 : 1)
                + (m.items().isEmpty() ? 0 : 1);
        if (kinds == 1) {
            return hasValue ? "value" : hasFlag ? "flag" : m.marks().isEmpty() ? "items" : "marks";
        }
        List<String> present = new ArrayList<>();
        m.value().ifPresent(v -> present.add("value"));
        m.flag().ifPresent(v -> present.add("flag"));
        if (!m.marks().isEmpty()) {
            present.add("marks");
        }
        if (!m.items().isEmpty()) {
            present.add("items");
        }
        return present.isEmpty() ? "-" : String.join("+", present);
    }

    /** Whether a participant lacks a required measurement (scored, applicable indicators). */
    static void missing(
            List<Participant> participants,
            List<IndicatorEvaluator> evaluators,
            Map<ParticipantId, Measurement[]> byParticipant,
            PeriodId period,
            List<Problem> out) {
        for (int p = 0; p < participants.size(); p++) {
            Participant part = participants.get(p);
            Measurement[] row = byParticipant.get(part.id());
            for (int i = 0; i < evaluators.size(); i++) {
                IndicatorEvaluator e = evaluators.get(i);
                if (e.kind == IndicatorKind.SCORED && e.appliesTo(part) && (row == null || row[i] == null)) {
                    out.add(Problem.at(
                                    ScoringProblem.MISSING_MEASUREMENT,
                                    "$.measurements",
                                    part.id(),
                                    e.indicator.code(),
                                    period)
                            .forParticipant(part.id().value()));
                }
            }
        }
    }
}
