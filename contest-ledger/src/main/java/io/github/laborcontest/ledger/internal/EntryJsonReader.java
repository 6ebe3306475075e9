// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.laborcontest.ledger.Actor;
import io.github.laborcontest.ledger.Entries;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.ProjectStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of JSON Lines import: reads one line of schema version 2 with Jackson's streaming
 * parser straight into an {@link Entry}, with no tree and no data binding. It accepts only lines
 * whose meaning is beyond doubt (known fields once each, the token types the schema writes,
 * plain decimals, ISO dates ending in {@code Z}) and that pass {@link Entries#check(Entry)};
 * for anything else it answers {@code null}, and the caller reads the line the slow way, which
 * names every problem. So the fast path never changes what a line means or which problems it
 * has: it only skips the tree for the good lines. Not thread-safe (it interns the ids it reads).
 */
public final class EntryJsonReader {

    private static final int MAX_INTERNED = 1 << 16;

    private final JsonFactory factory;
    private final boolean intern;
    private final HashMap<String, CompetitionId> competitions = new HashMap<>();
    private final HashMap<String, ParticipantId> participants = new HashMap<>();
    private final HashMap<String, PeriodId> periods = new HashMap<>();
    private final HashMap<String, IndicatorCode> indicators = new HashMap<>();
    private final HashMap<String, Actor> actors = new HashMap<>();

    /**
     * A reader making its parsers with this factory (the library's, so that its limits apply).
     *
     * @param factory the factory
     * @param intern whether equal ids read by this reader share one instance (for many lines)
     */
    public EntryJsonReader(JsonFactory factory, boolean intern) {
        this.factory = factory;
        this.intern = intern;
    }

    /**
     * Reads a line of UTF-8 (well-formed: the caller checks).
     *
     * @param bytes the buffer
     * @param offset where the line starts
     * @param length its length, without the line terminator
     * @return the entry, or {@code null} if the line must be read the slow way
     */
    public @Nullable Entry read(byte[] bytes, int offset, int length) {
        try (JsonParser p = factory.createParser(bytes, offset, length)) {
            return read(p);
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Reads a line of text.
     *
     * @param line the line
     * @return the entry, or {@code null} if the line must be read the slow way
     */
    public @Nullable Entry read(String line) {
        try (JsonParser p = factory.createParser(line)) {
            return read(p);
        } catch (Exception e) {
            return null;
        }
    }

    private @Nullable Entry read(JsonParser p) throws java.io.IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        int seen = 0;
        boolean version = false;
        Entry.Builder b = new Entry.Builder();
        String name;
        while ((name = p.nextFieldName()) != null) {
            int bit = bit(name);
            if (bit == 0 || (seen & bit) != 0) {
                return null;
            }
            seen |= bit;
            JsonToken t = p.nextToken();
            switch (name) {
                case "schemaVersion" -> {
                    if (t != JsonToken.VALUE_NUMBER_INT
                            || p.getNumberType() != JsonParser.NumberType.INT
                            || p.getIntValue() != Entry.CURRENT_SCHEMA_VERSION) {
                        return null;
                    }
                    version = true;
                    b.schemaVersion(Entry.CURRENT_SCHEMA_VERSION);
                }
                case "id" -> b.id(EntryId.of(text(p, t)));
                case "competition" ->
                    b.competition(
                            intern && competitions.size() < MAX_INTERNED
                                    ? competitions.computeIfAbsent(text(p, t), CompetitionId::of)
                                    : CompetitionId.of(text(p, t)));
                case "participant" ->
                    b.participant(
                            intern && participants.size() < MAX_INTERNED
                                    ? participants.computeIfAbsent(text(p, t), ParticipantId::of)
                                    : ParticipantId.of(text(p, t)));
                case "period" ->
                    b.period(
                            intern && periods.size() < MAX_INTERNED
                                    ? periods.computeIfAbsent(text(p, t), PeriodId::of)
                                    : PeriodId.of(text(p, t)));
                case "type" -> b.type(EntryType.ofCode(text(p, t)));
                case "indicator" ->
                    b.indicator(
                            intern && indicators.size() < MAX_INTERNED
                                    ? indicators.computeIfAbsent(text(p, t), IndicatorCode::of)
                                    : IndicatorCode.of(text(p, t)));
                case "amount" -> {
                    BigDecimal a = amount(p, t);
                    if (a == null) {
                        return null;
                    }
                    b.amount(a);
                }
                case "stage" -> b.stage(ProjectStage.fromCode(text(p, t)));
                case "reason" -> b.reason(text(p, t));
                case "evidence" -> {
                    if (t != JsonToken.START_ARRAY) {
                        return null;
                    }
                    List<String> ev = new ArrayList<>(2);
                    JsonToken e;
                    while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                        ev.add(text(p, e));
                    }
                    b.evidence(ev);
                }
                case "actor" -> {
                    Actor a = actor(p, t);
                    if (a == null) {
                        return null;
                    }
                    b.actor(a);
                }
                case "businessDate" -> {
                    LocalDate d = date(p, t);
                    if (d == null) {
                        return null;
                    }
                    b.businessDate(d);
                }
                case "recordedAt" -> {
                    Instant i = instant(p, t);
                    if (i == null) {
                        return null;
                    }
                    b.recordedAt(i);
                }
                case "reverses" -> b.reverses(EntryId.of(text(p, t)));
                case "replacement" -> b.replacement(EntryId.of(text(p, t)));
                default -> {
                    return null;
                }
            }
        }
        if (!version || p.nextToken() != null) {
            return null;
        }
        Entry entry = b.build();
        return Entries.check(entry).isValid() ? entry : null;
    }

    private @Nullable Actor actor(JsonParser p, JsonToken t) throws java.io.IOException {
        if (t != JsonToken.START_OBJECT) {
            return null;
        }
        String id = null;
        String role = null;
        String organisation = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            switch (name) {
                case "id" -> {
                    if (id != null) {
                        return null;
                    }
                    id = text(p, v);
                }
                case "role" -> {
                    if (role != null) {
                        return null;
                    }
                    role = text(p, v);
                }
                case "organisation" -> {
                    if (organisation != null) {
                        return null;
                    }
                    organisation = text(p, v);
                }
                default -> {
                    return null;
                }
            }
        }
        if (id == null) {
            return null;
        }
        if (!intern || actors.size() >= MAX_INTERNED) {
            return new Actor(id, Optional.ofNullable(role), Optional.ofNullable(organisation));
        }
        String key = id
                + '\u0000'
                + (role == null ? "\u0001" : role)
                + '\u0000'
                + (organisation == null ? "\u0001" : organisation);
        Actor a = actors.get(key);
        if (a == null) {
            a = new Actor(id, Optional.ofNullable(role), Optional.ofNullable(organisation));
            actors.put(key, a);
        }
        return a;
    }

    /** A plain decimal ({@code -12}, {@code 3.50}); an exponent or any other token takes the slow path. */
    private static @Nullable BigDecimal amount(JsonParser p, JsonToken t) throws java.io.IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getDecimalValue()
                    : BigDecimal.valueOf(p.getLongValue());
        }
        if (t != JsonToken.VALUE_NUMBER_FLOAT) {
            return null;
        }
        char[] cs = p.getTextCharacters();
        int from = p.getTextOffset();
        int to = from + p.getTextLength();
        for (int i = from; i < to; i++) {
            char c = cs[i];
            if (c == 'e' || c == 'E') {
                return null;
            }
        }
        return p.getDecimalValue();
    }

    /**
     * {@code yyyy-MM-dd} exactly (what {@code LocalDate.parse} reads for years 0000–9999), or
     * {@code null}.
     */
    private static @Nullable LocalDate date(JsonParser p, JsonToken t) throws java.io.IOException {
        if (t != JsonToken.VALUE_STRING || p.getTextLength() != 10) {
            return null;
        }
        char[] c = p.getTextCharacters();
        int o = p.getTextOffset();
        if (c[o + 4] != '-' || c[o + 7] != '-') {
            return null;
        }
        int y = digits(c, o, 4);
        int m = digits(c, o + 5, 2);
        int d = digits(c, o + 8, 2);
        if (y < 0
                || m < 1
                || m > 12
                || d < 1
                || d > 31
                || d > java.time.Month.of(m).length(java.time.Year.isLeap(y))) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} with hours 00–23, minutes and seconds 00–59 and one to
     * nine digits of fraction (what {@code Instant.parse} reads there, leap seconds and years past
     * 9999 aside), or {@code null}.
     */
    private static @Nullable Instant instant(JsonParser p, JsonToken t) throws java.io.IOException {
        if (t != JsonToken.VALUE_STRING) {
            return null;
        }
        int len = p.getTextLength();
        if (len < 20 || len == 21 || len > 30) {
            return null;
        }
        char[] c = p.getTextCharacters();
        int o = p.getTextOffset();
        if (c[o + 4] != '-'
                || c[o + 7] != '-'
                || c[o + 10] != 'T'
                || c[o + 13] != ':'
                || c[o + 16] != ':'
                || c[o + len - 1] != 'Z') {
            return null;
        }
        int y = digits(c, o, 4);
        int mo = digits(c, o + 5, 2);
        int d = digits(c, o + 8, 2);
        int h = digits(c, o + 11, 2);
        int mi = digits(c, o + 14, 2);
        int s = digits(c, o + 17, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) {
            return null;
        }
        if (d > java.time.Month.of(mo).length(java.time.Year.isLeap(y))) {
            return null;
        }
        int nanos = 0;
        if (len > 20) {
            if (c[o + 19] != '.') {
                return null;
            }
            int digits = len - 21;
            int f = digits(c, o + 20, digits);
            if (f < 0) {
                return null;
            }
            nanos = f;
            for (int k = digits; k < 9; k++) {
                nanos *= 10;
            }
        }
        long epochDay = LocalDate.of(y, mo, d).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400L + h * 3600L + mi * 60L + s, nanos);
    }

    /** The value of {@code n} decimal digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(char[] c, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            int x = c[i] - '0';
            if (x < 0 || x > 9) {
                return -1;
            }
            v = v * 10 + x;
        }
        return v;
    }

    private static String text(JsonParser p, JsonToken t) throws java.io.IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("not a string");
        }
        return p.getText();
    }

    private static int bit(String name) {
        return switch (name) {
            case "schemaVersion" -> 1;
            case "id" -> 1 << 1;
            case "competition" -> 1 << 2;
            case "participant" -> 1 << 3;
            case "period" -> 1 << 4;
            case "type" -> 1 << 5;
            case "indicator" -> 1 << 6;
            case "amount" -> 1 << 7;
            case "stage" -> 1 << 8;
            case "reason" -> 1 << 9;
            case "evidence" -> 1 << 10;
            case "actor" -> 1 << 11;
            case "businessDate" -> 1 << 12;
            case "recordedAt" -> 1 << 13;
            case "reverses" -> 1 << 14;
            case "replacement" -> 1 << 15;
            default -> 0;
        };
    }
}
