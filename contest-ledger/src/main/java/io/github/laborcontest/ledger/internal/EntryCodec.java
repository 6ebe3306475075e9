// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.Actor;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.ProjectStage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The canonical binary encoding of entries, the bytes that are hashed and stored. One byte of
 * schema version first; version 2 is written, versions 1 and 2 are read (version 1 knew the actor
 * only by id and had no replacement). Strings are UTF-8 with a varint length; decimals are their
 * scale and unscaled two's-complement bytes, so {@code 5} and {@code 5.00} encode differently
 * (the ledger keeps what was written). A decoder interns the ids it reads, so that a large ledger
 * shares them; decoders are not thread-safe.
 */
public final class EntryCodec {

    /** The largest encoded entry accepted. */
    public static final int MAX_ENTRY_BYTES = 1 << 20;

    private final HashMap<String, CompetitionId> competitions = new HashMap<>();
    private final HashMap<String, ParticipantId> participants = new HashMap<>();
    private final HashMap<String, PeriodId> periods = new HashMap<>();
    private final HashMap<String, IndicatorCode> indicators = new HashMap<>();
    private final HashMap<String, Actor> actors = new HashMap<>();
    private final HashMap<String, String> texts = new HashMap<>();
    private final HashMap<String, Actor> actorsById = new HashMap<>();
    private final Object[] cacheKeys = new Object[1 << 14];
    private final Object[] cacheValues = new Object[1 << 14];

    /**
     * The value cached for the string at the reader's position (tagged by kind), or decodes it with
     * {@code make} and caches it: most ids, actors and reasons repeat, so this skips decoding them.
     */
    @SuppressWarnings("unchecked")
    private <T> T cached(In in, int kind, Function<String, T> make) {
        int n = in.varint();
        if (n > in.end - in.pos) {
            throw new IllegalArgumentException("truncated string");
        }
        if (n > 64) {
            String v = new String(in.b, in.pos, n, StandardCharsets.UTF_8);
            in.pos += n;
            return make.apply(v);
        }
        int h = kind;
        for (int i = in.pos; i < in.pos + n; i++) {
            h = 31 * h + in.b[i];
        }
        h ^= h >>> 16;
        int slot = h & (cacheKeys.length - 1);
        Object k = cacheKeys[slot];
        if (k instanceof byte[] key
                && key.length == n + 1
                && key[n] == (byte) kind
                && java.util.Arrays.equals(key, 0, n, in.b, in.pos, in.pos + n)) {
            in.pos += n;
            return (T) cacheValues[slot];
        }
        byte[] key = java.util.Arrays.copyOfRange(in.b, in.pos, in.pos + n + 1);
        key[n] = (byte) kind;
        T v = make.apply(new String(in.b, in.pos, n, StandardCharsets.UTF_8));
        in.pos += n;
        cacheKeys[slot] = key;
        cacheValues[slot] = v;
        return v;
    }

    /** A decoder with empty intern tables. */
    public EntryCodec() {}

