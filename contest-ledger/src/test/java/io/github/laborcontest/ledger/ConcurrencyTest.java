// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 8 threads append 100,000 entries whose ranges overlap: no loss, no duplicate, chain valid. */
class ConcurrencyTest {

    static final int THREADS = 8;
    static final int ENTRIES = 100_000;

    @TempDir
    Path dir;

    /** The sample entries without reversals, so that any interleaving is a valid chain. */
    static List<Entry> entries() {
        List<Entry> all = new ArrayList<>(ENTRIES);
        SampleEntries.generate(ENTRIES + 3_000, 99, e -> {
            if (e.type() != EntryType.REVERSAL && all.size() < ENTRIES) {
                all.add(e);
            }
        });
        return all;
    }

    void run(Ledger ledger, int batch) throws Exception {
        List<Entry> all = entries();
        int slice = ENTRIES / THREADS;
        int overlap = slice / 4;
        AtomicLong fresh = new AtomicLong();
        AtomicLong repeats = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int from = Math.max(0, t * slice - overlap);
            int to = Math.min(ENTRIES, (t + 1) * slice + overlap);
            fs.add(pool.submit(() -> {
                for (int i = from; i < to; i += batch) {
                    for (Either<LedgerRejection, Appended> a :
                            ledger.appendBatch(all.subList(i, Math.min(to, i + batch)))) {
                        assertThat(a.isRight()).isTrue();
                        (a.get().alreadyRecorded() ? repeats : fresh).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        // every entry once: 100,000 fresh appends; the overlaps (7 borders x 2 x 3,125) were repeats
        assertThat(fresh.get()).isEqualTo(ENTRIES);
        assertThat(repeats.get()).isEqualTo(7L * 2 * overlap);
        assertThat(ledger.size()).isEqualTo(ENTRIES);
        Set<EntryId> seen = new HashSet<>();
        Map<StandingKey, BigDecimal> net = new HashMap<>();
        ledger.forEach(0, r -> {
            assertThat(seen.add(r.entry().id()))
                    .as("duplicate %s", r.entry().id())
                    .isTrue();
            net.merge(StandingKey.of(r.entry()), signed(r.entry()), BigDecimal::add);
        });
        assertThat(seen).hasSize(ENTRIES);
        assertThat(ledger.verify().sound()).isTrue();
        // the points do not depend on the interleaving
        Map<StandingKey, BigDecimal> expected = new HashMap<>();
        all.forEach(e -> expected.merge(StandingKey.of(e), signed(e), BigDecimal::add));
        assertThat(net).isEqualTo(expected);
        for (Standing s : ledger.standings().standings()) {
            assertThat(s.net().value()).isEqualByComparingTo(expected.get(s.key()));
        }
    }

    static BigDecimal signed(Entry e) {
        return switch (e.type()) {
            case POINTS_AWARDED -> e.amount().orElseThrow();
            case POINTS_DEDUCTED -> e.amount().orElseThrow().negate();
            default -> BigDecimal.ZERO;
        };
    }

    @Test
    void eightThreadsInMemory() throws Exception {
        run(Ledgers.inMemory(), 1);
    }

    @Test
    void eightThreadsOnADurableJournalWithGroupCommit() throws Exception {
        try (Ledger l = Ledgers.openJournal(dir).get()) {
            run(l, 25);
        }
        try (Ledger l = Ledgers.openJournal(dir).get()) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(ENTRIES);
        }
    }
}
