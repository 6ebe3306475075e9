// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.benchmarks.ledger;

import io.github.laborcontest.ledger.FsyncPolicy;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.Standings;
import io.github.laborcontest.ledger.VerificationReport;
import java.nio.file.Path;
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
 * Opening a journal of {@code size} entries (target: 10,000,000 in under 10 s, under 4 GB): open
 * reads every record, checks its CRC32C, recomputes its chain hash, decodes it and folds it
 * (decoding on two threads, each half of the standing keys folded on its own thread);
 * {@code openVerifyFold} then also re-reads
 * and re-hashes the whole chain with {@code verify()} and materialises the standings.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class LedgerOpenBenchmark {

    /** The number of entries in the journal. */
    @Param({"1000000"})
    public long size;

    Path dir;
    Ledger retained;

    /** Writes the journal once per size (kept in the temp directory for later runs). */
    @Setup(Level.Trial)
    public void journal() {
        dir = BenchJournals.journal(size);
    }

    /**
     * Open (which verifies every hash and folds) and materialise the standings.
     *
     * @return the number of standings
     */
    @Benchmark
    public int openFold() {
        Ledger l = BenchJournals.open(dir, FsyncPolicy.NONE);
        if (l.size() != size || !l.openReport().clean()) {
            throw new IllegalStateException("journal not as written: " + l.size() + " " + l.openReport());
        }
        Standings s = l.standings();
        retained = l;
        return s.size();
    }

    /** Prints the heap the open ledger retains (after a full GC), then closes it. */
    @TearDown(Level.Iteration)
    public void measureAndClose() {
        if (retained == null) {
            return;
        }
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf(
                "%n[ledger] open ledger of %d entries retains %.0f MiB of heap (max %.0f MiB)%n",
                size, used / 1048576.0, rt.maxMemory() / 1048576.0);
        retained.close();
        retained = null;
    }

    /**
     * Open, verify the whole chain once more from disk, and materialise the standings.
     *
     * @return the number of standings
     */
    @Benchmark
    public int openVerifyFold() {
        try (Ledger l = BenchJournals.open(dir, FsyncPolicy.NONE)) {
            VerificationReport r = l.verify();
            if (!r.sound() || r.checked() != size) {
                throw new IllegalStateException("not sound: " + r);
            }
            return l.standings().size();
        }
    }
}
