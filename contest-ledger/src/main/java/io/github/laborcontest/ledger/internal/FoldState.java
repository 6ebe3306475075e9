// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.ledger.Standing;
import io.github.laborcontest.ledger.StandingKey;
import io.github.laborcontest.ledger.Standings;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The mutable accumulator behind {@link io.github.laborcontest.ledger.LedgerFold}: per standing
 * key, the non-reversed measurements per indicator (all of them, so that reversing the latest
 * brings back the one before), the other contributions and the stage changes; plus every reversed
 * id with the key it concerns, so that a merge can cancel entries of the earlier segment.
 */
public final class FoldState {

    /**
     * Small caches of the immutable values that views make over and over: the amounts and dates
     * of a ledger repeat (points are a few tenths, dates a few hundred days), so the millions of
     * contributions of a large ledger's standings share them instead of each holding its own.
     * Each slot holds one immutable value with its key, so that a racing thread sees either the
     * old pair or the new one, never a mix; a miss makes the value and puts it in the slot.
     */
    static final class Values {
        private static final int SLOTS = 1 << 10;

        /** An amount with its unscaled value and scale. */
        private record Amount(long unscaled, int scale, BigDecimal value, Optional<BigDecimal> amount) {}

        private static final Amount[] AMOUNTS = new Amount[SLOTS];
        private static final LocalDate[] DAYS = new LocalDate[SLOTS];

        private Values() {}

        private static Amount cached(long unscaled, int scale) {
            int slot = (int) ((unscaled * 0x9E3779B97F4A7C15L + scale) >>> 54);
            Amount a = AMOUNTS[slot];
            if (a == null || a.unscaled != unscaled || a.scale != scale) {
                BigDecimal v = BigDecimal.valueOf(unscaled, scale);
                a = new Amount(unscaled, scale, v, Optional.of(v));
                AMOUNTS[slot] = a;
            }
            return a;
        }

        /** {@code BigDecimal.valueOf(unscaled, scale)}. */
        static BigDecimal decimal(long unscaled, int scale) {
            return cached(unscaled, scale).value;
        }

        /** {@code Optional.of(BigDecimal.valueOf(unscaled, scale))}. */
        static Optional<BigDecimal> amount(long unscaled, int scale) {
            return cached(unscaled, scale).amount;
        }

        /** {@code LocalDate.ofEpochDay(epochDay)}. */
        static LocalDate day(long epochDay) {
            int slot = (int) (epochDay & (SLOTS - 1));
            LocalDate d = DAYS[slot];
            if (d == null || d.toEpochDay() != epochDay) {
                d = LocalDate.ofEpochDay(epochDay);
                DAYS[slot] = d;
            }
            return d;
        }
    }

    /**
     * The accumulator of one standing: its measurements and its other contributions, each as rows
     * of one array of longs ({@link Measurements}, {@link Contributions}).
     */
    static final class Acc {
        private Measurements measurements = new Measurements();
        private Contributions contributions = new Contributions();

        Acc copy() {
            Acc a = new Acc();
            a.measurements = measurements.copy();
            a.contributions = contributions.copy();
            return a;
        }

        void mergeLater(Acc later) {
            measurements.addAll(later.measurements);
            contributions.addAll(later.contributions);
        }

        boolean remove(EntryId id) {
            byte[] idBytes = Hashing.utf8(id.value());
            long[] words = IdRows.words(idBytes);
            return measurements.remove(idBytes, words) || contributions.remove(idBytes, words);
        }

        boolean isEmpty() {
            return measurements.isEmpty() && contributions.isEmpty();
        }

        /** The standing's measurements. */
        Measurements measurements() {
            return measurements;
        }

        /** The standing's other contributions. */
        Contributions contributions() {
            return contributions;
        }
    }

    private final HashMap<StandingKey, Acc> accs;
    private final HashMap<EntryId, StandingKey> reversed;

    /** The numbered keys' standings of a part fold while it loads ({@link #addPrepared}). */
    private @Nullable KeyTable loading;

    /** An empty fold. */
    public FoldState() {
        this(new HashMap<>(), new HashMap<>());
    }

