// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opening reads segments (and checks their frames' CRC32C) one segment ahead on a second thread;
 * over many small segments the first bad frame is still the one reported, with the records before
 * it loaded, whichever segment it is in.
 */
class JournalReadAheadTest {

    static final int N = 400;
    static final JournalOptions OPTIONS =
            JournalOptions.DEFAULT.withFsync(FsyncPolicy.NONE).withSegmentBytes(4096);

    @Test
    void aCleanJournalOfManySegmentsLoadsEveryEntry() throws IOException {
        List<Entry> entries = SampleEntries.generate(N, 5);
        Path dir = write(entries);
        try (Ledger l = JournalTest.open(dir, OPTIONS)) {
            assertThat(segments(dir)).hasSizeGreaterThan(10);
            assertThat(l.size()).isEqualTo(N);
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.standings()).isEqualTo(LedgerFold.of(entries).standings());
        } finally {
            TempDirs.delete(dir);
        }
    }

    /**
     * Opening reads later segments into the arrays of earlier ones once their records are decoded:
     * over more than 900 small segments and three load batches, then larger segments that no
     * earlier array holds, every record still loads and verifies.
     */
    @Test
    void segmentArraysReadAgainLoseNoRecord() throws IOException {
        List<Entry> entries = SampleEntries.generate(24_000, 11);
        Path dir = TempDirs.create();
        try {
            try (Ledger l = JournalTest.open(dir, OPTIONS)) {
                l.appendBatch(entries.subList(0, 20_000));
            }
            JournalOptions larger = OPTIONS.withSegmentBytes(64 * 1024);
            try (Ledger l = JournalTest.open(dir, larger)) {
                assertThat(l.openReport().clean()).isTrue();
                l.appendBatch(entries.subList(20_000, 24_000));
            }
            assertThat(segments(dir)).hasSizeGreaterThan(900);
            try (Ledger l = JournalTest.open(dir, OPTIONS)) {
                assertThat(l.openReport().clean()).isTrue();
                assertThat(l.size()).isEqualTo(entries.size());
                assertThat(l.verify().sound()).isTrue();
                assertThat(l.standings()).isEqualTo(LedgerFold.of(entries).standings());
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    @Test
    void aBadChecksumInAMiddleSegmentIsReportedAtItsFrame() throws IOException {
        List<Entry> entries = SampleEntries.generate(N, 5);
        Path dir = write(entries);
        try {
            List<Path> segs = segments(dir);
            Path middle = segs.get(segs.size() / 2);
            byte[] b = Files.readAllBytes(middle);
            long first = ByteBuffer.wrap(b, 8, 8).getLong();
            // walk to the third frame of the segment and flip the last byte of its body
            int off = 16;
            for (int i = 0; i < 2; i++) {
                off += 8 + ByteBuffer.wrap(b, off, 4).getInt();
            }
            int len = ByteBuffer.wrap(b, off, 4).getInt();
            b[off + 8 + len - 1] ^= 0x01;
            Files.write(middle, b);
            try (Ledger l = JournalTest.open(dir, OPTIONS)) {
                assertThat(l.size()).isEqualTo(first + 2);
                assertThat(l.standings())
                        .isEqualTo(LedgerFold.of(entries.subList(0, (int) first + 2))
                                .standings());
                String damage = l.openReport().damage().orElseThrow().message(Locale.ENGLISH);
                assertThat(damage)
                        .contains(middle.getFileName().toString())
                        .contains(String.valueOf(off))
                        .contains("checksum mismatch");
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static Path write(List<Entry> entries) {
        Path dir = TempDirs.create();
        try (Ledger l = JournalTest.open(dir, OPTIONS)) {
            entries.forEach(l::append);
        }
        return dir;
    }

    private static List<Path> segments(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("segment-"))
                    .sorted()
                    .toList();
        }
    }
}
