// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.Contribution;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.ledger.Standing;
import io.github.laborcontest.ledger.StandingKey;
import io.github.laborcontest.ledger.Standings;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.ProjectStage;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
     * The id of the entry an item keeps, as UTF-8 bytes: up to {@link #INLINE_ID_BYTES} of them in
     * four longs of the item itself, so that most items are one object, else in an array. It is
     * only compared when a reversal takes the item out, and read when a contribution is viewed.
     */
    abstract static class IdItem {
        /** The longest id kept in the item's own fields. */
        static final int INLINE_ID_BYTES = 32;

        private static final VarHandle LONG =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

        private static final ThreadLocal<byte[]> ID_SCRATCH = ThreadLocal.withInitial(() -> new byte[INLINE_ID_BYTES]);

        private final long w0;
        private final long w1;
        private final long w2;
        private final long w3;
        private final int idLength;
        private final byte @Nullable [] longId;

        IdItem(byte[] b, int offset, int length) {
            idLength = length;
            if (length > INLINE_ID_BYTES) {
                longId = Arrays.copyOfRange(b, offset, offset + length);
                w0 = w1 = w2 = w3 = 0;
            } else {
                longId = null;
                w0 = word(b, offset, length, 0);
                w1 = word(b, offset, length, 1);
                w2 = word(b, offset, length, 2);
                w3 = word(b, offset, length, 3);
            }
        }

        /**
         * Bytes {@code 8k} to {@code 8k + 7} of an id, little-endian, zero past its end: one load of
         * eight bytes when the array has them (an id is followed by the rest of its record).
         */
        static long word(byte[] b, int offset, int length, int k) {
            int from = offset + 8 * k;
            int n = length - 8 * k;
            if (n <= 0) {
                return 0;
            }
            if (from + 8 <= b.length) {
                long w = (long) LONG.get(b, from);
                return n >= 8 ? w : w & ((1L << (8 * n)) - 1);
            }
            long w = 0;
            for (int i = from + Math.min(n, 8) - 1; i >= from; i--) {
                w = (w << 8) | (b[i] & 0xFF);
            }
            return w;
        }

        /** Whether this item's id is {@code id}, whose words ({@link #words}) are given. */
        boolean hasId(byte[] id, long[] words) {
            byte[] l = longId;
            if (id.length != idLength) {
                return false;
            }
            if (l != null) {
                return Arrays.equals(l, id);
            }
            return w0 == words[0] && w1 == words[1] && w2 == words[2] && w3 == words[3];
        }

        /** The words of an id as {@link #hasId} takes them. */
        static long[] words(byte[] id) {
            long[] w = new long[4];
            if (id.length <= INLINE_ID_BYTES) {
                for (int k = 0; k < 4; k++) {
                    w[k] = word(id, 0, id.length, k);
                }
            }
            return w;
        }

        /** The id's text, decoded from the item's own fields through a scratch array of the thread. */
        String idText() {
            byte[] l = longId;
            if (l != null) {
                return new String(l, StandardCharsets.UTF_8);
            }
            byte[] scratch = ID_SCRATCH.get();
            copyId(scratch);
            return new String(scratch, 0, idLength, StandardCharsets.UTF_8);
        }

        /** Writes an inline id's bytes at the start of {@code out}. */
        private void copyId(byte[] out) {
            for (int i = 0; i < idLength; i++) {
                long w = switch (i >>> 3) {
                    case 0 -> w0;
                    case 1 -> w1;
                    case 2 -> w2;
                    default -> w3;
                };
                out[i] = (byte) (w >>> (8 * (i & 7)));
            }
        }

        /** The id's bytes. */
        byte[] idBytes() {
            byte[] l = longId;
            if (l != null) {
                return l;
            }
            byte[] out = new byte[idLength];
            copyId(out);
            return out;
        }
    }

    /** A stage change kept compactly: the contribution item of its entry and the new stage. */
    record StageItem(ContributionItem item, ProjectStage stage) {}

    /**
     * A contribution kept compactly (id as UTF-8 bytes, amount as an unscaled long when it fits);
     * {@link #contribution()} makes the public value when standings are viewed. A snapshot keeps
     * the value it made ({@link #kept()}), so that later snapshots and views share it instead of
     * making another (the field fits in the object's alignment padding).
     */
    static final class ContributionItem extends IdItem {
        private final EntryType type;
        private final boolean hasAmount;
        private final long unscaled;
        private final int scale;
        private final @Nullable BigDecimal big;
        private final Optional<String> reason;
        private final long epochDay;
        private volatile @Nullable Contribution kept;

        ContributionItem(
                byte[] b,
                int offset,
                int length,
                EntryType type,
                boolean hasAmount,
                long unscaled,
                int scale,
                @Nullable BigDecimal big,
                Optional<String> reason,
                long epochDay) {
            super(b, offset, length);
            this.type = type;
            this.hasAmount = hasAmount;
            this.unscaled = unscaled;
            this.scale = scale;
            this.big = big;
            this.reason = reason;
            this.epochDay = epochDay;
        }

        static ContributionItem of(Entry e, EntryType type) {
            byte[] id = Hashing.utf8(e.id().value());
            Optional<String> reason = e.reason();
            long day = e.businessDate().toEpochDay();
            Optional<BigDecimal> amount = e.amount();
            int n = id.length;
            if (amount.isEmpty()) {
                return new ContributionItem(id, 0, n, type, false, 0, 0, null, reason, day);
            }
            BigDecimal v = amount.get();
            return v.precision() <= 18
                    ? new ContributionItem(
                            id, 0, n, type, true, EntryCodec.unscaledLong(v), v.scale(), null, reason, day)
                    : new ContributionItem(id, 0, n, type, true, 0, 0, v, reason, day);
        }

        Optional<BigDecimal> amount() {
            if (!hasAmount) {
                return Optional.empty();
            }
            return big != null ? Optional.of(big) : Values.amount(unscaled, scale);
        }

        /** The public value: the one a snapshot kept, else a new one. */
        Contribution contribution() {
            Contribution c = kept;
            return c != null ? c : make();
        }

        /** The public value, kept on this item for the snapshots and views that follow. */
        Contribution kept() {
            Contribution c = kept;
            if (c == null) {
                c = make();
                kept = c;
            }
            return c;
        }

        private Contribution make() {
            return new Contribution(EntryId.of(idText()), type, amount(), reason, Values.day(epochDay));
        }
    }

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

    private static final Object[] NONE = new Object[0];

    /**
     * The items of one standing (of one indicator, or its contributions) in chain order: an array
     * that doubles when full, so that appending copies each item about once (a list that grows by
     * half again copies it about twice, and standings grow one entry at a time).
     */
    static final class Items<T> {
        private Object[] a;
        private int n;

        Items(int capacity) {
            a = capacity == 0 ? NONE : new Object[capacity];
        }

        private Items(Object[] a, int n) {
            this.a = a;
            this.n = n;
        }

        void add(T item) {
            if (n == a.length) {
                a = Arrays.copyOf(a, Math.max(4, 2 * n));
            }
            a[n++] = item;
        }

        void addAll(Items<T> later) {
            if (n + later.n > a.length) {
                a = Arrays.copyOf(a, Math.max(n + later.n, 2 * n));
            }
            System.arraycopy(later.a, 0, a, n, later.n);
            n += later.n;
        }

        @SuppressWarnings("unchecked")
        T get(int i) {
            return (T) a[i];
        }

        T last() {
            return get(n - 1);
        }

        void remove(int i) {
            System.arraycopy(a, i + 1, a, i, n - i - 1);
            a[--n] = null;
        }

        int size() {
            return n;
        }

        boolean isEmpty() {
            return n == 0;
        }

        Items<T> copy() {
            return new Items<>(Arrays.copyOf(a, n), n);
        }
    }

    /**
     * The accumulator of one standing: its measurements in columns ({@link Measurements}), its
     * other contributions and its stage changes.
     */
    static final class Acc {
        private Measurements measurements = new Measurements();
        final Items<ContributionItem> contributions = new Items<>(0);
        final ArrayList<StageItem> stages = new ArrayList<>(0);

        Acc copy() {
            Acc a = new Acc();
            a.measurements = measurements.copy();
            a.contributions.addAll(contributions);
            a.stages.addAll(stages);
            return a;
        }

        void mergeLater(Acc later) {
            measurements.addAll(later.measurements);
            contributions.addAll(later.contributions);
            stages.addAll(later.stages);
        }

        boolean remove(EntryId id) {
            byte[] idBytes = Hashing.utf8(id.value());
            long[] words = IdItem.words(idBytes);
            if (measurements.remove(idBytes, words)) {
                return true;
            }
            for (int i = contributions.size() - 1; i >= 0; i--) {
                ContributionItem c = contributions.get(i);
                if (c.hasId(idBytes, words)) {
                    contributions.remove(i);
                    for (int j = stages.size() - 1; j >= 0; j--) {
                        if (stages.get(j).item() == c) {
                            stages.remove(j);
                            break;
                        }
                    }
                    return true;
                }
            }
            return false;
        }

        boolean isEmpty() {
            return measurements.isEmpty() && contributions.isEmpty();
        }

        /** The standing's measurements. */
        Measurements measurements() {
            return measurements;
        }

        /** Adds a contribution; {@code stage} is the new stage of a stage change, else null. */
        void addContribution(ContributionItem c, @Nullable ProjectStage stage) {
            if (stage != null) {
                stages.add(new StageItem(c, stage));
            }
            contributions.add(c);
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
            default ->
                acc(key).addContribution(
                                ContributionItem.of(e, type),
                                type == EntryType.STAGE_CHANGE ? e.stage().orElseThrow() : null);
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
                        IdItem.words(id),
                        0,
                        id.length,
                        id.length > IdItem.INLINE_ID_BYTES ? id : null,
                        fits ? EntryCodec.unscaledLong(v) : 0,
                        fits ? v.scale() : 0,
                        fits ? null : v,
                        e.evidence(),
                        e.actor().id());
    }

    /** A measurement's id, value and evidence that do not fit the columns of {@link Prepared}. */
    private record Rest(byte @Nullable [] longId, @Nullable BigDecimal big, List<String> evidence) {}

    /** Adds prepared entry {@code i} (not a reversal) to a standing. */
    private static void addTo(Acc acc, Prepared p, int i) {
        Object item = p.items[i];
        if (item instanceof String actor) {
            Rest rest = (Rest) p.rests[i];
            acc.measurements()
                    .add(
                            (IndicatorCode) Objects.requireNonNull(p.details[i]),
                            p.words,
                            4 * i,
                            p.idLengths[i],
                            rest != null ? rest.longId() : null,
                            p.unscaled[i],
                            p.scales[i],
                            rest != null ? rest.big() : null,
                            rest != null ? rest.evidence() : List.of(),
                            actor);
        } else {
            acc.addContribution((ContributionItem) item, (ProjectStage) p.details[i]);
        }
    }

    /**
     * The compact item of a decoded entry other than a measurement: for a reversal the id it takes
     * out, else the contribution kept. Made on any thread, added by {@link #addTo}.
     */
    private static Object item(EntryCodec.Fields f) {
        if (f.type == EntryType.REVERSAL) {
            return Objects.requireNonNull(f.reverses, "reverses");
        }
        return new ContributionItem(
                f.source,
                f.idOffset,
                f.idLength,
                f.type,
                f.hasAmount,
                f.unscaled,
                f.scale,
                f.bigAmount,
                f.reasonOptional,
                f.epochDay);
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
     * Decoded entries of one stretch of the chain, made ready to fold (compact items made) on a
     * decoding thread, in chain order, each tagged with the part of its key. The fold of each part
     * then adds only its own entries ({@link #addPrepared}): the folds of the parts are independent
     * (an entry, a reversal included, only ever changes the standing of its own key), so the parts
     * fold on separate threads and need no merge. A key whose ids the decoders numbered is also
     * given as one packed long ({@link #pack}), which the part's fold looks up in a table of longs
     * instead of hashing and comparing the key's ids; the key itself is made only when needed.
     *
     * <p>A measurement is given in columns, so that preparing it makes no object: {@code items[i]}
     * is then the id of who recorded it, {@code details[i]} its indicator, and its id and value are
     * in {@code words}, {@code idLengths}, {@code unscaled} and {@code scales}; only what does not
     * fit (a long id, a large value, evidence) is in a {@link Rest}. For a reversal {@code
     * items[i]} is the id it takes out, for any other entry the {@link ContributionItem} kept.
     */
    static final class Prepared {
        private final CompetitionId[] competitions;
        private final ParticipantId[] participants;
        private final PeriodId[] periods;
        private final long[] packed;
        private final Object[] items;
        private final @Nullable Object[] details;
        private final byte[] parts;
        private final long[] words;
        private final int[] idLengths;
        private final long[] unscaled;
        private final int[] scales;
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
            items = new Object[capacity];
            details = new Object[capacity];
            parts = new byte[capacity];
            words = new long[4 * capacity];
            idLengths = new int[capacity];
            unscaled = new long[capacity];
            scales = new int[capacity];
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
            competitions[size] = c;
            participants[size] = who;
            periods[size] = when;
            long k = pack(f.competitionNumber, f.periodNumber, f.participantNumber);
            packed[size] = k;
            if (f.type == EntryType.MEASUREMENT) {
                addMeasurement(f);
            } else {
                items[size] = item(f);
                details[size] = f.type == EntryType.STAGE_CHANGE ? Objects.requireNonNull(f.stage, "stage") : null;
            }
            parts[size] = (byte) (k >= 0 ? part(k) : part(new StandingKey(c, who, when)));
            size++;
        }

        private void addMeasurement(EntryCodec.Fields f) {
            int i = size;
            items[i] = Objects.requireNonNull(f.actorId, "actor");
            details[i] = Objects.requireNonNull(f.indicator, "indicator");
            int length = f.idLength;
            idLengths[i] = length;
            byte @Nullable [] longId = null;
            if (length <= IdItem.INLINE_ID_BYTES) {
                for (int k = 0; k < 4; k++) {
                    words[4 * i + k] = IdItem.word(f.source, f.idOffset, length, k);
                }
            } else {
                longId = Arrays.copyOfRange(f.source, f.idOffset, f.idOffset + length);
            }
            BigDecimal big = f.bigAmount;
            unscaled[i] = f.unscaled;
            scales[i] = f.scale;
            rests[i] =
                    longId != null || big != null || !f.evidence.isEmpty() ? new Rest(longId, big, f.evidence) : null;
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
            Object item = p.items[i];
            if (k < 0) {
                StandingKey key = p.key(i);
                if (item instanceof EntryId target) {
                    reverse(key, target);
                } else {
                    addTo(acc(key), p, i);
                }
            } else if (item instanceof EntryId target) {
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
     * fold (a contribution's on its compact item, shared with copies; the latest measurement's in
     * its standing, copied with it), so that the next snapshot of the same standings shares them.
     * Call it on the fold that goes on, not on a copy made for the snapshot.
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
        Measurements all = acc.measurements();
        List<Measurement> ms = all.isEmpty() ? List.of() : all.latest(key, keepValues);
        Sum awarded = new Sum();
        Sum deducted = new Sum();
        List<Contribution> contributions = new ArrayList<>(acc.contributions.size());
        for (int i = 0; i < acc.contributions.size(); i++) {
            ContributionItem item = acc.contributions.get(i);
            contributions.add(keepValues ? item.kept() : item.contribution());
            if (item.type == EntryType.POINTS_AWARDED) {
                awarded.add(item.unscaled, item.scale, item.big);
            } else if (item.type == EntryType.POINTS_DEDUCTED) {
                deducted.add(item.unscaled, item.scale, item.big);
            }
        }
        Optional<ProjectStage> stage = acc.stages.isEmpty()
                ? Optional.empty()
                : Optional.of(acc.stages.get(acc.stages.size() - 1).stage());
        return new Standing(key, ms, Points.of(awarded.value()), Points.of(deducted.value()), contributions, stage);
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
