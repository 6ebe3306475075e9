// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
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
 * Memory, not time: {@code contest validate} and {@code contest ledger append -i} of a
 * 300,000-entry file (about 108 MB, what {@code ledger generate --count 300000} writes) each run
 * in a process with a 256 MB heap. Before JSON Lines were streamed, validate read the whole file
 * as text and kept every entry, and did not fit.
 */
class LargeLedgerFileTest {

    static final int COUNT = 300_000;

    @TempDir
    Path dir;

    @Test
    void validateAndAppendOfA300000EntryFileFitIn256Mb() throws Exception {
        Path file = dir.resolve("entries.jsonl");
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(ContestCli.run(
                        new String[] {"ledger", "generate", "--count", "" + COUNT, "-o", file.toString()},
                        quiet,
                        quiet))
                .isZero();
        assertThat(Files.size(file)).isGreaterThan(100_000_000L);

        Child validate = run("validate", file.toString());
        assertThat(validate.exit()).as(validate.out().toString()).isZero();
        assertThat(validate.out()).containsExactly("✓ " + file + "  台账记录  " + COUNT);

        Child append =
                run("ledger", "append", "--journal", dir.resolve("journal").toString(), "-i", file.toString());
        assertThat(append.exit()).as(append.firstOther()).isZero();
        assertThat(append.ok()).isEqualTo(COUNT);
        assertThat(append.firstOther()).isEmpty();
    }

    /** A child's exit code and output (all lines, or for append the count of ok lines and the first other). */
    record Child(int exit, List<String> out, long ok, String firstOther) {}

    private static Child run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ContestCli.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> out = new ArrayList<>();
        long ok = 0;
        String other = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("ok E-")) {
                    ok++;
                } else {
                    if (other.isEmpty()) {
                        other = line;
                    }
                    if (out.size() < 100) {
                        out.add(line);
                    }
                }
            }
        }
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
        return new Child(p.exitValue(), out, ok, other);
    }
}
