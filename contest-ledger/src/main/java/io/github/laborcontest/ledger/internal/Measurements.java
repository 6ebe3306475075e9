// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.StandingKey;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.Measurement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The non-reversed measurements of one standing, of all its indicators, in chain order, kept in
 * columns of primitives rather than as an object each: a large ledger's standings hold millions
 * of measurements, and the collector copies an array of longs faster than the same values spread
 * over millions of small objects. All of them are kept, not only the latest of each indicator, so
 * that reversing the latest brings back the one before.
 *
 * <p>An item is its indicator (a number into this standing's own small table of indicators), its
 * id as UTF-8 bytes (up to {@link FoldState.IdItem#INLINE_ID_BYTES} of them in four longs, else in
 * an array), its value (an unscaled long and a scale when the value has at most 18 digits, else a
 * {@code BigDecimal}), its evidence and who recorded it. The columns that most ledgers never need
 * (long ids, large values, evidence, a second actor) are made only when an item needs them.
 */
final class Measurements {
    private static final int LONG_ID = FoldState.IdItem.INLINE_ID_BYTES + 1;
    private static final int LENGTH_BITS = 6;
    private static final int LENGTH_MASK = (1 << LENGTH_BITS) - 1;
    private static final long[] NO_LONGS = new long[0];
    private static final int[] NO_INTS = new int[0];
    private static final IndicatorCode[] NO_CODES = new IndicatorCode[0];

    /** This standing's indicators, numbered by first appearance. */
    private IndicatorCode[] codes = NO_CODES;

    /** The number of items of each indicator. */
    private int[] counts = NO_INTS;

    private int indicators;

    /**
     * Per indicator, the public value of its latest item made for a snapshot ({@link #latest}), so
     * that later snapshots share it; cleared when the indicator's latest item changes.
     */
    private volatile Measurement @Nullable [] kept;

    private int n;

    /** Per item: its indicator's number, shifted left by {@link #LENGTH_BITS}, or'd with its id length. */
    private int[] meta = NO_INTS;

    /** Four per item: the id's bytes, little-endian ({@link FoldState.IdItem#word}). */
    private long[] words = NO_LONGS;

    private long[] unscaled = NO_LONGS;
    private int[] scales = NO_INTS;

    /** The actor of items whose {@link #actors} slot is null (or of all items while it is null). */
    private @Nullable String actor0;

    private String @Nullable [] actors;
    private @Nullable List<String> @Nullable [] evidence;
    private byte @Nullable [] @Nullable [] longIds;
    private @Nullable BigDecimal @Nullable [] bigs;

    /** An empty set of measurements. */
    Measurements() {}

    /** The number of items. */
    int size() {
        return n;
    }

    boolean isEmpty() {
        return n == 0;
    }

    /**
     * Adds the next measurement.
     *
     * @param code its indicator
     * @param idWords the id's words ({@link FoldState.IdItem#words}) from {@code at}, if it is inline
     * @param at where they start
     * @param length the id's length in UTF-8 bytes
     * @param longId the id's bytes if it is longer than {@link FoldState.IdItem#INLINE_ID_BYTES}
     * @param unscaledValue the value's unscaled long, when {@code big} is null
     * @param scale the value's scale, when {@code big} is null
     * @param big the value when it has more than 18 digits, else null
     * @param itemEvidence its evidence references
     * @param actor who recorded it
     */
    void add(
            IndicatorCode code,
            long[] idWords,
            int at,
            int length,
            byte @Nullable [] longId,
            long unscaledValue,
            int scale,
            @Nullable BigDecimal big,
            List<String> itemEvidence,
            String actor) {
        int indicator = indicator(code);
        int i = slot();
        if (length <= FoldState.IdItem.INLINE_ID_BYTES) {
            meta[i] = (indicator << LENGTH_BITS) | length;
            System.arraycopy(idWords, at, words, 4 * i, 4);
        } else {
            meta[i] = (indicator << LENGTH_BITS) | LONG_ID;
            words[4 * i] = words[4 * i + 1] = words[4 * i + 2] = words[4 * i + 3] = 0;
            longIds()[i] = Objects.requireNonNull(longId, "longId");
        }
        if (big != null) {
            unscaled[i] = 0;
            scales[i] = 0;
            bigs()[i] = big;
        } else {
            unscaled[i] = unscaledValue;
            scales[i] = scale;
        }
        if (!itemEvidence.isEmpty()) {
            evidence()[i] = itemEvidence;
        }
        setActor(i, actor);
        counts[indicator]++;
        changed(indicator);
    }

    /** The next free item slot, the columns grown when full. */
    private int slot() {
        if (n == unscaled.length) {
            grow(Math.max(8, 2 * n));
        }
        return n++;
    }

    private void grow(int capacity) {
        meta = Arrays.copyOf(meta, capacity);
        words = Arrays.copyOf(words, 4 * capacity);
        unscaled = Arrays.copyOf(unscaled, capacity);
        scales = Arrays.copyOf(scales, capacity);
        if (actors != null) {
            actors = Arrays.copyOf(actors, capacity);
        }
        if (evidence != null) {
            evidence = Arrays.copyOf(evidence, capacity);
        }
        if (longIds != null) {
            longIds = Arrays.copyOf(longIds, capacity);
        }
        if (bigs != null) {
            bigs = Arrays.copyOf(bigs, capacity);
        }
    }

    private void setActor(int i, String actor) {
        String first = actor0;
        if (first == null) {
            actor0 = actor;
            first = actor;
        }
        String[] a = actors;
        if (a != null) {
            a[i] = actor.equals(first) ? null : actor;
        } else if (!actor.equals(first)) {
            a = new String[unscaled.length];
            actors = a;
            a[i] = actor;
        }
    }

    @SuppressWarnings("unchecked")
    private @Nullable List<String>[] evidence() {
        @Nullable List<String>[] e = evidence;
        if (e == null) {
            e = (List<String>[]) new List<?>[unscaled.length];
            evidence = e;
        }
        return e;
    }

    private byte[][] longIds() {
        byte[][] l = longIds;
        if (l == null) {
            l = new byte[unscaled.length][];
            longIds = l;
        }
        return l;
    }

    private BigDecimal[] bigs() {
        BigDecimal[] v = bigs;
        if (v == null) {
            v = new BigDecimal[unscaled.length];
            bigs = v;
        }
        return v;
    }

    /** The number of an indicator in this standing's table, added when absent. */
    private int indicator(IndicatorCode code) {
        for (int i = 0; i < indicators; i++) {
            IndicatorCode c = codes[i];
            if (c == code || c.equals(code)) {
                return i;
            }
        }
        if (indicators == codes.length) {
            int capacity = Math.max(4, 2 * indicators);
            codes = Arrays.copyOf(codes, capacity);
            counts = Arrays.copyOf(counts, capacity);
            if (kept != null) {
                kept = Arrays.copyOf(kept, capacity);
            }
        }
        codes[indicators] = code;
        return indicators++;
    }

    /** Forgets the public value kept for an indicator whose latest item may have changed. */
    private void changed(int indicator) {
        Measurement[] k = kept;
        if (k != null) {
            k[indicator] = null;
        }
    }

    /**
     * Appends the items of the standing's next segment, in their order.
     *
     * @param later the later segment's measurements (not changed)
     */
    void addAll(Measurements later) {
        for (int j = 0; j < later.n; j++) {
            int theirs = later.meta[j] >>> LENGTH_BITS;
            int indicator = indicator(later.codes[theirs]);
            int i = slot();
            meta[i] = (indicator << LENGTH_BITS) | (later.meta[j] & LENGTH_MASK);
            System.arraycopy(later.words, 4 * j, words, 4 * i, 4);
            unscaled[i] = later.unscaled[j];
            scales[i] = later.scales[j];
            if (later.longIds != null && later.longIds[j] != null) {
                longIds()[i] = later.longIds[j];
            }
            if (later.bigs != null && later.bigs[j] != null) {
                bigs()[i] = later.bigs[j];
            }
            if (later.evidence != null && later.evidence[j] != null) {
                evidence()[i] = later.evidence[j];
            }
            setActor(i, later.actor(j));
            counts[indicator]++;
            changed(indicator);
        }
    }

    /** A deep copy (the values it holds are immutable and shared). */
    Measurements copy() {
        Measurements c = new Measurements();
        c.codes = codes.clone();
        c.counts = counts.clone();
        c.indicators = indicators;
        c.kept = kept != null ? kept.clone() : null;
        c.n = n;
        c.meta = Arrays.copyOf(meta, n);
        c.words = Arrays.copyOf(words, 4 * n);
        c.unscaled = Arrays.copyOf(unscaled, n);
        c.scales = Arrays.copyOf(scales, n);
        c.actor0 = actor0;
        c.actors = actors != null ? Arrays.copyOf(actors, n) : null;
        c.evidence = evidence != null ? Arrays.copyOf(evidence, n) : null;
        c.longIds = longIds != null ? Arrays.copyOf(longIds, n) : null;
        c.bigs = bigs != null ? Arrays.copyOf(bigs, n) : null;
        return c;
    }

    /**
     * Takes out the item with an id, the latest first.
     *
     * @param id the id's UTF-8 bytes
     * @param idWords its words ({@link FoldState.IdItem#words})
     * @return whether an item had the id
     */
    boolean remove(byte[] id, long[] idWords) {
        boolean inline = id.length <= FoldState.IdItem.INLINE_ID_BYTES;
        int length = inline ? id.length : LONG_ID;
        for (int i = n - 1; i >= 0; i--) {
            if ((meta[i] & LENGTH_MASK) != length) {
                continue;
            }
            boolean same = inline
                    ? words[4 * i] == idWords[0]
                            && words[4 * i + 1] == idWords[1]
                            && words[4 * i + 2] == idWords[2]
                            && words[4 * i + 3] == idWords[3]
                    : Arrays.equals(Objects.requireNonNull(longIds)[i], id);
            if (same) {
                removeAt(i);
                return true;
            }
        }
        return false;
    }

    private void removeAt(int i) {
        int indicator = meta[i] >>> LENGTH_BITS;
        int tail = n - i - 1;
        System.arraycopy(meta, i + 1, meta, i, tail);
        System.arraycopy(words, 4 * i + 4, words, 4 * i, 4 * tail);
        System.arraycopy(unscaled, i + 1, unscaled, i, tail);
        System.arraycopy(scales, i + 1, scales, i, tail);
        shift(actors, i, tail);
        shift(evidence, i, tail);
        shift(longIds, i, tail);
        shift(bigs, i, tail);
        n--;
        counts[indicator]--;
        changed(indicator);
    }

    private static void shift(Object @Nullable [] column, int i, int tail) {
        if (column != null) {
            System.arraycopy(column, i + 1, column, i, tail);
            column[i + tail] = null;
        }
    }

    private String actor(int i) {
        String[] a = actors;
        String s = a != null ? a[i] : null;
        return s != null ? s : Objects.requireNonNull(actor0);
    }

    private BigDecimal value(int i) {
        BigDecimal[] v = bigs;
        BigDecimal big = v != null ? v[i] : null;
        return big != null ? big : FoldState.Values.decimal(unscaled[i], scales[i]);
    }

    private List<String> evidenceOf(int i) {
        List<String>[] e = evidence;
        List<String> l = e != null ? e[i] : null;
        return l != null ? l : List.of();
    }

    /**
     * The public values of the latest item of each indicator, sorted by indicator.
     *
     * @param key the standing's key
     * @param keep whether to keep the values made, for the snapshots that follow
     * @return the measurements
     */
    List<Measurement> latest(StandingKey key, boolean keep) {
        int present = 0;
        for (int k = 0; k < indicators; k++) {
            if (counts[k] > 0) {
                present++;
            }
        }
        int[] latest = new int[indicators];
        Arrays.fill(latest, -1);
        for (int i = n - 1, found = 0; i >= 0 && found < present; i--) {
            int k = meta[i] >>> LENGTH_BITS;
            if (latest[k] < 0) {
                latest[k] = i;
                found++;
            }
        }
        // the indicators present, sorted by code (insertion sort: a standing has few of them)
        int[] order = new int[present];
        int sorted = 0;
        for (int k = 0; k < indicators; k++) {
            if (counts[k] > 0) {
                int j = sorted++;
                while (j > 0 && codes[order[j - 1]].compareTo(codes[k]) > 0) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = k;
            }
        }
        List<Measurement> out = new ArrayList<>(present);
        for (int k : order) {
            out.add(measurement(key, k, latest[k], keep));
        }
        return out;
    }

    private Measurement measurement(StandingKey key, int indicator, int i, boolean keep) {
        Measurement[] k = kept;
        Measurement m = k != null ? k[indicator] : null;
        if (m == null) {
            m = new Measurement.Builder()
                    .participant(key.participant())
                    .indicator(codes[indicator])
                    .period(key.period())
                    .value(value(i))
                    .evidence(evidenceOf(i))
                    .source(actor(i))
                    .build();
            if (keep) {
                if (k == null) {
                    k = new Measurement[codes.length];
                    kept = k;
                }
                k[indicator] = m;
            }
        }
        return m;
    }
}