    private FoldState(HashMap<StandingKey, Acc> accs, HashMap<EntryId, StandingKey> reversed) {
        this.accs = accs;
        this.reversed = reversed;
    }

    /**
     * Adds the next entry of the chain.
     *
     * @param e the entry
     */
    public void add(Entry e) {
        StandingKey key = new StandingKey(e.competition(), e.participant(), e.period());
        EntryType type = e.type();
        switch (type) {
            case REVERSAL -> reverse(key, e.reverses().orElseThrow());
            case MEASUREMENT -> addMeasurement(acc(key), e);
            default -> addContribution(acc(key), e, type);
        }
    }

    /** Adds a measurement entry to a standing. */
    private static void addMeasurement(Acc acc, Entry e) {
        byte[] id = Hashing.utf8(e.id().value());
        BigDecimal v = e.amount().orElseThrow();
        boolean fits = v.precision() <= 18;
        acc.measurements()
                .add(
                        e.indicator().orElseThrow(),
                        IdRows.words(id),
                        0,
                        id.length,
                        id.length > IdRows.INLINE_ID_BYTES ? id : null,
                        fits ? EntryCodec.unscaledLong(v) : 0,
                        fits ? v.scale() : 0,
                        fits ? null : v,
                        e.evidence(),
                        e.actor().id());
    }

    /** Adds an entry other than a measurement or reversal to a standing. */
    private static void addContribution(Acc acc, Entry e, EntryType type) {
        byte[] id = Hashing.utf8(e.id().value());
        Optional<BigDecimal> amount = e.amount();
        BigDecimal v = amount.orElse(null);
        boolean fits = v == null || v.precision() <= 18;
        acc.contributions()
                .add(
                        type,
                        IdRows.words(id),
                        0,
                        id.length,
                        id.length > IdRows.INLINE_ID_BYTES ? id : null,
                        v != null,
                        v != null && fits ? EntryCodec.unscaledLong(v) : 0,
                        v != null && fits ? v.scale() : 0,
                        fits ? null : v,
                        e.reason(),
                        e.businessDate().toEpochDay(),
                        type == EntryType.STAGE_CHANGE ? e.stage().orElseThrow() : null);
    }

    /**
     * What of a prepared entry does not fit the columns of {@link Prepared}: an id longer than
     * {@link IdRows#INLINE_ID_BYTES}, an amount of more than 18 digits, a measurement's evidence.
     */
    private record Rest(byte @Nullable [] longId, @Nullable BigDecimal big, List<String> evidence) {}

    /** Adds prepared entry {@code i} (not a reversal) to a standing. */
    private static void addTo(Acc acc, Prepared p, int i) {
        Rest rest = (Rest) p.rests[i];
        byte[] longId = rest != null ? rest.longId() : null;
        BigDecimal big = rest != null ? rest.big() : null;
        EntryType type = p.types[i];
        if (type == EntryType.MEASUREMENT) {
            acc.measurements()
                    .add(
                            (IndicatorCode) Objects.requireNonNull(p.details[i]),
                            p.words,
                            4 * i,
                            p.idLengths[i],
                            longId,
                            p.unscaled[i],
                            p.scales[i],
                            big,
                            rest != null ? rest.evidence() : List.of(),
                            (String) p.refs[i]);
        } else {
            @SuppressWarnings("unchecked")
            Optional<String> reason = (Optional<String>) p.refs[i];
            acc.contributions()
                    .add(
                            type,
                            p.words,
                            4 * i,
                            p.idLengths[i],
                            longId,
                            p.hasAmounts[i],
                            p.unscaled[i],
                            p.scales[i],
                            big,
                            reason,
                            p.days[i],
                            (ProjectStage) p.details[i]);
        }
    }

    /** The number of parts {@link Prepared} splits the standing keys into. */
    static final int PARTS = 2;

    /**
     * The part of a standing key: a bit of its hash other than the low bits that place it in a
     * hash map, so that each part's map spreads its keys over all buckets.
     */
    static int part(StandingKey key) {
        return (key.hashCode() * 0x9E3779B9) >>> 31;
    }

