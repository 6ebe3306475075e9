// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged segment files name the segment, offset, position and what is wrong. Segment layout: a
 * 16-byte header ("CLJ1", format 1 as u32, first position as u64), then frames of an 8-byte header
 * (body length u32, CRC32C u32) and a body.
 */
class JournalFilesTest {

    private static final JournalOptions SMALL =
            JournalOptions.DEFAULT.withFsync(FsyncPolicy.NONE).withSegmentBytes(4096);

    @TempDir
    Path dir;

    private List<Path> segs;

    @BeforeEach
    void write() throws IOException {
        try (Ledger l = open()) {
            SampleEntries.generate(60, 4).forEach(l::append);
        }
        segs = JournalTest.segments(dir);
        assertThat(segs.size()).isGreaterThanOrEqualTo(3);
    }

    private Ledger open() {
        return Ledgers.openJournal(dir, SMALL, LedgerOptions.DEFAULT)
                .getOrElseThrow(p -> new AssertionError(p.message(Locale.ENGLISH)));
    }

    private static long first(Path seg) {
        String n = seg.getFileName().toString();
        return Long.parseLong(n.substring(8, 28));
    }

    private void patch(Path seg, int off, byte[] bytes) throws IOException {
        byte[] b = Files.readAllBytes(seg);
        System.arraycopy(bytes, 0, b, off, bytes.length);
        Files.write(seg, b);
    }

    private static byte[] u32(int v) {
        return ByteBuffer.allocate(4).putInt(v).array();
    }

    /** The damage found on reopening, as its args without the stored id, with the loaded size. */
    private List<String> damage(long loaded) {
        return damageWithId(loaded).subList(0, 4);
    }

    /** The damage found on reopening, as its args (the last is the id the record holds, unverified). */
    private List<String> damageWithId(long loaded) {
        try (Ledger l = open()) {
            assertThat(l.size()).isEqualTo(loaded);
            Problem p = l.openReport().damage().orElseThrow();
            assertThat(p.code()).isEqualTo(LedgerProblem.CORRUPT_RECORD);
            assertThat(p.args()).hasSize(5);
            return p.args();
        }
    }

    @Test
    void a_segment_without_the_magic_is_not_ours() throws IOException {
        patch(segs.get(0), 0, "XLJ1".getBytes(StandardCharsets.US_ASCII));
        assertThat(damage(0))
                .containsExactly(segs.get(0).getFileName().toString(), "0", "0", "not a journal segment (bad magic)");
    }

    @Test
    void an_unknown_segment_format_is_named() throws IOException {
        long p = first(segs.get(1));
        patch(segs.get(1), 4, u32(2));
        assertThat(damage(p))
                .containsExactly(
                        segs.get(1).getFileName().toString(), "0", Long.toString(p), "unknown segment format 2");
    }

    @Test
    void a_segment_that_starts_elsewhere_than_expected_is_named() throws IOException {
        long p = first(segs.get(1));
        patch(segs.get(1), 8, ByteBuffer.allocate(8).putLong(999).array());
        assertThat(damage(p))
                .containsExactly(
                        segs.get(1).getFileName().toString(),
                        "0",
                        Long.toString(p),
                        "segment starts at position 999, expected " + p);
    }

    @Test
    void bad_frame_lengths_and_checksums_are_named_with_their_offset() throws IOException {
        String name = segs.get(0).getFileName().toString();
        byte[] original = Files.readAllBytes(segs.get(0));
        patch(segs.get(0), 16, u32(0));
        assertThat(damage(0)).containsExactly(name, "16", "0", "bad frame length 0");
        Files.write(segs.get(0), original);
        // 40 is the body prefix; a body needs at least one byte more
        patch(segs.get(0), 16, u32(40));
        assertThat(damage(0)).containsExactly(name, "16", "0", "bad frame length 40");
        Files.write(segs.get(0), original);
        patch(segs.get(0), 16, u32(40 + (1 << 20) + 1));
        assertThat(damage(0)).containsExactly(name, "16", "0", "bad frame length " + (40 + (1 << 20) + 1));
        Files.write(segs.get(0), original);
        int len = ByteBuffer.wrap(original, 16, 4).getInt();
        int second = 16 + 8 + len;
        byte[] b = original.clone();
        b[second + 8 + 20] ^= 1;
        Files.write(segs.get(0), b);
        String id1 = SampleEntries.generate(60, 4).get(1).id().value();
        assertThat(damageWithId(1)).containsExactly(name, Integer.toString(second), "1", "checksum mismatch", id1);
    }

