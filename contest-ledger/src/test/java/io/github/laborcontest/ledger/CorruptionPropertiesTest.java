// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Flipping any byte or truncating any file of a journal at any offset gives a reported,
 * recoverable state: opening never throws, the standings are those of the entries the report
 * says were loaded (never silently different), and after repair the journal opens clean.
 */
class CorruptionPropertiesTest {

    static final int N = 60;
    static final JournalOptions OPTIONS =
            JournalOptions.DEFAULT.withFsync(FsyncPolicy.NONE).withSegmentBytes(4096);
    static List<Entry> entries;
    static Path template;
    static List<String> files;

    @BeforeContainer
    static void writeTemplate() throws IOException {
        entries = SampleEntries.generate(N, 11);
        template = TempDirs.create();
        try (Ledger l = JournalTest.open(template, OPTIONS)) {
            entries.forEach(l::append);
        }
        try (Stream<Path> s = Files.list(template)) {
            files = s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("journal.lock"))
                    .sorted()
                    .toList();
        }
    }

    @AfterContainer
    static void deleteTemplate() {
        TempDirs.delete(template);
    }

    @Property(tries = 160)
    void flippingAnyByteIsReportedAndRecoverable(
            @ForAll @IntRange(min = 0, max = 1000) int file,
            @ForAll @IntRange(min = 0, max = 1 << 20) int offset,
            @ForAll @IntRange(min = 1, max = 255) int mask)
            throws IOException {
        Path dir = TempDirs.create();
        try {
            TempDirs.copy(template, dir);
            Path f = dir.resolve(files.get(file % files.size()));
            byte[] b = Files.readAllBytes(f);
            int at = offset % b.length;
            b[at] ^= (byte) mask;
            Files.write(f, b);
            checkReportedAndRecoverable(dir);
        } finally {
            TempDirs.delete(dir);
        }
    }

    @Property(tries = 100)
    void truncatingAnyFileAtAnyOffsetIsReportedAndRecoverable(
            @ForAll @IntRange(min = 0, max = 1000) int file, @ForAll @IntRange(min = 0, max = 1 << 20) int offset)
            throws IOException {
        Path dir = TempDirs.create();
        try {
            TempDirs.copy(template, dir);
            Path f = dir.resolve(files.get(file % files.size()));
            long size = Files.size(f);
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                ch.truncate(offset % size);
            }
            checkReportedAndRecoverable(dir);
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static void checkReportedAndRecoverable(Path dir) {
        try (Ledger l = Ledgers.openJournal(dir, OPTIONS, LedgerOptions.DEFAULT)
                .getOrElseThrow(p -> new AssertionError(p.message(Locale.ENGLISH)))) {
            int loaded = (int) l.size();
            assertThat(loaded).isBetween(0, N);
            // never silently wrong: the standings are exactly those of the entries loaded ...
            assertThat(l.standings())
                    .isEqualTo(LedgerFold.of(entries.subList(0, loaded)).standings());
            // ... and anything less than the whole journal is reported
            if (loaded < N) {
                assertThat(l.openReport().clean()).isFalse();
            }
            if (l.openReport().damage().isPresent()) {
                assertThat(l.verify().sound()).isFalse();
            }
        }
        assertThat(Ledgers.repairJournal(dir).isRight()).isTrue();
        try (Ledger l = Ledgers.openJournal(dir, OPTIONS, LedgerOptions.DEFAULT)
                .getOrElseThrow(p -> new AssertionError(p.message(Locale.ENGLISH)))) {
            assertThat(l.openReport().damage()).isEmpty();
            assertThat(l.verify().sound()).isTrue();
            int loaded = (int) l.size();
            assertThat(l.standings())
                    .isEqualTo(LedgerFold.of(entries.subList(0, loaded)).standings());
            if (loaded < N) {
                assertThat(l.append(entries.get(loaded)).isRight()).isTrue();
            }
        }
    }
}
