// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The child JVM of {@link CrashTest}: appends sample entries from a start index with fsync per
 * append and prints {@code ok <id>} once each is durable, until it is killed.
 */
public final class CrashChild {
    private CrashChild() {}

    /**
     * Runs.
     *
     * @param args directory, start index, seed
     */
    public static void main(String[] args) {
        // if the test JVM dies without killing us, our stdin closes: stop instead of running on
        Thread watch = new Thread(
                () -> {
                    try {
                        while (System.in.read() != -1) {
                            // the parent never writes; wait for end of stream
                        }
                    } catch (java.io.IOException e) {
                        // treat as closed
                    }
                    Runtime.getRuntime().halt(3);
                },
                "parent-watch");
        watch.setDaemon(true);
        watch.start();
        Path dir = Path.of(args[0]);
        long start = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[2]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Ledger l = Ledgers.openJournal(dir, JournalOptions.DEFAULT.withSegmentBytes(64 * 1024), LedgerOptions.DEFAULT)
                .getOrElseThrow(p -> new IllegalStateException(p.message(Locale.ENGLISH)));
        out.println("ready " + l.size());
        out.flush();
        long[] i = {0};
        SampleEntries.generate(1_000_000, seed, e -> {
            if (i[0]++ < start) {
                return;
            }
            var r = l.append(e);
            if (r.isRight()) {
                out.println("ok " + e.id());
            } else {
                out.println("refused " + e.id() + " " + r.getLeft().message(Locale.ENGLISH));
            }
            out.flush();
        });
    }
}
