// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.benchmarks.ledger;

import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.FsyncPolicy;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.Ledgers;
import io.github.laborcontest.ledger.SampleEntries;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Appends: in memory one entry at a time (target ≥ 1,000,000 entries/s), and to a durable journal
 * with group commit (batches of 1,000 entries, one fsync per batch; target ≥ 200,000 entries/s).
 * Each invocation appends all entries to a fresh ledger; the score is time per entry.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class LedgerAppendBenchmark {

    static final int IN_MEMORY = 1_000_000;
    static final int DURABLE = 200_000;
    static final int BATCH = 1_000;

    /** The entries, generated once. */
    @State(Scope.Benchmark)
    public static class Entries {
        List<Entry> memory;
        List<Entry> durable;

        /** Generates the entries. */
        @Setup(Level.Trial)
        public void generate() {
            memory = SampleEntries.generate(IN_MEMORY, 1);
            durable = memory.subList(0, DURABLE);
        }
    }

    /** A fresh in-memory ledger per invocation. */
    @State(Scope.Thread)
    public static class Fresh {
        Ledger ledger;

        /**
         * Drops the previous invocation's ledger and collects it (untimed), so that an invocation
         * pays for collecting only the garbage it makes itself; then opens a new one.
         */
        @Setup(Level.Invocation)
        public void open() {
            ledger = null;
            System.gc();
            ledger = Ledgers.inMemory();
        }
    }

    /** A fresh durable journal per invocation. */
    @State(Scope.Thread)
    public static class FreshJournal {
        Path dir;
        Ledger ledger;

        /** Opens it. */
        @Setup(Level.Invocation)
        public void open() {
            dir = BenchJournals.tempDir();
            ledger = BenchJournals.open(dir, FsyncPolicy.EVERY_APPEND);
        }

        /** Closes and deletes it. */
        @TearDown(Level.Invocation)
        public void close() {
            ledger.close();
            BenchJournals.delete(dir);
        }
    }

    /**
     * One million appends to an in-memory ledger, one entry per call, then the standings: the
     * ledger folds appended entries on a second thread, so the time includes waiting for that fold
     * to take in the last entry.
     *
     * @param entries the entries
     * @param fresh the ledger
     * @return the number of standings
     */
    @Benchmark
    @OperationsPerInvocation(IN_MEMORY)
    public long inMemoryAppend(Entries entries, Fresh fresh) {
        Ledger l = fresh.ledger;
        for (Entry e : entries.memory) {
            l.append(e);
        }
        return l.standings().size();
    }

    /**
     * 200,000 durable appends in batches of 1,000 with one fsync per batch (group commit).
     *
     * @param entries the entries
     * @param fresh the journal
     * @return the size
     */
    @Benchmark
    @OperationsPerInvocation(DURABLE)
    public long durableGroupCommitAppend(Entries entries, FreshJournal fresh) {
        Ledger l = fresh.ledger;
        for (int i = 0; i < DURABLE; i += BATCH) {
            l.appendBatch(entries.durable.subList(i, i + BATCH));
        }
        return l.size();
    }
}
