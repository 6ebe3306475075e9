// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.Actor;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IdRule;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.ProjectStage;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The canonical binary encoding of entries, the bytes that are hashed and stored. One byte of
 * schema version first; version 2 is written, versions 1 and 2 are read (version 1 knew the actor
 * only by id and had no replacement). Strings are UTF-8 with a varint length; decimals are their
 * scale and unscaled two's-complement bytes, so {@code 5} and {@code 5.00} encode differently
 * (the ledger keeps what was written). A decoder interns the ids it reads, so that a large ledger
 * shares them; decoders are not thread-safe, but several may share their tables of standing-key
 * ids and indicator codes ({@link Shared}), so that the keys they decode share instances.
 */
public final class EntryCodec {

    /** The largest encoded entry accepted. */
    public static final int MAX_ENTRY_BYTES = 1 << 20;

    /**
     * Intern tables of competition, participant and period ids and indicator codes that decoders
     * on several threads share: the entries they decode then hold the same instances, which the
     * fold compares by identity before anything else.
     */
    static final class Shared {
        final Map<String, CompetitionId> competitions;
        final Map<String, ParticipantId> participants;
        final Map<String, PeriodId> periods;
        final Map<String, IndicatorCode> indicators;
        /** The dense numbers of competition, participant and period ids (distinct classes, one map). */
        private final Map<Object, Integer> numbers;

        private final AtomicInteger[] counters = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
        private final int numberLimit;

        private Shared(boolean concurrent, int numberLimit) {
            competitions = concurrent ? new ConcurrentHashMap<>() : new HashMap<>();
            participants = concurrent ? new ConcurrentHashMap<>() : new HashMap<>();
            periods = concurrent ? new ConcurrentHashMap<>() : new HashMap<>();
            indicators = concurrent ? new ConcurrentHashMap<>() : new HashMap<>();
            numbers = concurrent ? new ConcurrentHashMap<>() : new HashMap<>();
            this.numberLimit = numberLimit;
        }

        /**
         * Tables for decoders on several threads.
         *
         * @return empty thread-safe tables
         */
        static Shared concurrent() {
            return new Shared(true, MAX_NUMBERED);
        }

        /**
         * Tables for one thread that number at most {@code limit} ids, so that tests reach the
         * fold's path for keys without numbers.
         *
         * @param limit the most ids numbered
         * @return empty tables
         */
        static Shared numberingAtMost(int limit) {
            return new Shared(false, limit);
        }

        /**
         * The dense number of a competition (kind 1), participant (2) or period (3) id, the same
         * for equal ids on every decoder sharing these tables; -1 once the tables' limit of ids
         * ({@link #MAX_NUMBERED} unless a test sets another) is numbered and this one is not.
         */
        int number(int kind, Object id) {
            Integer k = numbers.get(id);
            if (k != null) {
                return k;
            }
            if (numbers.size() >= numberLimit) {
                return -1;
            }
            return numbers.computeIfAbsent(id, v -> counters[kind - 1].getAndIncrement());
        }
    }

    /** The most competition, participant and period ids a decoder's tables number. */
    static final int MAX_NUMBERED = 1 << 24;

    private final Map<String, CompetitionId> competitions;
    private final Map<String, ParticipantId> participants;
    private final Map<String, PeriodId> periods;
    private final Map<String, IndicatorCode> indicators;
    private final HashMap<String, Actor> actors = new HashMap<>();
    private final HashMap<String, String> texts = new HashMap<>();
    private final HashMap<String, Actor> actorsById = new HashMap<>();
    private final Shared shared;

    /**
     * The string cache: slots of a fixed size, each holding the kind, the length, the dense number
     * (competition, participant and period ids) and the UTF-8 bytes of a string read before, with
     * its decoded value beside. A hit compares bytes within one cache line, without loading a key
     * object. Slots go in pairs (a string may sit in either); a new string takes the first, moving
     * the one there to the second. Short strings (most ids) take 32-byte slots, so that a decoder's
     * ten thousand participants fit a core's cache; longer ones, 64-byte slots.
     */
    static final class Slots {
        private static final int KEY_AT = 8;
        private static final int MIN_SLOTS = 1 << 10;
        private static final int MAX_SLOTS = 1 << 16;

