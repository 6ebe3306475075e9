// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.problem.ProblemCode;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.model.rule.ScoringRule;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bridge from a ledger to scoring: turns what the ledger says about a competition (as of a
 * record time or business date, reversals applied, exactly as {@link Ledger#standings(AsOf)}) into
 * the model's {@link Measurement}s that contest-scoring takes, checked against the competition's
 * indicator set.
 *
 * <p>The mapping, per participant, period and indicator:
 *
 * <ul>
 *   <li>{@link EntryType#MEASUREMENT}: the latest non-reversed value; for a yes/no indicator the
 *       amount must be 0 (no) or 1 (yes) and becomes the flag. Judge marks and item lists cannot be
 *       carried by the ledger (an error says so: give them in a measurements file).
 *   <li>{@link EntryType#VETO}: the veto indicator's flag {@code true} (a count indicator gets the
 *       number of vetoes). The indicator must be of kind veto.
 *   <li>{@link EntryType#POINTS_AWARDED} / {@link EntryType#POINTS_DEDUCTED}: go to a bonus /
 *       deduction indicator. Their amounts are points: with a {@link DirectPoints} rule the value is
 *       their sum; with a {@link PerOccurrence} rule the value is the number of occurrences, the sum
 *       divided by the points of one occurrence (it must come out whole). The indicator's cap is
 *       applied by scoring, not here.
 *   <li>{@link EntryType#INSPECTION_FINDING} naming an indicator: its amount (1 when absent) is a
 *       count of occurrences, summed, for a count indicator or a per-occurrence deduction or bonus.
 *       A finding that names no indicator is a record only and scores nothing.
 *   <li>A veto, award or deduction that names no indicator goes to the set's only indicator of the
 *       matching kind; with none or several, it is an error naming the entry (points are never
 *       dropped silently). Stage changes score nothing.
 * </ul>
 *
 * <p>Measurement entries and other entries on the same indicator, or findings and points on the
 * same indicator, do not add up (different units): that is an error naming both entries. Every
 * problem names the participant, the indicator, the period and the entry, in Chinese and English.
 *
 * <pre>{@code
 * Validation<Seq<Problem>, List<Measurement>> ms =
 *     LedgerMeasurements.of(ledger, competition.id(), indicatorSet, AsOf.businessDate(LocalDate.of(2026, 3, 31)));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LedgerMeasurements {

    /** The {@link Measurement#source()} of every measurement this bridge makes. */
    public static final String SOURCE = "ledger";

    private LedgerMeasurements() {}

    /**
     * The measurements of one competition as the ledger has them.
     *
     * @param ledger the ledger
     * @param competition the competition whose entries count (others are ignored)
     * @param set the competition's indicator set
     * @param asOf which entries count
     * @return the measurements, ordered by period, participant and indicator, or every problem
     */
    public static Validation<Seq<Problem>, List<Measurement>> of(
            Ledger ledger, CompetitionId competition, IndicatorSet set, AsOf asOf) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(competition, "competition");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(asOf, "asOf");
        List<Problem> problems = new ArrayList<>();
        List<Measurement> out = new ArrayList<>();
        MeasurementIds ids = new MeasurementIds(ledger);
        for (Standing s : ledger.standings(asOf).standings()) {
            if (s.key().competition().equals(competition)) {
                standing(ledger, ids, s, set, problems, out);
            }
        }
        return problems.isEmpty()
                ? Validation.valid(List.copyOf(out))
                : Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }

    /**
     * Combines the measurements from a ledger with those of a measurements file (for what the ledger
     * cannot carry, such as judge marks or achieved items). A participant, indicator and period may
     * come from one source only: a value in both is an error naming them, never a silent choice.
     *
     * @param fromLedger the measurements from {@link #of}
     * @param fromFile the measurements read from a file
     * @return the ledger's measurements followed by the file's, or a problem per conflict
     */
    public static Validation<Seq<Problem>, List<Measurement>> combine(
            List<Measurement> fromLedger, List<Measurement> fromFile) {
        Map<String, Measurement> ledgerKeys = new HashMap<>();
        for (Measurement m : fromLedger) {
            ledgerKeys.put(key(m.participant(), m.indicator(), m.period()), m);
        }
        List<Problem> problems = new ArrayList<>();
        LinkedHashSet<String> reported = new LinkedHashSet<>();
        for (int i = 0; i < fromFile.size(); i++) {
            Measurement m = fromFile.get(i);
            String k = key(m.participant(), m.indicator(), m.period());
            if (ledgerKeys.containsKey(k) && reported.add(k)) {
                problems.add(Problem.forParticipant(
                        BridgeProblem.BOTH_SOURCES,
                        "$[" + i + "]",
                        m.participant().value(),
                        m.indicator().value(),
                        m.period().value()));
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(io.vavr.collection.List.ofAll(problems));
        }
        List<Measurement> all = new ArrayList<>(fromLedger.size() + fromFile.size());
        all.addAll(fromLedger);
        all.addAll(fromFile);
        return Validation.valid(List.copyOf(all));
    }

    /** What one indicator of one standing gets, before it becomes a measurement. */
    private static final class Target {
        final Indicator indicator;
        final List<Entry> entries = new ArrayList<>();
        EntryType type;

        Target(Indicator indicator, EntryType type) {
            this.indicator = indicator;
            this.type = type;
        }
    }

    private static void standing(
            Ledger ledger,
            MeasurementIds ids,
            Standing s,
            IndicatorSet set,
            List<Problem> problems,
            List<Measurement> out) {
        StandingKey key = s.key();
        java.util.Set<IndicatorCode> measured = new java.util.HashSet<>();
        List<Measurement> mine = new ArrayList<>();
        for (Measurement m : s.measurements()) {
            Optional<Indicator> ind = set.indicator(m.indicator());
            if (ind.isEmpty()) {
                problems.add(problem(
                        BridgeProblem.UNKNOWN_INDICATOR, key, ids.of(key, m), EntryType.MEASUREMENT, m.indicator()));
                continue;
            }
            Indicator i = ind.get();
            ValueType vt = i.valueType();
            if (vt == ValueType.JUDGED_SCORE || vt == ValueType.ITEMS) {
                problems.add(problem(
                        BridgeProblem.NOT_CARRIED,
                        key,
                        ids.of(key, m),
                        EntryType.MEASUREMENT,
                        m.indicator(),
                        vt.code()));
                continue;
            }
            BigDecimal v = m.value().orElseThrow();
            Measurement.Builder b = new Measurement.Builder()
                    .participant(key.participant())
                    .indicator(m.indicator())
                    .period(key.period())
                    .evidence(m.evidence())
                    .source(SOURCE);
            if (vt == ValueType.BOOLEAN) {
                if (v.compareTo(BigDecimal.ZERO) != 0 && v.compareTo(BigDecimal.ONE) != 0) {
                    problems.add(problem(
                            BridgeProblem.BAD_FLAG,
                            key,
                            ids.of(key, m),
                            EntryType.MEASUREMENT,
                            m.indicator(),
                            v.toPlainString()));
                    continue;
                }
                b.flag(v.compareTo(BigDecimal.ONE) == 0);
            } else {
                b.value(v);
            }
            measured.add(m.indicator());
            mine.add(b.build());
        }
        Map<IndicatorCode, Target> others = new LinkedHashMap<>();
        for (Contribution c : s.contributions()) {
            if (c.type() == EntryType.STAGE_CHANGE) {
                continue;
            }
            Optional<Entry> found = ledger.find(c.entry()).map(Recorded::entry);
            if (found.isEmpty()) {
                continue;
            }
            Entry e = found.get();
            if (e.type() == EntryType.INSPECTION_FINDING && e.indicator().isEmpty()) {
                continue;
            }
            IndicatorKind wanted = wantedKind(e.type());
            Indicator ind;
            if (e.indicator().isPresent()) {
                Optional<Indicator> named = set.indicator(e.indicator().get());
                if (named.isEmpty()) {
                    problems.add(problem(
                            BridgeProblem.UNKNOWN_INDICATOR,
                            key,
                            e.id().value(),
                            e.type(),
                            e.indicator().get()));
                    continue;
                }
                ind = named.get();
                if (wanted != null && ind.kind() != wanted) {
                    problems.add(problem(
                            BridgeProblem.KIND_MISMATCH,
                            key,
                            e.id().value(),
                            e.type(),
                            ind.code(),
                            ind.kind().code(),
                            wanted.code()));
                    continue;
                }
            } else {
                List<Indicator> only =
                        set.indicators().filter(i -> i.kind() == wanted).toList();
                if (only.size() != 1) {
                    problems.add(Problem.forParticipant(
                            BridgeProblem.NO_INDICATOR,
                            "$",
                            key.participant().value(),
                            e.id().value(),
                            e.type().code(),
                            key.period().value(),
                            wanted.code(),
                            only.size()));
                    continue;
                }
                ind = only.get(0);
            }
            if (measured.contains(ind.code())) {
                problems.add(problem(
                        BridgeProblem.MIXED_ENTRIES,
                        key,
                        e.id().value(),
                        e.type(),
                        ind.code(),
                        ids.of(key, ind.code()),
                        EntryType.MEASUREMENT.code()));
                continue;
            }
            Target t = others.get(ind.code());
            if (t == null) {
                t = new Target(ind, e.type());
                others.put(ind.code(), t);
            } else if (t.type != e.type()) {
                problems.add(problem(
                        BridgeProblem.MIXED_ENTRIES,
                        key,
                        e.id().value(),
                        e.type(),
                        ind.code(),
                        t.entries.get(0).id().value(),
                        t.type.code()));
                continue;
            }
            t.entries.add(e);
        }
        for (Target t : others.values()) {
            measurement(key, t, problems).ifPresent(mine::add);
        }
        // standings come ordered by period and participant; within one, order by indicator
        mine.sort(java.util.Comparator.comparing(Measurement::indicator));
        out.addAll(mine);
    }

    private static Optional<Measurement> measurement(StandingKey key, Target t, List<Problem> problems) {
        Indicator ind = t.indicator;
        Entry first = t.entries.get(0);
        Measurement.Builder b = new Measurement.Builder()
                .participant(key.participant())
                .indicator(ind.code())
                .period(key.period())
                .source(SOURCE);
        for (Entry e : t.entries) {
            b.addAllEvidence(e.evidence());
        }
        ScoringRule rule = ind.rule().orElse(null);
        if (t.type == EntryType.VETO) {
            if (ind.valueType() == ValueType.BOOLEAN) {
                return Optional.of(b.flag(true).build());
            }
            return Optional.of(b.value(BigDecimal.valueOf(t.entries.size())).build());
        }
        if (t.type == EntryType.INSPECTION_FINDING) {
            boolean counts = ind.valueType() == ValueType.COUNT
                    || ind.valueType() == ValueType.NUMERIC && rule instanceof PerOccurrence;
            if (!counts) {
                problems.add(
                        problem(BridgeProblem.NOT_CARRIED, key, first.id().value(), t.type, ind.code(), describe(ind)));
                return Optional.empty();
            }
            BigDecimal n = BigDecimal.ZERO;
            for (Entry e : t.entries) {
                n = n.add(e.amount().orElse(BigDecimal.ONE));
            }
            return Optional.of(b.value(n).build());
        }
        // points awarded or deducted, all of one type (a reversal is not a contribution)
        BigDecimal sum = BigDecimal.ZERO;
        for (Entry e : t.entries) {
            sum = sum.add(e.amount().orElseThrow());
        }
        if (rule instanceof DirectPoints) {
            return Optional.of(b.value(sum).build());
        }
        if (rule instanceof PerOccurrence p) {
            BigDecimal[] qr = sum.divideAndRemainder(p.pointsEach());
            if (qr[1].signum() != 0) {
                problems.add(problem(
                        BridgeProblem.NOT_WHOLE,
                        key,
                        first.id().value(),
                        t.type,
                        ind.code(),
                        sum.toPlainString(),
                        p.pointsEach().toPlainString()));
                return Optional.empty();
            }
            return Optional.of(b.value(qr[0].stripTrailingZeros().setScale(0)).build());
        }
        problems.add(problem(BridgeProblem.NOT_CARRIED, key, first.id().value(), t.type, ind.code(), describe(ind)));
        return Optional.empty();
    }

    private static String describe(Indicator ind) {
        return ind.valueType().code()
                + ind.rule().map(r -> ", " + r.getClass().getSimpleName()).orElse("");
    }

    private static IndicatorKind wantedKind(EntryType t) {
        switch (t) {
            case VETO:
                return IndicatorKind.VETO;
            case POINTS_AWARDED:
                return IndicatorKind.BONUS;
            case POINTS_DEDUCTED:
                return IndicatorKind.DEDUCTION;
            default:
                return null;
        }
    }

    private static Problem problem(
            BridgeProblem code,
            StandingKey key,
            String entry,
            EntryType type,
            IndicatorCode indicator,
            Object... more) {
        Object[] args = new Object[4 + more.length];
        args[0] = entry;
        args[1] = type.code();
        args[2] = indicator.value();
        args[3] = key.period().value();
        System.arraycopy(more, 0, args, 4, more.length);
        return Problem.forParticipant(code, "$", key.participant().value(), args);
    }

    /**
     * The ids of the measurement entries behind the standings' values, to name them in problems:
     * the chain is read once, when the first problem needs one.
     */
    private static final class MeasurementIds {
        private final Ledger ledger;
        private Map<String, List<Entry>> byKey;

        MeasurementIds(Ledger ledger) {
            this.ledger = ledger;
        }

        /** The latest measurement entry of the key and indicator with this value. */
        String of(StandingKey key, Measurement m) {
            return find(key, m.indicator(), m.value().orElse(null));
        }

        /** The latest measurement entry of the key and indicator. */
        String of(StandingKey key, IndicatorCode indicator) {
            return find(key, indicator, null);
        }

        private String find(StandingKey key, IndicatorCode indicator, BigDecimal value) {
            if (byKey == null) {
                Map<String, List<Entry>> index = new HashMap<>();
                ledger.forEach(0, r -> {
                    Entry e = r.entry();
                    if (e.type() == EntryType.MEASUREMENT) {
                        index.computeIfAbsent(
                                        entryKey(
                                                StandingKey.of(e), e.indicator().orElseThrow()),
                                        k -> new ArrayList<>(1))
                                .add(e);
                    }
                });
                byKey = index;
            }
            List<Entry> es = byKey.getOrDefault(entryKey(key, indicator), List.of());
            for (int i = es.size() - 1; i >= 0; i--) {
                Entry e = es.get(i);
                if (value == null
                        || e.amount().map(a -> a.compareTo(value) == 0).orElse(false)) {
                    return e.id().value();
                }
            }
            return "?";
        }

        private static String entryKey(StandingKey k, IndicatorCode i) {
            return k.competition().value() + '\u0000' + key(k.participant(), i, k.period());
        }
    }

    private static String key(ParticipantId p, IndicatorCode i, PeriodId period) {
        return p.value() + '\u0000' + i.value() + '\u0000' + period.value();
    }

    /**
     * The problems of the bridge. Messages: {@code bridge-problems.properties} (Chinese) and {@code
     * bridge-problems_en.properties}. The first four arguments of the entry problems are the entry's
     * id, its type, the indicator and the period.
     */
    public enum BridgeProblem implements ProblemCode {
        /** The entry names an indicator the set does not have. */
        UNKNOWN_INDICATOR("bridge.unknown-indicator"),
        /** The entry type cannot go to an indicator of this kind; more args: its kind, the kind needed. */
        KIND_MISMATCH("bridge.kind-mismatch"),
        /** The indicator takes values the entry cannot carry; more args: its value type and rule. */
        NOT_CARRIED("bridge.not-carried"),
        /** A yes/no measurement other than 0 or 1; more args: the amount. */
        BAD_FLAG("bridge.bad-flag"),
        /** Points that are not a whole number of occurrences; more args: the sum, the points of one. */
        NOT_WHOLE("bridge.not-whole"),
        /** No indicator named and none or several of the kind; args: entry, type, period, kind, count. */
        NO_INDICATOR("bridge.no-indicator"),
        /** Entries of different units on one indicator; more args: the other entry, its type. */
        MIXED_ENTRIES("bridge.mixed-entries"),
        /** A value both in the ledger and in a measurements file; args: indicator, period. */
        BOTH_SOURCES("bridge.both-sources");

        private final String code;

        BridgeProblem(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String bundleBaseName() {
            return "io.github.laborcontest.ledger.bridge-problems";
        }
    }
}
