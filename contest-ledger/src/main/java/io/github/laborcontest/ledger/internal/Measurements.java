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
 * The non-reversed measurements of one standing, of all its indicators, in chain order, as rows of
 * one array of longs ({@link IdRows}). All of them are kept, not only the latest of each
 * indicator, so that reversing the latest brings back the one before.
 *
 * <p>A row is its id, its value and its indicator (a number into this standing's own small table
 * of indicators, in the row's bits); its evidence and who recorded it are in columns of their
 * own, made only when a row's evidence is not empty or its actor is not that of the first row.
 */
final class Measurements extends IdRows {
    private static final IndicatorCode[] NO_CODES = new IndicatorCode[0];

    /** This standing's indicators, numbered by first appearance. */
    private IndicatorCode[] codes = NO_CODES;

    private int indicators;

    /**
     * Per indicator, the public value of its latest row made for a snapshot ({@link #latest}), so
     * that later snapshots share it; cleared when the indicator's latest row changes.
     */
    private volatile Measurement @Nullable [] kept;

    /** The actor of rows whose {@link #actors} slot is null (or of all rows while it is null). */
    private @Nullable String actor0;

    private String @Nullable [] actors;
    private @Nullable List<String> @Nullable [] evidence;

    /** An empty set of measurements. */
    Measurements() {
        super(0);
    }

    /**
     * Adds the next measurement.
     *
     * @param code its indicator
     * @param idWords the id's words ({@link IdRows#words}) from {@code at}, if it is inline
     * @param at where they start
     * @param length the id's length in UTF-8 bytes
     * @param longId the id's bytes if it is longer than {@link IdRows#INLINE_ID_BYTES}
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
        int i = addRow(indicator, idWords, at, length, longId, unscaledValue, scale, big);
        if (!itemEvidence.isEmpty()) {
            evidence()[i] = itemEvidence;
        }
        setActor(i, actor);
        changed(indicator);
    }

    @Override
    void grow(int capacity) {
        if (actors != null) {
            actors = Arrays.copyOf(actors, capacity);
        }
        if (evidence != null) {
            evidence = Arrays.copyOf(evidence, capacity);
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
            a = new String[capacity()];
            actors = a;
            a[i] = actor;
        }
    }

    @SuppressWarnings("unchecked")
    private @Nullable List<String>[] evidence() {
        @Nullable List<String>[] e = evidence;
        if (e == null) {
            e = (List<String>[]) new List<?>[capacity()];
            evidence = e;
        }
        return e;
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
            if (kept != null) {
                kept = Arrays.copyOf(kept, capacity);
            }
        }
        codes[indicators] = code;
        return indicators++;
    }

    /** Forgets the public value kept for an indicator whose latest row may have changed. */
    private void changed(int indicator) {
        Measurement[] k = kept;
        if (k != null) {
            k[indicator] = null;
        }
    }

    /**
     * Appends the rows of the standing's next segment, in their order.
     *
     * @param later the later segment's measurements (not changed)
     */
    void addAll(Measurements later) {
        for (int j = 0; j < later.n; j++) {
            int indicator = indicator(later.codes[later.bits(j)]);
            int i = addRowLike(later, j, indicator);
            if (later.evidence != null && later.evidence[j] != null) {
                evidence()[i] = later.evidence[j];
            }
            setActor(i, later.actor(j));
            changed(indicator);
        }
    }

    /** A deep copy (the values it holds are immutable and shared). */
    Measurements copy() {
        Measurements c = new Measurements();
        c.codes = codes.clone();
        c.indicators = indicators;
        c.kept = kept != null ? kept.clone() : null;
        copyRowsInto(c);
        c.actor0 = actor0;
        c.actors = actors != null ? Arrays.copyOf(actors, n) : null;
        c.evidence = evidence != null ? Arrays.copyOf(evidence, n) : null;
        return c;
    }

    @Override
    void removing(int i) {
        changed(bits(i));
    }

    @Override
    void removeColumns(int i, int tail) {
        shift(actors, i, tail);
        shift(evidence, i, tail);
    }

    private String actor(int i) {
        String[] a = actors;
        String s = a != null ? a[i] : null;
        return s != null ? s : Objects.requireNonNull(actor0);
    }

    private List<String> evidenceOf(int i) {
        List<String>[] e = evidence;
        List<String> l = e != null ? e[i] : null;
        return l != null ? l : List.of();
    }

    /**
     * The public values of the latest row of each indicator, sorted by indicator.
     *
     * @param key the standing's key
     * @param keep whether to keep the values made, for the snapshots that follow
     * @return the measurements
     */
    List<Measurement> latest(StandingKey key, boolean keep) {
        int[] latest = new int[indicators];
        Arrays.fill(latest, -1);
        int present = 0;
        for (int i = n - 1; i >= 0; i--) {
            int k = bits(i);
            if (latest[k] < 0) {
                latest[k] = i;
                present++;
            }
        }
        // the indicators present, sorted by code (insertion sort: a standing has few of them)
        int[] order = new int[present];
        int sorted = 0;
        for (int k = 0; k < indicators; k++) {
            if (latest[k] >= 0) {
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