        private final int stride;
        private byte[] arena;
        private Object[] values = new Object[MIN_SLOTS];
        private int slots = MIN_SLOTS;
        private int misses;

        Slots(int stride) {
            this.stride = stride;
            arena = new byte[MIN_SLOTS * stride];
        }

        /** The slot holding bytes {@code b[from, from + n)} of a kind (hashed to {@code h}), or -1. */
        int find(byte[] b, int from, int n, int kind, int h) {
            int slot = h & (slots - 2);
            byte[] a = arena;
            for (int k = 0; k < 2; k++, slot++) {
                int at = slot * stride;
                if (a[at] == (byte) kind
                        && a[at + 1] == (byte) n
                        && Arrays.equals(a, at + KEY_AT, at + KEY_AT + n, b, from, from + n)) {
                    return slot;
                }
            }
            return -1;
        }

        /** The number kept in a slot. */
        int number(int slot) {
            return (int) INT.get(arena, slot * stride + 2);
        }

        /** The value kept in a slot. */
        Object value(int slot) {
            return values[slot];
        }

        /** Caches a value for bytes {@code b[from, from + n)} of a kind (at most stride - 8 of them). */
        void put(byte[] b, int from, int n, int kind, int h, Object v, int num) {
            if (++misses > slots && slots < MAX_SLOTS) {
                // the strings do not fit: a larger table, filled again from here on
                slots *= 2;
                misses = 0;
                arena = new byte[slots * stride];
                values = new Object[slots];
            }
            byte[] a = arena;
            int slot = h & (slots - 2);
            int at = slot * stride;
            System.arraycopy(a, at, a, at + stride, stride);
            values[slot + 1] = values[slot];
            a[at] = (byte) kind;
            a[at + 1] = (byte) n;
            INT.set(a, at + 2, num);
            System.arraycopy(b, from, a, at + KEY_AT, n);
            values[slot] = v;
        }
    }

    private final Slots shortSlots = new Slots(MAX_SHORT_BYTES + Slots.KEY_AT);
    private final Slots longSlots = new Slots(MAX_CACHED_BYTES + Slots.KEY_AT);

    /** The dense number of the id {@link #cached} returned last (0 for other kinds). */
    private int number;

    /** The reader {@link #decode(byte[], int, int, Fields)} reuses from entry to entry. */
    private final In reader = new In(new byte[0], 0, 0);

    // what makes a value the cache misses, made once here (a lambda naming a field is an object)
    private final Function<String, CompetitionId> makeCompetition;
    private final Function<String, ParticipantId> makeParticipant;
    private final Function<String, PeriodId> makePeriod;
    private final Function<String, IndicatorCode> makeIndicator;
    private final Function<String, Optional<String>> makeReason;

    /** The longest string the cache holds, in UTF-8 bytes; longer ones are decoded each time. */
    static final int MAX_CACHED_BYTES = 56;

    /** The longest string the short slots hold. */
    static final int MAX_SHORT_BYTES = 24;

    /** The slots for strings of {@code n} bytes (at most {@link #MAX_CACHED_BYTES}). */
    private Slots slotsFor(int n) {
        return n <= MAX_SHORT_BYTES ? shortSlots : longSlots;
    }

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The kind of a whole actor (id, role and organisation as encoded) in the cache. */
    private static final int ACTOR = 10;

    /**
     * The value cached for the string at the reader's position (tagged by kind), or decodes it with
     * {@code make} and caches it: most ids, actors and reasons repeat, so this skips decoding them.
     * Sets {@link #number} to the id's dense number for kinds 1 to 3.
     */
    @SuppressWarnings("unchecked")
    private <T> T cached(In in, int kind, Function<String, T> make) {
        int n = in.varint();
        if (n > in.end - in.pos) {
            throw new IllegalArgumentException("truncated string");
        }
        byte[] b = in.b;
        int from = in.pos;
        in.pos += n;
        if (n > MAX_CACHED_BYTES) {
            T v = make.apply(new String(b, from, n, StandardCharsets.UTF_8));
            number = kind <= 3 ? shared.number(kind, v) : 0;
            return v;
        }
        int h = hash(b, from, n, kind);
        Slots t = slotsFor(n);
        int slot = t.find(b, from, n, kind, h);
        if (slot >= 0) {
            number = t.number(slot);
            return (T) t.value(slot);
        }
        T v = make.apply(new String(b, from, n, StandardCharsets.UTF_8));
        int num = kind <= 3 ? shared.number(kind, v) : 0;
        t.put(b, from, n, kind, h, v, num);
        number = num;
        return v;
    }

