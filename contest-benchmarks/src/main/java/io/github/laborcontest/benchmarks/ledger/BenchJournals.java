// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.benchmarks.ledger;

import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.FsyncPolicy;
import io.github.laborcontest.ledger.JournalOptions;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.LedgerOptions;
import io.github.laborcontest.ledger.Ledgers;
import io.github.laborcontest.ledger.SampleEntries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Sample journals for the benchmarks, written once per size and kept under the temp directory. */
final class BenchJournals {
    static final long SEED = 2026;

    private BenchJournals() {}

    static Ledger open(Path dir, FsyncPolicy fsync) {
        return Ledgers.openJournal(dir, JournalOptions.DEFAULT.withFsync(fsync), LedgerOptions.DEFAULT)
                .getOrElseThrow(p -> new IllegalStateException(p.message(Locale.ENGLISH)));
    }

    /** A journal of {@code n} sample entries, built if not yet there. */
    static Path journal(long n) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "contest-ledger-bench-" + n);
        Path done = dir.resolve("complete");
        if (Files.exists(done)) {
            return dir;
        }
        delete(dir);
        try (Ledger l = open(dir, FsyncPolicy.NONE)) {
            List<Entry> batch = new ArrayList<>(10_000);
            SampleEntries.generate(n, SEED, e -> {
                batch.add(e);
                if (batch.size() == 10_000) {
                    l.appendBatch(batch);
                    batch.clear();
                }
            });
            l.appendBatch(batch);
        }
        try {
            Files.writeString(done, Long.toString(n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("contest-ledger-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
