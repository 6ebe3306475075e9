// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Points;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the committed fixture journal written by schema version 1. */
class UpcastTest {

    @TempDir
    Path dir;

    private void copyFixture() throws IOException {
        for (String name : List.of("segment-00000000000000000000.journal", "journal.head")) {
            try (InputStream in = getClass().getResourceAsStream("/fixtures/journal-v1/" + name)) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    @Test
    void readsAJournalWrittenBySchemaVersionOne() throws IOException {
        copyFixture();
        try (Ledger l = Ledgers.openJournal(dir).getOrElseThrow(p -> new AssertionError(p.message(Locale.ENGLISH)))) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(5);
            // the hashes were computed over the version-1 bytes, and still verify
            assertThat(l.verify().sound()).isTrue();
            List<Entry> read = new ArrayList<>();
            l.forEach(0, r -> read.add(r.entry()));
            assertThat(read).allMatch(e -> e.schemaVersion() == Entry.CURRENT_SCHEMA_VERSION);
            assertThat(read.get(0).actor()).isEqualTo(Actor.of("inspector-07"));
            assertThat(read.get(0).actor().role()).isEqualTo(Optional.empty());
            assertThat(read)
                    .extracting(e -> e.id().value())
                    .containsExactly("v1-m1", "v1-a1", "v1-d1", "v1-d2", "v1-r1");
            // P-001 in period 2026-03: awarded 5; deducted 1.5 reversed by v1-r1, so 0; net 5 - 0 = 5; quality 88.00
            Standing p1 = l.standings()
                    .of(new StandingKey(TestEntries.C, TestEntries.P1, TestEntries.MARCH))
                    .orElseThrow();
            assertThat(p1.awarded()).isEqualTo(Points.of(5));
            assertThat(p1.deducted()).isEqualTo(Points.ZERO);
            assertThat(p1.net()).isEqualTo(Points.of(5));
            assertThat(p1.measurements().get(0).value()).contains(new java.math.BigDecimal("88.00"));
            // new entries are written as version 2 after the version-1 ones
            assertThat(l.append(TestEntries.award("v2-a1", TestEntries.P2, "1", "QC", "2026-03-01T00:00:00Z"))
                            .isRight())
                    .isTrue();
            assertThat(l.verify().sound()).isTrue();
        }
    }
}