    /** A hash of bytes {@code b[from, from + n)} and a kind, read eight bytes at a time. */
    private static int hash(byte[] b, int from, int n, int kind) {
        long h = (kind * 0x9E3779B97F4A7C15L) ^ n;
        int i = from;
        int end = from + n;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONG.get(b, i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (int k = end - 1; k >= i; k--) {
            tail = (tail << 8) | (b[k] & 0xFF);
        }
        h = (h ^ tail) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 32));
    }

    /**
     * The actor at the reader's position (schema version 2: id, then role and organisation, each
     * optional): cached whole when its encoding is short, so that a hit skips three strings.
     */
    private Actor actor(In in, Fields f) {
        int from = in.pos;
        int n = skipActor(in);
        in.pos = from;
        if (n > MAX_CACHED_BYTES) {
            return decodeActor(in, f);
        }
        int h = hash(in.b, from, n, ACTOR);
        Slots t = slotsFor(n);
        int slot = t.find(in.b, from, n, ACTOR, h);
        if (slot >= 0) {
            in.pos = from + n;
            Actor a = (Actor) t.value(slot);
            f.actorId = a.id();
            return a;
        }
        Actor a = decodeActor(in, f);
        t.put(in.b, from, n, ACTOR, h, a, 0);
        return a;
    }

    /** The length of the encoded actor at the reader's position, moving past it. */
    private static int skipActor(In in) {
        int from = in.pos;
        in.skipStr();
        if (in.bool()) {
            in.skipStr();
        }
        if (in.bool()) {
            in.skipStr();
        }
        return in.pos - from;
    }

    private Actor decodeActor(In in, Fields f) {
        String actorId = cached(in, 7, Function.identity());
        f.actorId = actorId;
        String role = in.bool() ? cached(in, 8, Function.identity()) : null;
        String org = in.bool() ? cached(in, 9, Function.identity()) : null;
        Actor a = actorsById.get(actorId);
        if (a == null
                || !a.role().equals(Optional.ofNullable(role))
                || !a.organisation().equals(Optional.ofNullable(org))) {
            String actorKey = actorId + '\u0000' + role + '\u0000' + org;
            a = intern(actors, actorKey, k -> new Actor(actorId, Optional.ofNullable(role), Optional.ofNullable(org)));
            if (actorsById.size() < 100_000) {
                actorsById.put(actorId, a);
            }
        }
        return a;
    }

    /** A decoder with empty intern tables. */
    public EntryCodec() {
        this(new Shared(false, MAX_NUMBERED));
    }

    /**
     * A decoder interning standing-key ids and indicator codes in tables it shares with others.
     *
     * @param shared the tables, thread-safe if other threads use them
     */
    EntryCodec(Shared shared) {
        this.shared = shared;
        competitions = shared.competitions;
        participants = shared.participants;
        periods = shared.periods;
        indicators = shared.indicators;
        makeCompetition = k -> intern(competitions, k, CompetitionId::of);
        makeParticipant = k -> intern(participants, k, ParticipantId::of);
        makePeriod = k -> intern(periods, k, PeriodId::of);
        makeIndicator = k -> intern(indicators, k, IndicatorCode::of);
        makeReason = k -> Optional.of(intern(texts, k, Function.identity()));
    }

    /**
     * Encodes an entry at the current schema version.
     *
     * @param e the entry
     * @return its canonical bytes
     */
    public static byte[] encode(Entry e) {
        return encode(e, new Out(160));
    }

    /**
     * Encodes an entry at the current schema version, writing into a scratch buffer first (the
     * ledger reuses one under its lock); the same bytes as {@link #encode(Entry)}.
     *
     * @param e the entry
     * @param o the scratch buffer, emptied first
     * @return its canonical bytes
     */
    static byte[] encode(Entry e, Out o) {
        o.reset();
        o.u8(Entry.CURRENT_SCHEMA_VERSION);
        o.str(e.id().value());
        o.str(e.competition().value());
        o.str(e.participant().value());
        o.str(e.period().value());
        o.u8(e.type().tag());
        Optional<IndicatorCode> indicator = e.indicator();
        o.optStr(indicator.isPresent() ? indicator.get().value() : null);
        Optional<BigDecimal> amount = e.amount();
        if (amount.isPresent()) {
            o.u8(1);
            o.decimal(amount.get());
        } else {
            o.u8(0);
        }
        Optional<ProjectStage> stage = e.stage();
        o.optStr(stage.isPresent() ? stage.get().code() : null);
        o.optStr(e.reason().orElse(null));
        List<String> evidence = e.evidence();
        int n = evidence.size();
        o.varint(n);
        for (int i = 0; i < n; i++) {
            o.str(evidence.get(i));
        }
        Actor actor = e.actor();
        o.str(actor.id());
        o.optStr(actor.role().orElse(null));
        o.optStr(actor.organisation().orElse(null));
        o.varlong(zigzag(e.businessDate().toEpochDay()));
        Instant recordedAt = e.recordedAt();
        o.varlong(zigzag(recordedAt.getEpochSecond()));
        o.varint(recordedAt.getNano());
        Optional<EntryId> reverses = e.reverses();
        o.optStr(reverses.isPresent() ? reverses.get().value() : null);
        Optional<EntryId> replacement = e.replacement();
        o.optStr(replacement.isPresent() ? replacement.get().value() : null);
        return o.toArray();
    }

    /**
     * Encodes an entry as schema version 1 wrote it (actor id only, no replacement); for the
     * upcasting fixture and tests.
     *
     * @param e the entry
     * @return its version-1 bytes
     */
    public static byte[] encodeVersion1(Entry e) {
        Out o = new Out(160);
        o.u8(1);
        o.str(e.id().value());
        o.str(e.competition().value());
        o.str(e.participant().value());
        o.str(e.period().value());
        o.u8(e.type().tag());
        o.optStr(e.indicator().map(IndicatorCode::value));
        if (e.amount().isPresent()) {
            o.u8(1);
            o.decimal(e.amount().get());
        } else {
            o.u8(0);
        }
        o.optStr(e.stage().map(ProjectStage::code));
        o.optStr(e.reason());
        o.varint(e.evidence().size());
        for (String s : e.evidence()) {
            o.str(s);
        }
        o.str(e.actor().id());
        o.varlong(zigzag(e.businessDate().toEpochDay()));
        o.varlong(zigzag(e.recordedAt().getEpochSecond()));
        o.varint(e.recordedAt().getNano());
        o.optStr(e.reverses().map(EntryId::value));
        return o.toArray();
    }

    /**
     * Decodes an entry of any known schema version, upgrading it to the current one.
     *
     * @param bytes the canonical bytes
     * @return the entry
     * @throws IllegalArgumentException if the bytes are not a valid entry
     */
    public Entry decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /**
     * Decodes an entry from part of an array.
     *
     * @param bytes the array
     * @param offset where the entry starts
     * @param length its length
     * @return the entry
     * @throws IllegalArgumentException if the bytes are not a valid entry
     */
    public Entry decode(byte[] bytes, int offset, int length) {
        Fields f = new Fields();
        decode(bytes, offset, length, f);
        Entry.Builder b = new Entry.Builder();
        b.id(f.entryId());
        b.competition(f.competition);
        b.participant(f.participant);
        b.period(f.period);
        b.type(f.type);
        if (f.indicator != null) {
            b.indicator(f.indicator);
        }
        if (f.hasAmount) {
            b.amount(f.amount());
        }
        if (f.stage != null) {
            b.stage(f.stage);
        }
        if (f.reason != null) {
            b.reason(f.reason);
        }
        if (!f.evidence.isEmpty()) {
            b.evidence(f.evidence);
        }
        b.actor(f.actor);
        b.businessDate(LocalDate.ofEpochDay(f.epochDay));
        b.recordedAt(f.recordedAt());
        if (f.reverses != null) {
            b.reverses(f.reverses);
        }
        if (f.replacement != null) {
            b.replacement(f.replacement);
        }
        b.schemaVersion(Entry.CURRENT_SCHEMA_VERSION);
        return b.build();
    }

    /**
     * The fields of one decoded entry, reused from record to record: what {@link #decode(byte[])}
     * builds an {@link Entry} from, and what opening a ledger folds directly without building one.
     */
    static final class Fields {
        byte[] source = new byte[0];
        int idOffset;
        int idLength;

        /** The id's text, made when first asked for ({@link #idText()}). */
        @Nullable
        String idText;

        /** The id's {@link Hashing#fingerprint}. */
        long fingerprint;

        @Nullable
        EntryId id;

        @Nullable
        CompetitionId competition;

        @Nullable
        ParticipantId participant;

        @Nullable
        PeriodId period;

        /** The dense numbers of the standing key's ids (-1: not numbered), see {@link Shared}. */
        int competitionNumber;

        int participantNumber;
        int periodNumber;

        @Nullable
        EntryType type;

        @Nullable
        IndicatorCode indicator;

        boolean hasAmount;
        long unscaled;
        int scale;

        @Nullable
        BigDecimal bigAmount;

        @Nullable
        ProjectStage stage;

        @Nullable
        String reason;

        /**
         * The reason as an optional, one instance per reason the decoder's cache holds, so that the
         * items and values made from many entries share it.
         */
        Optional<String> reasonOptional = Optional.empty();

        List<String> evidence = List.of();

        @Nullable
        Actor actor;

        @Nullable
        String actorId;

        long epochDay;

        /** The record time: seconds since the epoch and the nanosecond within that second. */
        long recordedSecond;

        int recordedNano;

        @Nullable
        EntryId reverses;

        @Nullable
        EntryId replacement;

        /** The id. */
        EntryId entryId() {
            EntryId i = id;
            if (i == null) {
                i = EntryId.of(idText());
                id = i;
            }
            return i;
        }

        /** The id's text, made from the bytes decoded (read it before the next decode). */
        String idText() {
            String t = idText;
            if (t == null) {
                t = new String(source, idOffset, idLength, StandardCharsets.UTF_8);
                idText = t;
            }
            return t;
        }

        /** The record time. */
        Instant recordedAt() {
            return Instant.ofEpochSecond(recordedSecond, recordedNano);
        }

        /** The amount (only if {@link #hasAmount}). */
        BigDecimal amount() {
            BigDecimal big = bigAmount;
            return big != null ? big : BigDecimal.valueOf(unscaled, scale);
        }
    }

    /**
     * Decodes an entry of any known schema version into reusable fields, checking it as fully as
     * {@link #decode(byte[])} does.
     *
     * @param bytes the array
     * @param offset where the entry starts
     * @param length its length
     * @param f receives the fields
     * @throws IllegalArgumentException if the bytes are not a valid entry
     */
    void decode(byte[] bytes, int offset, int length, Fields f) {
        In in = reader.reset(bytes, offset, offset + length);
        try {
            int version = in.u8();
            if (version != 1 && version != 2) {
                throw new IllegalArgumentException("unknown schema version " + version);
            }
            int idLength = in.varint();
            if (idLength > in.end - in.pos) {
                throw new IllegalArgumentException("truncated string");
            }
            f.source = bytes;
            f.idOffset = in.pos;
            f.idLength = idLength;
            f.idText = null;
            f.id = null;
            // an ASCII id (the usual) is checked and fingerprinted on its bytes, without a String
            long fp = Hashing.asciiFingerprint(bytes, in.pos, idLength);
            if (fp == Hashing.NOT_ASCII) {
                String t = f.idText();
                if (!IdRule.accepts(t)) {
                    f.entryId(); // throws the id's own error
                }
                fp = Hashing.fingerprint(t);
            } else if (idLength > EntryId.MAX_LENGTH
                    || asciiBlank(bytes, in.pos, idLength)
                    || bytes[in.pos] == ' '
                    || bytes[in.pos + idLength - 1] == ' ') {
                // printable ASCII (Hashing.asciiFingerprint sends control bytes the other way):
                // IdRule's other checks cannot fail
                f.entryId(); // throws the id's own error
            }
            f.fingerprint = fp;
            in.pos += idLength;
            f.competition = cached(in, 1, makeCompetition);
            f.competitionNumber = number;
            f.participant = cached(in, 2, makeParticipant);
            f.participantNumber = number;
            f.period = cached(in, 3, makePeriod);
            f.periodNumber = number;
            f.type = EntryType.ofTag(in.u8());
            f.indicator = in.bool() ? cached(in, 4, makeIndicator) : null;
            f.hasAmount = in.bool();
            f.bigAmount = null;
            if (f.hasAmount) {
                in.decimal(f);
            }
            String stage = in.optStr();
            f.stage = stage != null ? ProjectStage.fromCode(stage) : null;
            if (in.bool()) {
                Optional<String> r = cached(in, 5, makeReason);
                f.reasonOptional = r;
                f.reason = r.get();
            } else {
                f.reasonOptional = Optional.empty();
                f.reason = null;
            }
            int n = in.varint();
            if (n > 10_000) {
                throw new IllegalArgumentException("too many evidence references: " + n);
            }
            if (n == 1) {
                f.evidence = List.of(cached(in, 6, Function.identity()));
            } else if (n > 0) {
                List<String> ev = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    ev.add(cached(in, 6, Function.identity()));
                }
                f.evidence = List.copyOf(ev);
            } else {
                f.evidence = List.of();
            }
            if (version == 1) {
                String actorId = cached(in, 7, Function.identity());
                f.actorId = actorId;
                f.actor = intern(actors, actorId, Actor::of);
            } else {
                f.actor = actor(in, f);
            }
            long day = unzigzag(in.varlong());
            java.time.temporal.ChronoField.EPOCH_DAY.checkValidValue(day); // LocalDate.ofEpochDay's check
            f.epochDay = day;
            long seconds = unzigzag(in.varlong());
            int nanos = in.varint();
            // Instant.ofEpochSecond's arithmetic and range check, without making the Instant
            long second = Math.addExact(seconds, Math.floorDiv(nanos, 1_000_000_000L));
            if (second < Instant.MIN.getEpochSecond() || second > Instant.MAX.getEpochSecond()) {
                throw new java.time.DateTimeException("Instant exceeds minimum or maximum instant");
            }
            f.recordedSecond = second;
            f.recordedNano = (int) Math.floorMod(nanos, 1_000_000_000L);
            String reverses = in.optStr();
            f.reverses = reverses != null ? EntryId.of(reverses) : null;
            f.replacement = null;
            if (version >= 2) {
                String replacement = in.optStr();
                if (replacement != null) {
                    f.replacement = EntryId.of(replacement);
                }
            }
            if (in.pos != in.end) {
                throw new IllegalArgumentException("trailing bytes after entry");
            }
        } catch (IllegalArgumentException
                | IllegalStateException
                | ArithmeticException
                | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a valid entry encoding: " + e.getMessage(), e);
        } catch (NullPointerException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a valid entry encoding: " + e, e);
        }
    }

    /** Whether ASCII bytes are all white space as {@link String#isBlank} sees it (or none). */
    static boolean asciiBlank(byte[] b, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (!Character.isWhitespace(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads only the id of an encoded entry.
     *
     * @param bytes the canonical bytes
     * @return the id's text
     */
    public static String decodeId(byte[] bytes) {
        In in = new In(bytes, 0, bytes.length);
        in.u8();
        return in.str();
    }

    private static <T> T intern(Map<String, T> table, String key, Function<String, T> make) {
        T v = table.get(key);
        if (v == null) {
            v = make.apply(key);
            if (table.size() < 1_000_000) {
                T first = table.putIfAbsent(key, v);
                if (first != null) {
                    v = first;
                }
            }
        }
        return v;
    }

    /**
     * The unscaled value of a decimal of at most 18 digits, without making a {@link
     * java.math.BigInteger} (moving the point by the scale keeps the compact value).
     *
     * @param d the decimal, {@code precision() <= 18}
     * @return its unscaled value
     */
    static long unscaledLong(BigDecimal d) {
        return d.scaleByPowerOfTen(d.scale()).longValueExact();
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** A growable output buffer. */
    public static final class Out {
        private byte[] buf;
        private int len;

        /**
         * A buffer.
         *
         * @param capacity the initial capacity
         */
        public Out(int capacity) {
            buf = new byte[capacity];
        }

        private void ensure(int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
        }

        /**
         * Writes one byte.
         *
         * @param v the byte
         */
        public void u8(int v) {
            ensure(1);
            buf[len++] = (byte) v;
        }

        /**
         * Writes bytes.
         *
         * @param b the bytes
         */
        public void bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        /**
         * Writes a big-endian long.
         *
         * @param v the value
         */
        public void i64(long v) {
            ensure(8);
            for (int i = 7; i >= 0; i--) {
                buf[len++] = (byte) (v >>> (i * 8));
            }
        }

        /**
         * Writes an unsigned varint.
         *
         * @param v the value, not negative
         */
        public void varint(int v) {
            varlong(v & 0xFFFFFFFFL);
        }

        /**
         * Writes an unsigned varlong.
         *
         * @param v the value
         */
        public void varlong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[len++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        /**
         * Writes a string.
         *
         * @param s the string
         */
        public void str(String s) {
            int n = s.length();
            if (n < 128) {
                // short ASCII texts (ids, codes, most evidence) are their own UTF-8 bytes
                ensure(n + 1);
                int at = len;
                buf[at] = (byte) n;
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    if (c >= 0x80) {
                        utf8(s);
                        return;
                    }
                    buf[at + 1 + i] = (byte) c;
                }
                len = at + 1 + n;
                return;
            }
            utf8(s);
        }

        private void utf8(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            bytes(b);
        }

        /**
         * Writes an optional string.
         *
         * @param s the string, or null for none
         */
        public void optStr(@Nullable String s) {
            if (s != null) {
                u8(1);
                str(s);
            } else {
                u8(0);
            }
        }

        /** Empties the buffer, keeping its capacity. */
        public void reset() {
            len = 0;
        }

        /**
         * Writes an optional string.
         *
         * @param s the string, if any
         */
        public void optStr(Optional<String> s) {
            if (s.isPresent()) {
                u8(1);
                str(s.get());
            } else {
                u8(0);
            }
        }

        /**
         * Writes a decimal exactly.
         *
         * @param d the decimal
         */
        public void decimal(BigDecimal d) {
            varlong(zigzag(d.scale()));
            if (d.precision() <= 18) {
                // the minimal big-endian two's complement that BigInteger.toByteArray gives,
                // without making the BigInteger
                long u = unscaledLong(d);
                int n = (64 - Long.numberOfLeadingZeros(u < 0 ? ~u : u)) / 8 + 1;
                ensure(n + 1);
                buf[len++] = (byte) n;
                for (int i = n - 1; i >= 0; i--) {
                    buf[len++] = (byte) (u >>> (8 * i));
                }
                return;
            }
            byte[] u = d.unscaledValue().toByteArray();
            varint(u.length);
            bytes(u);
        }

        /** A copy of the bytes written. */
        public byte[] toArray() {
            return Arrays.copyOf(buf, len);
        }
    }

    static final class In {
        byte[] b;
        int pos;
        int end;

        In(byte[] b, int pos, int end) {
            reset(b, pos, end);
        }

        /** Reads {@code b[pos, end)} next. */
        In reset(byte[] b, int pos, int end) {
            this.b = b;
            this.pos = pos;
            this.end = end;
            return this;
        }

        int u8() {
            if (pos >= end) {
                throw new IllegalArgumentException("truncated entry");
            }
            return b[pos++] & 0xFF;
        }

        boolean bool() {
            int v = u8();
            if (v > 1) {
                throw new IllegalArgumentException("bad flag " + v);
            }
            return v == 1;
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = u8();
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        int varint() {
            long v = varlong();
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("varint out of range");
            }
            return (int) v;
        }

        String str() {
            int n = varint();
            if (n > end - pos) {
                throw new IllegalArgumentException("truncated string");
            }
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        String optStr() {
            return bool() ? str() : null;
        }

        void skipStr() {
            int n = varint();
            if (n > end - pos) {
                throw new IllegalArgumentException("truncated string");
            }
            pos += n;
        }

        void decimal(Fields f) {
            long scale = unzigzag(varlong());
            if (scale > 1000 || scale < -1000) {
                throw new IllegalArgumentException("decimal scale out of range");
            }
            int n = varint();
            if (n == 0 || n > 64 || n > end - pos) {
                throw new IllegalArgumentException("bad decimal length");
            }
            f.scale = (int) scale;
            if (n <= 8) {
                long v = b[pos]; // sign-extended
                for (int i = 1; i < n; i++) {
                    v = (v << 8) | (b[pos + i] & 0xFF);
                }
                pos += n;
                f.unscaled = v;
                f.bigAmount = null;
                return;
            }
            byte[] u = Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            f.bigAmount = new BigDecimal(new BigInteger(u), (int) scale);
        }
    }
}
