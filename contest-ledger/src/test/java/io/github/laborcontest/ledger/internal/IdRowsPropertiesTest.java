// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laborcontest.ledger.Actor;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.ledger.LedgerFold;
import io.github.laborcontest.ledger.Standing;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A fold keeps the id of each measurement and contribution in its standing's columns: in four
 * longs when it has at most 32 UTF-8 bytes, else in an array; a reversal finds the row it takes out
 * by that id.
 */
class IdRowsPropertiesTest {

    @Property(tries = 2000)
    void aRowHasExactlyItsOwnIdAndGivesItsTextBack(
            @ForAll @Size(max = 48) byte[] id, @ForAll @Size(max = 48) byte[] other, @ForAll boolean prefix) {
        byte[] probe = prefix ? Arrays.copyOf(id, Math.min(id.length, other.length)) : other;
        Contributions rows = rowWith(id, 0, id.length);
        assertThat(rows.idText(0)).isEqualTo(new String(id, StandardCharsets.UTF_8));
        assertThat(rows.copy().remove(probe, IdRows.words(probe))).isEqualTo(Arrays.equals(id, probe));
        assertThat(rows.remove(id, IdRows.words(id))).isTrue();
        assertThat(rows.isEmpty()).isTrue();
    }

    @Property(tries = 2000)
    void anIdInsideARecordIsKeptAsItsOwnBytes(
            @ForAll @Size(max = 32) byte[] id,
            @ForAll @Size(max = 20) byte[] before,
            @ForAll @Size(max = 20) byte[] after) {
        byte[] record = new byte[before.length + id.length + after.length];
        System.arraycopy(before, 0, record, 0, before.length);
        System.arraycopy(id, 0, record, before.length, id.length);
        System.arraycopy(after, 0, record, before.length + id.length, after.length);
        for (int k = 0; k < 4; k++) {
            long expected = 0; // bytes 8k … 8k + 7 of the id, little-endian, zero past its end
            for (int i = Math.min(id.length, 8 * k + 8) - 1; i >= 8 * k; i--) {
                expected = (expected << 8) | (id[i] & 0xFF);
            }
            assertThat(IdRows.word(record, before.length, id.length, k)).isEqualTo(expected);
        }
        Contributions rows = rowWith(record, before.length, id.length);
        assertThat(rows.idText(0)).isEqualTo(new String(id, StandardCharsets.UTF_8));
        assertThat(rows.remove(id, IdRows.words(id))).isTrue();
    }

    @Test
    void aReversalTakesOutTheItemWithItsIdAcrossTheInlineLimit() {
        String base = "x".repeat(IdRows.INLINE_ID_BYTES - 1);
        List<String> ids = List.of(base, base + "y", base + "yz", base + "z", "中".repeat(11), "中".repeat(10) + "x");
        List<Entry> entries = new ArrayList<>();
        int k = 0;
        for (String id : ids) {
            entries.add(entry(id, EntryType.POINTS_AWARDED, "", k++)); // k = 0, 2, 4, …
            entries.add(entry("m-" + id, EntryType.MEASUREMENT, "", k++)); // value k = 1, 3, 5, …
        }
        entries.add(entry("r1", EntryType.REVERSAL, base + "y", k++));
        entries.add(entry("r2", EntryType.REVERSAL, "m-" + ids.get(5), k++));
        entries.add(entry("r3", EntryType.REVERSAL, "中".repeat(11), k++));
        Standing s = LedgerFold.of(entries).standings().standings().get(0);
        assertThat(s.contributions())
                .extracting(c -> c.entry().value())
                .containsExactly(base, base + "yz", base + "z", "中".repeat(10) + "x");
        // the latest measurement, of the sixth id (value 11), is reversed: the fifth's (value 9) is back
        assertThat(s.measurements())
                .singleElement()
                .satisfies(m -> assertThat(m.value().orElseThrow()).isEqualByComparingTo("9"));
    }

    @Test
    void aRowTakesTwentySixBitsOfItsOwnAndNoMore() {
        Contributions rows = new Contributions();
        int most = (1 << 26) - 1;
        int i = rows.addRow(most, new long[4], 0, 5, null, 7, 2, null);
        assertThat(rows.bits(i)).isEqualTo(most);
        assertThat(rows.scale(i)).isEqualTo(2);
        assertThat(rows.unscaled(i)).isEqualTo(7);
        assertThatThrownBy(() -> rows.addRow(1 << 26, new long[4], 0, 5, null, 7, 2, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rows.addRow(-1, new long[4], 0, 5, null, 7, 2, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rows.size()).isEqualTo(1);
    }

    /** One row of an id at {@code offset} of {@code b}, made as the open's fold makes it. */
    private static Contributions rowWith(byte[] b, int offset, int length) {
        long[] words = new long[4];
        for (int k = 0; k < 4; k++) {
            words[k] = IdRows.word(b, offset, length, k);
        }
        byte[] longId = length > IdRows.INLINE_ID_BYTES ? Arrays.copyOfRange(b, offset, offset + length) : null;
        Contributions rows = new Contributions();
        rows.add(EntryType.POINTS_AWARDED, words, 0, length, longId, true, 1, 0, null, Optional.empty(), 0, null);
        return rows;
    }

    private static Entry entry(String id, EntryType type, String reverses, int k) {
        Entry.Builder b = new Entry.Builder()
                .id(EntryId.of(id))
                .competition(CompetitionId.of("c"))
                .participant(ParticipantId.of("p"))
                .period(PeriodId.of("2026-03"))
                .type(type)
                .actor(Actor.of("a"))
                .businessDate(LocalDate.of(2026, 3, 1))
                .recordedAt(Instant.parse("2026-03-01T08:00:00Z").plusSeconds(k));
        if (type == EntryType.MEASUREMENT) {
            b.indicator(IndicatorCode.of("quality.pass-rate")).amount(BigDecimal.valueOf(k));
        } else if (type == EntryType.POINTS_AWARDED) {
            b.amount(BigDecimal.ONE).reason("r");
        } else {
            b.reverses(EntryId.of(reverses)).reason("更正");
        }
        return b.build();
    }
}
