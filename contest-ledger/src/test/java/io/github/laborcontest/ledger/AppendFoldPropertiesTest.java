// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.PeriodId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The live fold of appended entries (which a ledger folds in batches on a second thread) equals a
 * fold of the entries from scratch whenever it is read: after any number of appends, in the
 * middle of a batch or at its end, by period, through a snapshot, and while other threads append
 * (each snapshot taken meanwhile equals the fold of the chain up to the size it names).
 * The ledgers here hold up to 3,000 entries, so that many batches of 256 go to the fold thread.
 */
class AppendFoldPropertiesTest {

    @Property(tries = 40)
    void standingsReadAtAnyPointEqualAFoldOfTheEntriesSoFar(
            @ForAll @IntRange(min = 0, max = 3_000) int count,
            @ForAll @IntRange(min = 1, max = 1_000) int seed,
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 3_000) Integer> readPoints,
            @ForAll boolean inBatches) {
        List<Entry> entries = SampleEntries.generate(count, seed);
        TreeSet<Integer> reads = new TreeSet<>();
        readPoints.forEach(p -> reads.add(Math.min(p, count)));
        reads.add(count);
        Ledger ledger = Ledgers.inMemory();
        int done = 0;
        for (int point : reads) {
            List<Entry> next = entries.subList(done, point);
            if (inBatches) {
                ledger.appendBatch(next).forEach(r -> assertThat(r.isRight()).isTrue());
            } else {
                next.forEach(e -> assertThat(ledger.append(e).isRight()).isTrue());
            }
            done = point;
            List<Entry> soFar = entries.subList(0, point);
            Standings expected = LedgerFold.of(soFar).standings();
            assertThat(ledger.standings()).isEqualTo(expected);
            assertThat(ledger.snapshot(Optional.empty()).standings()).isEqualTo(expected);
            if (!soFar.isEmpty()) {
                PeriodId period = soFar.get(soFar.size() - 1).period();
                assertThat(ledger.standings(period, AsOf.LATEST))
                        .isEqualTo(LedgerFold.of(soFar.stream()
                                        .filter(e -> e.period().equals(period))
                                        .toList())
                                .standings());
            }
        }
    }

    @Property(tries = 10)
    void standingsReadWhileThreadsAppendEndEqualToAFoldOfTheChain(@ForAll @IntRange(min = 1, max = 1_000) int seed)
            throws Exception {
        List<Entry> entries = new ArrayList<>();
        SampleEntries.generate(6_000, seed, e -> {
            if (e.type() != EntryType.REVERSAL && entries.size() < 4_000) {
                entries.add(e);
            }
        });
        Ledger ledger = Ledgers.inMemory();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean appending = new AtomicBoolean(true);
        List<Snapshot> taken = new CopyOnWriteArrayList<>();
        try {
            Future<Integer> reader = pool.submit(() -> {
                int readsDone = 0;
                long lastSize = 0;
                while (appending.get()) {
                    ledger.standings();
                    if (taken.size() < 20) {
                        // a snapshot names the size it covers, so it can be checked once the chain is known
                        taken.add(ledger.snapshot(Optional.empty()));
                    }
                    assertThat(ledger.size()).isGreaterThanOrEqualTo(lastSize);
                    lastSize = ledger.size();
                    readsDone++;
                }
                return readsDone;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                List<Entry> half = entries.subList(w * 2_000, (w + 1) * 2_000);
                writers.add(pool.submit(() ->
                        half.forEach(e -> assertThat(ledger.append(e).isRight()).isTrue())));
            }
            for (Future<?> f : writers) {
                f.get();
            }
            appending.set(false);
            assertThat(reader.get()).isPositive();
        } finally {
            pool.shutdownNow();
        }
        List<Entry> chain = new ArrayList<>();
        ledger.forEach(0, r -> chain.add(r.entry()));
        assertThat(chain).hasSize(4_000);
        assertThat(ledger.standings()).isEqualTo(LedgerFold.of(chain).standings());
        for (Snapshot snap : taken) {
            assertThat(snap.standings())
                    .isEqualTo(
                            LedgerFold.of(chain.subList(0, (int) snap.size())).standings());
        }
    }
}
