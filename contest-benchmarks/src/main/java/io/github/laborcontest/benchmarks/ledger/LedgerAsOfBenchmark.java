// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.benchmarks.ledger;

import io.github.laborcontest.ledger.AsOf;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.FsyncPolicy;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.SampleEntries;
import io.github.laborcontest.ledger.Standings;
import io.github.laborcontest.model.PeriodId;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * As-of queries from snapshots (target under 50 ms): a journal of {@code size} sample entries is
 * written in chain order with one snapshot per month, taken when the first entry of a later month
 * arrives (the sample interleaves a month's late entries with the next month's, so a snapshot at
 * every change of period would take about twenty times as many). The queries ask for June as known
 * on 5 July (record time) and as of its last business day: each starts from June's snapshot and
 * reads only the later positions of June.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class LedgerAsOfBenchmark {

    /** The number of entries. */
    @Param({"1000000"})
    public long size;

    Path dir;
    Ledger ledger;
    static final PeriodId JUNE = PeriodId.of("2026-06");

    /** Writes the ledger with one snapshot per month, taken when the next month begins. */
    @Setup(Level.Trial)
    public void build() {
        dir = BenchJournals.tempDir();
        ledger = BenchJournals.open(dir, FsyncPolicy.NONE);
        List<Entry> batch = new ArrayList<>(10_000);
        String[] month = {"2026-01"};
        SampleEntries.generate(size, BenchJournals.SEED, e -> {
            if (e.period().value().compareTo(month[0]) > 0) {
                ledger.appendBatch(batch);
                batch.clear();
                ledger.snapshot(Optional.of(PeriodId.of(month[0])));
                month[0] = e.period().value();
            }
            batch.add(e);
            if (batch.size() == 10_000) {
                ledger.appendBatch(batch);
                batch.clear();
            }
        });
        ledger.appendBatch(batch);
        ledger.snapshot(Optional.of(PeriodId.of(month[0])));
    }

    /** Closes and deletes the ledger. */
    @TearDown(Level.Trial)
    public void close() {
        ledger.close();
        BenchJournals.delete(dir);
    }

    /**
     * June as known on 5 July (its last entries are recorded in the first days of July).
     *
     * @return the number of standings
     */
    @Benchmark
    public int juneAsOfRecordTime() {
        Standings s = ledger.standings(JUNE, AsOf.recordTime(Instant.parse("2026-07-05T00:00:00Z")));
        return s.size();
    }

    /**
     * June as of 30 June (business date), with later corrections.
     *
     * @return the number of standings
     */
    @Benchmark
    public int juneAsOfBusinessDate() {
        Standings s = ledger.standings(JUNE, AsOf.businessDate(LocalDate.parse("2026-06-30")));
        return s.size();
    }
}
