// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.ledger.Actor;
import io.github.laborcontest.ledger.ChainBreak;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.LedgerOptions;
import io.github.laborcontest.ledger.LedgerProblem;
import io.github.laborcontest.ledger.Ledgers;
import io.github.laborcontest.ledger.spi.StoredRecord;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A store written before {@code IdRule} may hold ids it now refuses, with a chain that is sound in
 * itself. Opening it loads the entries before such a record and reports the record as damage; the
 * id is never handed out.
 */
class HostileIdRecordTest {

    private static Entry entry(String id, String participant) {
        return new Entry.Builder()
                .id(EntryId.of(id))
                .competition(CompetitionId.of("qd-2026"))
                .participant(ParticipantId.of(participant))
                .period(PeriodId.of("2026-03"))
                .type(EntryType.MEASUREMENT)
                .indicator(IndicatorCode.of("q"))
                .amount(new BigDecimal("1"))
                .actor(Actor.of("inspector-07", "district-inspector", "市南区"))
                .businessDate(LocalDate.parse("2026-03-12"))
                .recordedAt(Instant.parse("2026-03-13T08:00:00Z"))
                .build();
    }

    /** The payload with {@code marker} (ASCII) replaced by bytes of the same length. */
    private static byte[] patched(byte[] payload, String marker, byte[] replacement) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + m.length <= payload.length; i++) {
            boolean hit = true;
            for (int j = 0; j < m.length && hit; j++) {
                hit = payload[i + j] == m[j];
            }
            if (hit) {
                byte[] out = payload.clone();
                System.arraycopy(replacement, 0, out, i, m.length);
                return out;
            }
        }
        throw new AssertionError("marker not found");
    }

    @ParameterizedTest(name = "{0} in the {1}")
    @CsvSource({
        "0a, id", // the line break of the forged acknowledgement
        "1b, id", // ESC
        "00, id", // NUL
        "e280ae, id", // U+202E, three bytes in UTF-8
        "20, id-end", // a trailing space
        "0a, participant",
    })
    void aRecordWithAnIdTheRuleRefusesIsDamageAndIsNotLoaded(String hex, String where) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        String marker = "X".repeat(bad.length);
        Entry second = where.equals("participant")
                ? entry("E-2", "P-" + marker)
                : where.equals("id-end") ? entry("E-2" + marker, "P-1") : entry("E-" + marker + "2", "P-1");
        List<Entry> entries = List.of(entry("E-1", "P-1"), second, entry("E-3", "P-1"));
        MemoryStore store = new MemoryStore();
        byte[] previous = new byte[32];
        for (int i = 0; i < entries.size(); i++) {
            byte[] payload = EntryCodec.encode(entries.get(i));
            if (i == 1) {
                payload = patched(payload, marker, bad); // the only X in the entry
            }
            byte[] hash = Hashing.link(previous, i, payload);
            store.append(new StoredRecord(i, hash, payload));
            previous = hash;
        }
        Ledger ledger = Ledgers.open(store, LedgerOptions.DEFAULT, false).get();
        assertThat(ledger.openReport().loaded()).isEqualTo(1);
        assertThat(ledger.openReport().damage())
                .hasValueSatisfying(p -> assertThat(p.code()).isEqualTo(LedgerProblem.CHAIN_BROKEN));
        ChainBreak b = ledger.verify().firstBreak().orElseThrow();
        assertThat(b.position()).isEqualTo(1);
        assertThat(b.kind()).isEqualTo(ChainBreak.Kind.CORRUPT);
        if (!hex.equals("20")) { // the message names the code point, never the character
            assertThat(b.message(Locale.ENGLISH)).doesNotContain(new String(bad, StandardCharsets.UTF_8));
        }
        assertThat(ledger.find(EntryId.of("E-3"))).isEmpty();
        ledger.close();
    }
}