    /**
     * Encodes an entry at the current schema version.
     *
     * @param e the entry
     * @return its canonical bytes
     */
    public static byte[] encode(Entry e) {
        Out o = new Out(160);
        o.u8(Entry.CURRENT_SCHEMA_VERSION);
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
        o.optStr(e.actor().role());
        o.optStr(e.actor().organisation());
        o.varlong(zigzag(e.businessDate().toEpochDay()));
        o.varlong(zigzag(e.recordedAt().getEpochSecond()));
        o.varint(e.recordedAt().getNano());
        o.optStr(e.reverses().map(EntryId::value));
        o.optStr(e.replacement().map(EntryId::value));
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
        In in = new In(bytes, offset, offset + length);
        try {
            int version = in.u8();
            if (version != 1 && version != 2) {
                throw new IllegalArgumentException("unknown schema version " + version);
            }
            Entry.Builder b = new Entry.Builder();
            b.id(EntryId.of(in.str()));
            b.competition(cached(in, 1, k -> intern(competitions, k, CompetitionId::of)));
            b.participant(cached(in, 2, k -> intern(participants, k, ParticipantId::of)));
            b.period(cached(in, 3, k -> intern(periods, k, PeriodId::of)));
            b.type(EntryType.ofTag(in.u8()));
            if (in.bool()) {
                IndicatorCode code = cached(in, 4, k -> intern(indicators, k, IndicatorCode::of));
                b.indicator(code);
            }
            if (in.bool()) {
                b.amount(in.decimal());
            }
            String stage = in.optStr();
            if (stage != null) {
                b.stage(ProjectStage.fromCode(stage));
            }
            if (in.bool()) {
                String reason = cached(in, 5, k -> intern(texts, k, Function.identity()));
                b.reason(reason);
            }
            int n = in.varint();
            if (n > 10_000) {
                throw new IllegalArgumentException("too many evidence references: " + n);
            }
            if (n > 0) {
                List<String> ev = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    ev.add(cached(in, 6, Function.identity()));
                }
                b.evidence(ev);
            }
            String actorId = cached(in, 7, Function.identity());
            if (version == 1) {
                b.actor(intern(actors, actorId, Actor::of));
            } else {
                String role = in.bool() ? cached(in, 8, Function.identity()) : null;
                String org = in.bool() ? cached(in, 9, Function.identity()) : null;
                Actor a = actorsById.get(actorId);
                if (a == null
                        || !a.role().equals(Optional.ofNullable(role))
                        || !a.organisation().equals(Optional.ofNullable(org))) {
                    String actorKey = actorId + '\u0000' + role + '\u0000' + org;
                    a = intern(
                            actors,
                            actorKey,
                            k -> new Actor(actorId, Optional.ofNullable(role), Optional.ofNullable(org)));
                    if (actorsById.size() < 100_000) {
                        actorsById.put(actorId, a);
                    }
                }
                b.actor(a);
            }
            b.businessDate(LocalDate.ofEpochDay(unzigzag(in.varlong())));
            long seconds = unzigzag(in.varlong());
            int nanos = in.varint();
            b.recordedAt(Instant.ofEpochSecond(seconds, nanos));
            String reverses = in.optStr();
            if (reverses != null) {
                b.reverses(EntryId.of(reverses));
            }
            if (version >= 2) {
                String replacement = in.optStr();
                if (replacement != null) {
                    b.replacement(EntryId.of(replacement));
                }
            }
            if (in.pos != in.end) {
                throw new IllegalArgumentException("trailing bytes after entry");
            }
            b.schemaVersion(Entry.CURRENT_SCHEMA_VERSION);
            return b.build();
        } catch (IllegalArgumentException
                | IllegalStateException
                | ArithmeticException
                | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a valid entry encoding: " + e.getMessage(), e);
        } catch (NullPointerException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a valid entry encoding: " + e, e);
        }
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

    private <T> T intern(HashMap<String, T> table, String key, Function<String, T> make) {
        T v = table.get(key);
        if (v == null) {
            v = make.apply(key);
            if (table.size() < 1_000_000) {
                table.put(key, v);
            }
        }
        return v;
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
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
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
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            bytes(b);
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
            byte[] u = d.unscaledValue().toByteArray();
            varint(u.length);
            bytes(u);
        }

        /** A copy of the bytes written. */
        public byte[] toArray() {
            return java.util.Arrays.copyOf(buf, len);
        }
    }

    static final class In {
        final byte[] b;
        int pos;
        final int end;

        In(byte[] b, int pos, int end) {
            this.b = b;
            this.pos = pos;
            this.end = end;
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

        BigDecimal decimal() {
            long scale = unzigzag(varlong());
            if (scale > 1000 || scale < -1000) {
                throw new IllegalArgumentException("decimal scale out of range");
            }
            int n = varint();
            if (n == 0 || n > 64 || n > end - pos) {
                throw new IllegalArgumentException("bad decimal length");
            }
            if (n <= 8) {
                long v = b[pos]; // sign-extended
                for (int i = 1; i < n; i++) {
                    v = (v << 8) | (b[pos + i] & 0xFF);
                }
                pos += n;
                return BigDecimal.valueOf(v, (int) scale);
            }
            byte[] u = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return new BigDecimal(new BigInteger(u), (int) scale);
        }
    }
}
