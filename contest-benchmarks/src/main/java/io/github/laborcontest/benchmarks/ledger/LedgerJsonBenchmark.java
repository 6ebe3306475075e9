// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.benchmarks.ledger;

import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.LedgerJson;
import io.github.laborcontest.ledger.SampleEntries;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON Lines parsed and validated (target ≥ 150 MB/s): {@link LedgerJson#readEach} over the bytes
 * of {@code size} sample entries (as {@code contest ledger generate} writes them, about 360 bytes
 * a line), every line parsed, bound to an {@link Entry} and checked ({@code Entries.check}), as
 * {@code contest validate} and {@code ledger append} do. The secondary score {@code megabytes}
 * is the throughput in MB (10⁶ bytes) of JSON per second; the primary score is passes over the
 * file per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LedgerJsonBenchmark {

    /** The JSON Lines, generated once. */
    @State(Scope.Benchmark)
    public static class Lines {
        /** How many entries. */
        @Param({"100000"})
        public int size;

        byte[] bytes;

        /** Generates the entries and writes them as JSON Lines. */
        @Setup(Level.Trial)
        public void generate() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SampleEntries.generate(size, 20261124L, e -> {
                out.writeBytes(LedgerJson.toJsonLine(e).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            });
            bytes = out.toByteArray();
        }
    }

    /** The bytes read, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Read {
        /** Megabytes (10⁶ bytes) of JSON Lines read. */
        public double megabytes;
    }

    /**
     * One pass over the file, entries handed to a black hole.
     *
     * @param lines the file
     * @param read the counter
     * @param bh the black hole
     */
    @Benchmark
    public void parseAndValidate(Lines lines, Read read, Blackhole bh) {
        LedgerJson.readEach(new ByteArrayInputStream(lines.bytes), new LedgerJson.LineSink() {
            @Override
            public void entry(int lineNumber, Entry entry) {
                bh.consume(entry);
            }

            @Override
            public void bad(int lineNumber, String line, Seq<Problem> problems) {
                throw new IllegalStateException("line " + lineNumber + ": " + problems);
            }
        });
        read.megabytes += lines.bytes.length / 1e6;
    }
}
