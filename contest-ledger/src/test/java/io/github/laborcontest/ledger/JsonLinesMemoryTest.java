// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory, not time: a child JVM with a 256 MB heap checks a 300,000-entry JSON Lines file (about
 * 108 MB, as {@code contest ledger generate --count 300000} writes it) and appends it to a
 * journal. The whole file as text would need more than that heap (UTF-16 with Chinese reasons),
 * so this passes only if reading streams.
 */
class JsonLinesMemoryTest {

    static final int COUNT = 300_000;

    @TempDir
    Path dir;

    @Test
    void aLargeFileIsCheckedAndAppendedInA256MbHeap() throws Exception {
        Path file = dir.resolve("entries.jsonl");
        try (Writer w = new BufferedWriter(
                new java.io.OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            SampleEntries.generate(COUNT, 20261124L, e -> {
                try {
                    w.write(LedgerJson.toJsonLine(e));
                    w.write('\n');
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
        assertThat(Files.size(file)).isGreaterThan(100_000_000L);
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Child.class.getName(),
                        file.toString(),
                        dir.resolve("journal").toString())
                .redirectErrorStream(true)
                .start();
        List<String> out = new ArrayList<>();
        try (var r = new java.io.BufferedReader(
                new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().forEach(out::add);
        }
        assertThat(child.waitFor(20, TimeUnit.MINUTES)).isTrue();
        assertThat(out).hasSize(3);
        assertThat(Long.parseLong(out.get(0).substring("max heap ".length()))).isLessThanOrEqualTo(256L << 20);
        assertThat(out.subList(1, 3)).containsExactly("checked " + COUNT, "appended " + COUNT);
        assertThat(child.exitValue()).isZero();
    }

    /** The child: checks the file, then appends it to a new journal in batches of 1,000. */
    static final class Child {
        private Child() {}

        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            System.out.println("max heap " + Runtime.getRuntime().maxMemory());
            try (InputStream in = Files.newInputStream(file)) {
                System.out.println("checked " + LedgerJson.check(in).get());
            }
            long[] appended = {0};
            try (Ledger ledger = Ledgers.openJournal(Path.of(args[1])).get();
                    InputStream in = Files.newInputStream(file)) {
                List<Entry> batch = new ArrayList<>();
                LedgerJson.readEach(in, new LedgerJson.LineSink() {
                    @Override
                    public void entry(int lineNumber, Entry entry) {
                        batch.add(entry);
                        if (batch.size() == 1000) {
                            flush();
                        }
                    }

                    @Override
                    public void bad(
                            int lineNumber,
                            String line,
                            io.vavr.collection.Seq<io.github.laborcontest.model.problem.Problem> problems) {
                        throw new IllegalStateException("line " + lineNumber + ": " + problems);
                    }

                    void flush() {
                        ledger.appendBatch(batch).forEach(a -> {
                            if (a.isLeft()) {
                                throw new IllegalStateException(a.getLeft().toString());
                            }
                            appended[0]++;
                        });
                        batch.clear();
                    }

                    @Override
                    public void caughtUp() {
                        if (!batch.isEmpty()) {
                            flush();
                        }
                    }
                });
                if (!batch.isEmpty()) {
                    ledger.appendBatch(batch).forEach(a -> appended[0]++);
                }
            }
            System.out.println("appended " + appended[0]);
        }
    }
}
