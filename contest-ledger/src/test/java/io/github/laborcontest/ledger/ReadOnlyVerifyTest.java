// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opening for reading and verifying never change a file: a flipped byte near the end of the last
 * record is corruption of a durable record (named with its position and id), not a torn tail, with
 * and without the head file; a real torn tail is reported and left in place.
 */
class ReadOnlyVerifyTest {

    @TempDir
    Path dir;

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private List<Entry> write(int n) {
        List<Entry> es = SampleEntries.generate(n, 9);
        try (Ledger l = Ledgers.openJournal(dir).get()) {
            assertThat(l.appendAll(es).isRight()).isTrue();
        }
        return es;
    }

    @ParameterizedTest(name = "head file kept: {0}")
    @ValueSource(booleans = {true, false})
    void aFlippedByteInTheLastRecordIsCorruptionAndNothingIsChanged(boolean keepHead) throws IOException {
        List<Entry> es = write(5);
        if (!keepHead) {
            Files.delete(dir.resolve("journal.head"));
        }
        Path seg = JournalTest.segments(dir).get(0);
        byte[] b = Files.readAllBytes(seg);
        b[b.length - 3] ^= 0x01;
        Files.write(seg, b);
        Map<String, byte[]> before = snapshot(dir);
        try (Ledger l = Ledgers.openJournalReadOnly(dir).get()) {
            assertThat(l.size()).isEqualTo(4);
            Problem d = l.openReport().damage().orElseThrow();
            assertThat(d.code()).isEqualTo(LedgerProblem.CORRUPT_RECORD);
            // segment, offset, position 4, detail, the stored id of entry 4 (its bytes are intact)
            assertThat(d.args().get(2)).isEqualTo("4");
            assertThat(d.args().get(3)).isEqualTo("checksum mismatch");
            assertThat(d.args().get(4)).isEqualTo(es.get(4).id().value());
            VerificationReport r = l.verify();
            assertThat(r.sound()).isFalse();
            assertThat(r.firstBreak().orElseThrow().position()).isEqualTo(4);
            assertThat(l.append(es.get(4)).getLeft().code()).isEqualTo(LedgerProblem.READ_ONLY);
        }
        Map<String, byte[]> after = snapshot(dir);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
        // an open for appending does not cut it either: damage, read-only until repaired
        try (Ledger l = Ledgers.openJournal(dir).get()) {
            assertThat(l.openReport().damage()).isPresent();
            assertThat(l.openReport().repairs()).isEmpty();
        }
        assertThat(Files.readAllBytes(seg)).isEqualTo(b);
    }

    @Test
    void aTornTailIsReportedByAReadAndLeftInPlace() throws IOException {
        write(5);
        Path seg = JournalTest.segments(dir).get(0);
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(new byte[] {0, 0, 1, 0, 7, 7, 7, 7, 1, 2, 3}));
        }
        Map<String, byte[]> before = snapshot(dir);
        try (Ledger l = Ledgers.openJournalReadOnly(dir).get()) {
            assertThat(l.size()).isEqualTo(5);
            assertThat(l.openReport().damage()).isEmpty();
            Problem t = l.openReport().repairs().get(0);
            assertThat(t.code()).isEqualTo(LedgerProblem.TORN_TAIL_FOUND);
            assertThat(t.args().subList(1, 4)).containsExactly(Long.toString(Files.size(seg) - 11), "11", "5");
            assertThat(t.message(Locale.ENGLISH)).contains("left in place");
            l.verify();
        }
        Map<String, byte[]> after = snapshot(dir);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
    }

    @Test
    void aMissingDirectoryIsNamedAndNotCreated() {
        Path none = dir.resolve("nonexist");
        Problem p = Ledgers.openJournalReadOnly(none).getLeft();
        assertThat(p.code()).isEqualTo(LedgerProblem.NO_JOURNAL);
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("$: no journal directory: " + none);
        assertThat(Ledgers.repairJournal(none).getLeft().code()).isEqualTo(LedgerProblem.NO_JOURNAL);
        assertThat(Files.exists(none)).isFalse();
    }
}