    /**
     * The part of a key given by its packed number ({@link Prepared}): a bit of a hash other than
     * the one that places the key in a {@link KeyTable}.
     */
    static int part(long packed) {
        return (int) ((packed * 0xC2B2AE3D27D4EB4FL) >>> 63);
    }

    /**
     * The dense numbers of a key's competition, period and participant packed into one
     * non-negative long (16, 16 and 31 bits), or -1 if one is not numbered or too large.
     */
    static long pack(int competition, int period, int participant) {
        if (competition < 0 || competition >= 1 << 16 || period < 0 || period >= 1 << 16 || participant < 0) {
            return -1;
        }
        return ((long) competition << 47) | ((long) period << 31) | participant;
    }

    /**
     * Decoded entries of one stretch of the chain, made ready to fold on a decoding thread, in
     * chain order, each tagged with the part of its key. The fold of each part then adds only its
     * own entries ({@link #addPrepared}): the folds of the parts are independent (an entry, a
     * reversal included, only ever changes the standing of its own key), so the parts fold on
     * separate threads and need no merge. A key whose ids the decoders numbered is also given as
     * one packed long ({@link #pack}), which the part's fold looks up in a table of longs instead
     * of hashing and comparing the key's ids; the key itself is made only when needed.
     *
     * <p>The entries are held in columns, so that preparing one makes no object of its own: its
     * type, id ({@link IdRows#words}), amount as an unscaled long and a scale, business day, and in
     * {@code refs} what it refers to (for a reversal the id it takes out, for a measurement who
     * recorded it, else its reason), in {@code details} the indicator of a measurement or the new
     * stage of a stage change. Only what does not fit (a long id, a large amount, evidence of a
     * measurement) is in a {@link Rest}.
     */
    static final class Prepared {
        private final CompetitionId[] competitions;
        private final ParticipantId[] participants;
        private final PeriodId[] periods;
        private final long[] packed;
        private final EntryType[] types;
        private final Object[] refs;
        private final @Nullable Object[] details;
        private final byte[] parts;
        private final long[] words;
        private final int[] idLengths;
        private final boolean[] hasAmounts;
        private final long[] unscaled;
        private final int[] scales;
        private final long[] days;
        private final @Nullable Object[] rests;
        private int size;

        /**
         * Room for {@code capacity} entries.
         *
         * @param capacity the most entries this will hold
         */
        Prepared(int capacity) {
            competitions = new CompetitionId[capacity];
            participants = new ParticipantId[capacity];
            periods = new PeriodId[capacity];
            packed = new long[capacity];
            types = new EntryType[capacity];
            refs = new Object[capacity];
            details = new Object[capacity];
            parts = new byte[capacity];
            words = new long[4 * capacity];
            idLengths = new int[capacity];
            hasAmounts = new boolean[capacity];
            unscaled = new long[capacity];
            scales = new int[capacity];
            days = new long[capacity];
            rests = new Object[capacity];
        }

        /**
         * Adds the next entry from its decoded fields.
         *
         * @param f the fields
         */
        void add(EntryCodec.Fields f) {
            CompetitionId c = Objects.requireNonNull(f.competition, "competition");
            ParticipantId who = Objects.requireNonNull(f.participant, "participant");
            PeriodId when = Objects.requireNonNull(f.period, "period");
            int i = size;
            competitions[i] = c;
            participants[i] = who;
            periods[i] = when;
            long k = pack(f.competitionNumber, f.periodNumber, f.participantNumber);
            packed[i] = k;
            parts[i] = (byte) (k >= 0 ? part(k) : part(new StandingKey(c, who, when)));
            EntryType type = f.type;
            types[i] = type;
            size++;
            if (type == EntryType.REVERSAL) {
                refs[i] = Objects.requireNonNull(f.reverses, "reverses");
                return;
            }
            boolean measurement = type == EntryType.MEASUREMENT;
            if (measurement) {
                refs[i] = Objects.requireNonNull(f.actorId, "actor");
                details[i] = Objects.requireNonNull(f.indicator, "indicator");
            } else {
                refs[i] = f.reasonOptional;
                details[i] = type == EntryType.STAGE_CHANGE ? Objects.requireNonNull(f.stage, "stage") : null;
            }
            int length = f.idLength;
            idLengths[i] = length;
            byte @Nullable [] longId = null;
            if (length <= IdRows.INLINE_ID_BYTES) {
                for (int w = 0; w < 4; w++) {
                    words[4 * i + w] = IdRows.word(f.source, f.idOffset, length, w);
                }
            } else {
                longId = Arrays.copyOfRange(f.source, f.idOffset, f.idOffset + length);
            }
            BigDecimal big = f.bigAmount;
            hasAmounts[i] = f.hasAmount;
            unscaled[i] = f.unscaled;
            scales[i] = f.scale;
            days[i] = f.epochDay;
            List<String> evidence = measurement ? f.evidence : List.of();
            rests[i] = longId != null || big != null || !evidence.isEmpty() ? new Rest(longId, big, evidence) : null;
        }

