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

/**
 * Opening a journal of {@code size} entries (target: 10,000,000 in under 10 s, under 4 GB): open
 * reads every record, checks its CRC32C, recomputes its chain hash, decodes it and folds it (on
 * two threads, merging batch folds in chain order); {@code openVerifyFold} then also re-reads
 * and re-hashes the whole chain with {@code verify()} and materialises the standings.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class LedgerOpenBenchmark {

  /** The number of entries in the journal. */
  @Param({"1000000"})
  public long size;

  Path dir;

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
    try (Ledger l = BenchJournals.open(dir, FsyncPolicy.NONE)) {
      if (l.size() != size || !l.openReport().clean()) {
        throw new IllegalStateException("journal not as written: " + l.size() + " " + l.openReport());
      }
      Standings s = l.standings();
      return s.size();
    }
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
