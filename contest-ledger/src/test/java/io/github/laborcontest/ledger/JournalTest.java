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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    static Ledger open(Path dir, JournalOptions options) {
        return Ledgers.openJournal(dir, options, LedgerOptions.DEFAULT)
                .getOrElseThrow(p -> new AssertionError(p.message(Locale.ENGLISH)));
    }

    static List<Path> segments(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".journal"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void reopensWithTheSameChainAndStandings() {
        List<Entry> es = SampleEntries.generate(300, 3);
        ChainHead head;
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            es.subList(0, 100).forEach(e -> assertThat(l.append(e).isRight()).isTrue());
            assertThat(l.appendBatch(es.subList(100, 300))).allMatch(a -> a.isRight());
            head = l.head();
        }
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(300);
            assertThat(l.head()).isEqualTo(head);
            assertThat(l.standings()).isEqualTo(LedgerFold.of(es).standings());
            assertThat(l.verify().sound()).isTrue();
            assertThat(l.append(es.get(5)).get().alreadyRecorded()).isTrue();
            assertThat(l.find(es.get(77).id()).orElseThrow().entry()).isEqualTo(es.get(77));
        }
    }

    @Test
    void rollsSegmentsAtTheirSize() throws IOException {
        List<Entry> es = SampleEntries.generate(400, 4);
        JournalOptions small =
                JournalOptions.DEFAULT.withFsync(FsyncPolicy.NONE).withSegmentBytes(4096);
        try (Ledger l = open(dir, small)) {
            es.forEach(l::append);
        }
        List<Path> segs = segments(dir);
        assertThat(segs.size()).isGreaterThan(5);
        for (Path p : segs) {
            assertThat(Files.size(p)).isLessThanOrEqualTo(4096);
        }
        try (Ledger l = open(dir, small)) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(400);
            assertThat(l.verify().sound()).isTrue();
            assertThat(l.standings()).isEqualTo(LedgerFold.of(es).standings());
        }
    }

    @Test
    void reopensAJournalLargerThanOneLoadBatchWithReversalsAcrossBatches() {
        List<Entry> es = SampleEntries.generate(60_000, 12);
        assertThat(es.stream().filter(e -> e.type() == EntryType.REVERSAL).count())
                .isGreaterThan(100);
        JournalOptions fast = JournalOptions.DEFAULT.withFsync(FsyncPolicy.NONE).withSegmentBytes(1 << 20);
        try (Ledger l = open(dir, fast)) {
            assertThat(l.appendBatch(es)).allMatch(a -> a.isRight());
        }
        try (Ledger l = open(dir, fast)) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(60_000);
            assertThat(l.standings()).isEqualTo(LedgerFold.of(es).standings());
            // reversals were indexed while loading: reversing one of them again is refused
            Entry reversal = es.stream()
                    .filter(e -> e.type() == EntryType.REVERSAL)
                    .findFirst()
                    .orElseThrow();
            Entry again =
                    new Entry.Builder().from(reversal).id(EntryId.of("again")).build();
            assertThat(l.append(again).getLeft().code()).isEqualTo(LedgerProblem.ALREADY_REVERSED);
        }
    }

    @Test
    void asOfQueriesAfterReopeningEqualThoseOfTheLedgerThatWroteTheEntries() {
        // a reopened ledger rebuilds its id index after loading and only then dates each reversal
        // by the business day of its target: as-of answers must not change across the reopen
        List<Entry> es = SampleEntries.generate(30_000, 21);
        assertThat(es.stream().filter(e -> e.type() == EntryType.REVERSAL).count())
                .isGreaterThan(100);
        JournalOptions fast = JournalOptions.DEFAULT.withFsync(FsyncPolicy.NONE);
        Ledger memory = Ledgers.inMemory();
        assertThat(memory.appendBatch(es)).allMatch(a -> a.isRight());
        try (Ledger l = open(dir, fast)) {
            assertThat(l.appendBatch(es)).allMatch(a -> a.isRight());
        }
        List<AsOf> queries = List.of(
                AsOf.businessDate(java.time.LocalDate.parse("2026-03-31")),
                AsOf.businessDate(java.time.LocalDate.parse("2026-06-30")),
                AsOf.businessDate(java.time.LocalDate.parse("2026-11-15")),
                AsOf.recordTime(java.time.Instant.parse("2026-04-03T00:00:00Z")),
                AsOf.recordTime(java.time.Instant.parse("2026-09-01T12:00:00Z")));
        try (Ledger l = open(dir, fast)) {
            assertThat(l.openReport().clean()).isTrue();
            for (AsOf q : queries) {
                Standings expected = memory.standings(q);
                assertThat(expected.size()).isPositive();
                assertThat(l.standings(q)).as(q.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void onlyOneWriterAtATime() {
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            assertThat(l.size()).isZero();
            Problem p = Ledgers.openJournal(dir).getLeft();
            assertThat(p.code()).isEqualTo(LedgerProblem.LOCKED);
            assertThat(p.message(Locale.CHINESE)).contains("已被另一个写入者锁定");
        }
        try (Ledger again = open(dir, JournalOptions.DEFAULT)) {
            assertThat(again.size()).isZero();
        }
    }

    @Test
    void aTornTailIsCutOffAndReported() throws IOException {
        List<Entry> es = SampleEntries.generate(20, 5);
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            es.forEach(l::append);
        }
        Path seg = segments(dir).get(0);
        long before = Files.size(seg);
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(new byte[] {0, 0, 1, 0, 7, 7, 7, 7, 1, 2, 3}));
        }
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            assertThat(l.openReport().repairs())
                    .singleElement()
                    .satisfies(p -> assertThat(p.code()).isEqualTo(LedgerProblem.TORN_TAIL_TRUNCATED));
            assertThat(l.openReport().repairs().get(0).message(Locale.ENGLISH)).contains("11 bytes");
            assertThat(l.size()).isEqualTo(20);
            assertThat(Files.size(seg)).isEqualTo(before);
            assertThat(l.append(SampleEntries.generate(21, 5).get(20)).isRight())
                    .isTrue();
            assertThat(l.verify().sound()).isTrue();
        }
    }

    @Test
    void aCorruptRecordInTheMiddleMakesTheLedgerReadOnlyUntilRepaired() throws IOException {
        List<Entry> es = SampleEntries.generate(30, 6);
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            es.forEach(l::append);
        }
        Path seg = segments(dir).get(0);
        byte[] b = Files.readAllBytes(seg);
        b[b.length / 2] ^= 0x10;
        Files.write(seg, b);
        long loaded;
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            assertThat(l.openReport().damage()).isPresent();
            assertThat(l.openReport().damage().get().code()).isEqualTo(LedgerProblem.CORRUPT_RECORD);
            loaded = l.size();
            assertThat(loaded).isLessThan(30);
            assertThat(l.standings())
                    .isEqualTo(LedgerFold.of(es.subList(0, (int) loaded)).standings());
            ChainBreak br = l.verify().firstBreak().orElseThrow();
            assertThat(br.position()).isEqualTo(loaded);
            assertThat(l.append(es.get(0)).getLeft().code()).isEqualTo(LedgerProblem.DAMAGED);
        }
        List<Problem> cuts = Ledgers.repairJournal(dir).get();
        assertThat(cuts).isNotEmpty();
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(loaded);
            assertThat(l.verify().sound()).isTrue();
            assertThat(l.append(es.get((int) loaded)).isRight()).isTrue();
        }
    }

    @Test
    void recordsCutOffAtAFrameBoundaryAreNoticedThroughTheHeadFile() throws IOException {
        List<Entry> es = SampleEntries.generate(10, 8);
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            es.subList(0, 9).forEach(l::append);
        }
        Path seg = segments(dir).get(0);
        long nine = Files.size(seg);
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            l.append(es.get(9));
        }
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
            ch.truncate(nine);
        }
        try (Ledger l = open(dir, JournalOptions.DEFAULT)) {
            assertThat(l.openReport().damage().orElseThrow().code()).isEqualTo(LedgerProblem.JOURNAL_CUT);
            assertThat(l.size()).isEqualTo(9);
            assertThat(l.verify().sound()).isFalse();
        }
    }
}