        /** The standing key of entry {@code i}. */
        StandingKey key(int i) {
            return new StandingKey(competitions[i], participants[i], periods[i]);
        }

        /** The number of entries held. */
        int size() {
            return size;
        }
    }

    /**
     * The standings of a part's numbered keys while it loads: open addressing over the packed keys
     * (stored plus one, so that 0 marks a free slot), with the key and its accumulator beside. A
     * standing emptied by a reversal stays until the table is settled into the fold's map.
     */
    static final class KeyTable {
        private long[] keys = new long[1 << 10];
        private Acc[] accs = new Acc[1 << 10];
        private StandingKey[] standingKeys = new StandingKey[1 << 10];
        private int size;

        private int slot(long packed, int mask) {
            int s = (int) ((packed * 0x9E3779B97F4A7C15L) >>> 33) & mask;
            long stored = packed + 1;
            while (keys[s] != 0 && keys[s] != stored) {
                s = (s + 1) & mask;
            }
            return s;
        }

        /** The accumulator of a packed key, if present. */
        @Nullable
        Acc get(long packed) {
            return accs[slot(packed, keys.length - 1)];
        }

        /** The accumulator of entry {@code i}'s packed key, created when absent. */
        Acc acc(long packed, Prepared p, int i) {
            int s = slot(packed, keys.length - 1);
            Acc acc = accs[s];
            if (acc == null) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                    s = slot(packed, keys.length - 1);
                }
                acc = new Acc();
                keys[s] = packed + 1;
                accs[s] = acc;
                standingKeys[s] = p.key(i);
                size++;
            }
            return acc;
        }

        private void grow() {
            long[] oldKeys = keys;
            Acc[] oldAccs = accs;
            StandingKey[] oldStandingKeys = standingKeys;
            keys = new long[oldKeys.length * 2];
            accs = new Acc[oldKeys.length * 2];
            standingKeys = new StandingKey[oldKeys.length * 2];
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != 0) {
                    int s = slot(oldKeys[j] - 1, keys.length - 1);
                    keys[s] = oldKeys[j];
                    accs[s] = oldAccs[j];
                    standingKeys[s] = oldStandingKeys[j];
                }
            }
        }

        /** Puts the non-empty standings into a map. */
        void settleInto(Map<StandingKey, Acc> map) {
            for (int j = 0; j < keys.length; j++) {
                Acc acc = accs[j];
                if (acc != null && !acc.isEmpty()) {
                    map.put(standingKeys[j], acc);
                }
            }
        }
    }

    /**
     * Adds, in chain order, the prepared entries whose key falls in one part. A fold fed this way
     * is only for {@link #absorbDisjoint}.
     *
     * @param p the prepared entries of the next stretch of the chain
     * @param part the part this fold holds
     */
    void addPrepared(Prepared p, int part) {
        KeyTable t = loading;
        if (t == null) {
            t = new KeyTable();
            loading = t;
        }
        for (int i = 0; i < p.size; i++) {
            if (p.parts[i] != part) {
                continue;
            }
            long k = p.packed[i];
            boolean reversal = p.types[i] == EntryType.REVERSAL;
            if (k < 0) {
                StandingKey key = p.key(i);
                if (reversal) {
                    reverse(key, (EntryId) p.refs[i]);
                } else {
                    addTo(acc(key), p, i);
                }
            } else if (reversal) {
                EntryId target = (EntryId) p.refs[i];
                reversed.put(target, p.key(i));
                Acc acc = t.get(k);
                if (acc != null) {
                    acc.remove(target);
                }
            } else {
                addTo(t.acc(k, p, i), p, i);
            }
        }
    }

    /** Records that {@code target} (of the standing {@code key}) is reversed and takes it out. */
    private void reverse(StandingKey key, EntryId target) {
        reversed.put(target, key);
        Acc acc = accs.get(key);
        if (acc != null && acc.remove(target) && acc.isEmpty()) {
            accs.remove(key);
        }
    }

    /** The accumulator of a standing, created when it is first needed. */
    private Acc acc(StandingKey key) {
        Acc acc = accs.get(key);
        if (acc == null) {
            acc = new Acc();
            accs.put(key, acc);
        }
        return acc;
    }

    /**
     * Merges the fold of the segment that follows this one, in place.
     *
     * @param later the later fold (not changed)
     */
    public void mergeLater(FoldState later) {
        later.accs.forEach((k, v) -> {
            Acc mine = accs.get(k);
            if (mine == null) {
                accs.put(k, v.copy());
            } else {
                mine.mergeLater(v);
            }
        });
        later.reversed.forEach((id, key) -> {
            reversed.put(id, key);
            Acc acc = accs.get(key);
            if (acc != null && acc.remove(id) && acc.isEmpty()) {
                accs.remove(key);
            }
        });
    }

    /**
     * Takes over the standings of a fold whose keys this fold does not hold (another part of the
     * same chain) and whose state nobody else holds.
     *
     * @param other the other fold, unusable afterwards
     */
    void absorbDisjoint(FoldState other) {
        KeyTable t = other.loading;
        if (t != null) {
            t.settleInto(other.accs);
            other.loading = null;
        }
        accs.putAll(other.accs);
        reversed.putAll(other.reversed);
    }

    /** A deep copy. */
    public FoldState copy() {
        return copy(k -> true);
    }

    /**
     * A deep copy of the standings whose key passes a filter.
     *
     * @param keep the filter
     * @return the copy
     */
    public FoldState copy(Predicate<StandingKey> keep) {
        HashMap<StandingKey, Acc> a = new HashMap<>();
        accs.forEach((k, v) -> {
            if (keep.test(k)) {
                a.put(k, v.copy());
            }
        });
        HashMap<EntryId, StandingKey> r = new HashMap<>();
        reversed.forEach((id, k) -> {
            if (keep.test(k)) {
                r.put(id, k);
            }
        });
        return new FoldState(a, r);
    }

    /** The number of standing keys. */
    public int size() {
        return accs.size();
    }

    /**
     * The standings of the keys passing a filter.
     *
     * @param keep the filter
     * @return the standings, sorted by key
     */
    public Standings view(Predicate<StandingKey> keep) {
        return view(keep, false);
    }

    /**
     * The standings of the keys passing a filter, for a snapshot: the values made stay in this
     * fold (a contribution's beside its row, the latest measurement's of each indicator in its
     * standing) and are copied with it, so that the next snapshot of the same standings shares
     * them. Call it on the fold that goes on, not on a copy made for the snapshot.
     *
     * @param keep the filter
     * @return the standings, sorted by key
     */
    public Standings viewKept(Predicate<StandingKey> keep) {
        return view(keep, true);
    }

    private Standings view(Predicate<StandingKey> keep, boolean keepValues) {
        List<Map.Entry<StandingKey, Acc>> kept = new ArrayList<>(accs.size());
        for (Map.Entry<StandingKey, Acc> e : accs.entrySet()) {
            if (keep.test(e.getKey())) {
                kept.add(e);
            }
        }
        return sortedView(kept, keepValues);
    }

    private static Standings sortedView(List<Map.Entry<StandingKey, Acc>> kept, boolean keepValues) {
        kept.sort(Map.Entry.comparingByKey());
        List<Standing> out = new ArrayList<>(kept.size());
        for (Map.Entry<StandingKey, Acc> e : kept) {
            out.add(standing(e.getKey(), e.getValue(), keepValues));
        }
        return new Standings(out);
    }

    /**
     * A fold holding copies of this fold's accumulators of the given keys only: the start of an
     * as-of query that folds a few entries (of those keys) onto a snapshot, to be viewed with
     * {@link #viewOver}. Its record of reversed ids is empty, so it is not for merging.
     *
     * @param keys the keys of the entries that will be added
     * @return the partial copy
     */
    FoldState copyOf(Set<StandingKey> keys) {
        HashMap<StandingKey, Acc> a = new HashMap<>();
        for (StandingKey k : keys) {
            Acc acc = accs.get(k);
            if (acc != null) {
                a.put(k, acc.copy());
            }
        }
        return new FoldState(a, new HashMap<>());
    }

    /**
     * The standings of {@code base} with those of the keys {@code changed} taken from {@code
     * changes} instead (absent there: no standing), for the keys passing a filter; the same as
     * viewing a full copy of {@code base} to which the changes were applied, without making it.
     *
     * @param base the snapshot's fold, not changed
     * @param changes a {@link #copyOf} of {@code base} for {@code changed}, with entries added
     * @param changed the keys whose accumulators {@code changes} holds (or removed)
     * @param keep the filter
     * @return the standings, sorted by key
     */
    static Standings viewOver(
            FoldState base, FoldState changes, Set<StandingKey> changed, Predicate<StandingKey> keep) {
        List<Map.Entry<StandingKey, Acc>> kept = new ArrayList<>(base.accs.size() + changes.accs.size());
        for (Map.Entry<StandingKey, Acc> e : base.accs.entrySet()) {
            if (!changed.contains(e.getKey()) && keep.test(e.getKey())) {
                kept.add(e);
            }
        }
        for (Map.Entry<StandingKey, Acc> e : changes.accs.entrySet()) {
            if (keep.test(e.getKey())) {
                kept.add(e);
            }
        }
        return sortedView(kept, false);
    }

    private static Standing standing(StandingKey key, Acc acc, boolean keepValues) {
        Measurements ms = acc.measurements();
        Contributions cs = acc.contributions();
        return new Standing(
                key,
                ms.isEmpty() ? List.of() : ms.latest(key, keepValues),
                Points.of(cs.total(EntryType.POINTS_AWARDED)),
                Points.of(cs.total(EntryType.POINTS_DEDUCTED)),
                cs.values(keepValues),
                cs.latestStage());
    }

    /**
     * An exact sum of decimals, as {@code BigDecimal.ZERO.add(a).add(b)…} gives it (the value
     * exact, the scale the largest of 0 and the addends' scales), kept as an unscaled long and a
     * scale while it fits, so that summing compact amounts makes no objects.
     */
    static final class Sum {
        private static final long[] POW10 = new long[19];

        static {
            POW10[0] = 1;
            for (int i = 1; i < POW10.length; i++) {
                POW10[i] = POW10[i - 1] * 10;
            }
        }

        private long unscaled;
        private int scale;
        private @Nullable BigDecimal big;

        /** Adds {@code big}, or if it is null the decimal {@code unscaled × 10^-scale}. */
        void add(long addUnscaled, int addScale, @Nullable BigDecimal addBig) {
            if (big == null && addBig == null) {
                try {
                    if (addScale == scale) {
                        unscaled = Math.addExact(unscaled, addUnscaled);
                        return;
                    }
                    if (addScale > scale && addScale - scale < POW10.length) {
                        unscaled = Math.addExact(Math.multiplyExact(unscaled, POW10[addScale - scale]), addUnscaled);
                        scale = addScale;
                        return;
                    }
                    if (addScale < scale && (long) scale - addScale < POW10.length) {
                        unscaled = Math.addExact(unscaled, Math.multiplyExact(addUnscaled, POW10[scale - addScale]));
                        return;
                    }
                } catch (ArithmeticException overflow) {
                    // falls through to BigDecimal; the fields are unchanged when an exact op throws
                }
            }
            BigDecimal v = addBig != null ? addBig : BigDecimal.valueOf(addUnscaled, addScale);
            big = value().add(v);
        }

        /** The sum. */
        BigDecimal value() {
            return big != null ? big : BigDecimal.valueOf(unscaled, scale);
        }
    }
}
