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
 * written month by month with a snapshot of each month's period at its end; the query asks for
 * June as known on 5 July (its last entries are recorded in the first days of July).(record time), or as of its last business day, so it starts
 * from June's snapshot and skips the second half of the year by its per-position times.
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

    /** Writes the ledger with monthly snapshots. */
    @Setup(Level.Trial)
    public void build() {
        dir = BenchJournals.tempDir();
        ledger = BenchJournals.open(dir, FsyncPolicy.NONE);
        List<Entry> batch = new ArrayList<>(10_000);
        String[] month = {"2026-01"};
        SampleEntries.generate(size, BenchJournals.SEED, e -> {
            if (!e.period().value().equals(month[0])) {
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