    @Test
    void a_frame_running_past_the_end_of_a_full_segment_is_damage() throws IOException {
        byte[] b = Files.readAllBytes(segs.get(0));
        int off = 16;
        long position = 0;
        int last = off;
        while (off < b.length) {
            last = off;
            off += 8 + ByteBuffer.wrap(b, off, 4).getInt();
            position++;
        }
        int len = ByteBuffer.wrap(b, last, 4).getInt();
        patch(segs.get(0), last, u32(len + 1));
        assertThat(damage(position - 1))
                .containsExactly(
                        segs.get(0).getFileName().toString(),
                        Integer.toString(last),
                        Long.toString(position - 1),
                        "frame runs past the end of the segment");
    }

    @Test
    void a_last_segment_cut_inside_its_header_is_removed_or_named() throws IOException {
        long next;
        try (Ledger l = open()) {
            next = l.size();
        }
        Path extra = dir.resolve(String.format("segment-%020d.journal", next));
        Files.write(extra, "CLJ".getBytes(StandardCharsets.US_ASCII));
        try (Ledger l = open()) {
            assertThat(l.openReport().damage()).isEmpty();
            Problem cut = l.openReport().repairs().get(0);
            assertThat(cut.code()).isEqualTo(LedgerProblem.TORN_TAIL_TRUNCATED);
            String q = "quarantine-" + extra.getFileName() + "-at-0.bin";
            assertThat(cut.args()).containsExactly(extra.getFileName().toString(), "0", "3", q);
            assertThat(Files.readAllBytes(dir.resolve(q))).isEqualTo("CLJ".getBytes(StandardCharsets.US_ASCII));
            assertThat(l.size()).isEqualTo(60);
        }
        assertThat(Files.exists(extra)).isFalse();
        Files.write(extra, "XY".getBytes(StandardCharsets.US_ASCII));
        assertThat(damage(60)).containsExactly(extra.getFileName().toString(), "0", "60", "segment header incomplete");
    }

    @Test
    void repair_cuts_the_damaged_segment_and_drops_the_later_ones() throws IOException {
        long p = first(segs.get(1));
        long size2 = Files.size(segs.get(1));
        patch(segs.get(1), 4, u32(2));
        byte[] damaged = Files.readAllBytes(segs.get(1));
        List<Problem> cuts = Ledgers.repairJournal(dir).get();
        String q = "quarantine-" + segs.get(1).getFileName() + "-at-0.bin";
        assertThat(cuts.get(0).code()).isEqualTo(LedgerProblem.QUARANTINED);
        assertThat(cuts.get(0).args())
                .containsExactly(segs.get(1).getFileName().toString(), "0", Long.toString(size2), q, Long.toString(p));
        assertThat(Files.readAllBytes(dir.resolve(q))).isEqualTo(damaged);
        assertThat(cuts.subList(1, cuts.size()))
                .hasSize(segs.size() - 2)
                .allSatisfy(c -> assertThat(c.args().get(3)).startsWith("quarantine-segment-"));
        assertThat(JournalTest.segments(dir)).containsExactly(segs.get(0));
        try (Ledger l = open()) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(p);
            assertThat(l.verify().sound()).isTrue();
        }
        assertThat(Ledgers.repairJournal(dir).get()).isEmpty();
    }

    @Test
    void repair_cuts_a_segment_at_its_first_bad_frame() throws IOException {
        byte[] original = Files.readAllBytes(segs.get(0));
        int len = ByteBuffer.wrap(original, 16, 4).getInt();
        int second = 16 + 8 + len;
        patch(segs.get(0), second, u32(0));
        List<Problem> cuts = Ledgers.repairJournal(dir).get();
        String q = "quarantine-" + segs.get(0).getFileName() + "-at-" + second + ".bin";
        assertThat(cuts.get(0).args())
                .containsExactly(
                        segs.get(0).getFileName().toString(),
                        Integer.toString(second),
                        Integer.toString(original.length - second),
                        q,
                        "1");
        assertThat(cuts.get(0).message(Locale.ENGLISH))
                .isEqualTo("$: moved " + (original.length - second) + " bytes of journal file "
                        + segs.get(0).getFileName() + " from offset " + second
                        + " (entries from position 1) to quarantine file " + q);
        try (Ledger l = open()) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(1);
        }
    }
}
