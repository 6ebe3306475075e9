// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contest ledger checkpoint} and {@code contest ledger verify --checkpoint FILE…}, as an organiser runs them. */
class LedgerCheckpointCliTest {

    @TempDir
    Path tmp;

    private Path journal() {
        return tmp.resolve("journal");
    }

    private CliRun ledger(String... args) {
        List<String> all =
                new ArrayList<>(List.of("ledger", "--journal", journal().toString()));
        all.addAll(List.of(args));
        all.addAll(List.of("--lang", "en"));
        return CliRun.of(all.toArray(String[]::new));
    }

    private void appendSample(int from, int to) throws Exception {
        List<String> lines =
                Files.readAllLines(Path.of("data/ledger-sample.jsonl")).subList(from, to);
        Path in = tmp.resolve("in-" + from + ".jsonl");
        Files.write(in, lines);
        assertThat(ledger("append", "--input", in.toString()).code()).isZero();
    }

    @Test
    void theUntouchedAndTheGrownJournalExtendTheCheckpoint() throws Exception {
        appendSample(0, 40);
        Path cp = tmp.resolve("cp.json");
        CliRun made = ledger("checkpoint", "-o", cp.toString());
        assertThat(made.code()).isZero();
        assertThat(made.out()).startsWith("checkpoint 40 ");
        assertThat(Files.readString(cp))
                .startsWith("{\"format\":\"contest-ledger-checkpoint\",\"version\":1,\"entries\":40,");
        CliRun v = ledger("verify", "--checkpoint", cp.toString());
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("extends " + cp + " 40 ").contains("\nsound 40 ");
        appendSample(40, 60);
        CliRun grown = ledger("verify", "--checkpoint", cp.toString());
        assertThat(grown.code()).isZero();
        assertThat(grown.out()).contains("extends " + cp + " 40 ").contains("sound 60 ");
        // to standard output: the document itself
        assertThat(ledger("checkpoint").out())
                .startsWith("{\"format\":\"contest-ledger-checkpoint\"")
                .contains("\"entries\":60");
    }

    @Test
    void deletingTheLastSegmentAndTheHeadFileFails() throws Exception {
        appendSample(0, 40);
        Path cp = tmp.resolve("cp.json");
        assertThat(ledger("checkpoint", "-o", cp.toString()).code()).isZero();
        // with the CLI's 64 MiB segments the journal has one segment: deleting it and the head file
        // leaves an empty journal that is sound in itself (CheckpointTest cuts one of several)
        appendSample(40, 60);
        Path cp60 = tmp.resolve("cp60.json");
        assertThat(ledger("checkpoint", "-o", cp60.toString()).code()).isZero();
        List<Path> segments;
        try (Stream<Path> s = Files.list(journal())) {
            segments = s.filter(p -> p.toString().endsWith(".journal")).sorted().toList();
        }
        Path last = segments.get(segments.size() - 1);
        Files.delete(last);
        Files.delete(journal().resolve("journal.head"));
        CliRun alone = ledger("verify");
        assertThat(alone.code()).as("the chain alone sees nothing").isZero();
        CliRun v = ledger("verify", "--checkpoint", cp.toString(), cp60.toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out())
                .contains("not-extended " + cp + " $.entries: the ledger does not extend the checkpoint 40 ")
                .contains("truncated: the journal holds 0")
                .contains("not-extended " + cp60);
    }

    @Test
    void anExportEditDeleteReimportRewriteFails() throws Exception {
        appendSample(0, 60);
        Path cp = tmp.resolve("cp.json");
        assertThat(ledger("checkpoint", "-o", cp.toString()).code()).isZero();
        CliRun export = ledger("export", "--format", "jsonl");
        List<String> lines = new ArrayList<>(export.out().lines().toList());
        assertThat(lines).hasSize(60);
        lines.set(5, lines.get(5).replaceFirst("\"amount\":[0-9.]+", "\"amount\":100"));
        lines.remove(30);
        try (Stream<Path> s = Files.walk(journal())) {
            for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Path edited = tmp.resolve("edited.jsonl");
        Files.write(edited, lines, StandardCharsets.UTF_8);
        assertThat(ledger("append", "--input", edited.toString()).code()).isZero();
        assertThat(ledger("verify").out()).startsWith("sound 59 ");
        CliRun v = ledger("verify", "--checkpoint", cp.toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains("not-extended " + cp).contains("truncated: the journal holds 59");
    }

    @Test
    void aKeySignsTheCheckpointAndVerifyChecksIt() throws Exception {
        appendSample(0, 10);
        Path key = tmp.resolve("key");
        Files.write(key, "organiser-secret-0123456789".getBytes(StandardCharsets.UTF_8));
        Path cp = tmp.resolve("cp.json");
        assertThat(ledger("checkpoint", "-o", cp.toString(), "--key", key.toString())
                        .out())
                .endsWith(" hmac\n");
        assertThat(ledger("verify", "--checkpoint", cp.toString(), "--key", key.toString())
                        .out())
                .contains(" hmac-valid");
        assertThat(ledger("verify", "--checkpoint", cp.toString()).out()).contains(" hmac-not-checked");
        Files.writeString(cp, Files.readString(cp).replace("\"entries\":10", "\"entries\":9"));
        CliRun forged = ledger("verify", "--checkpoint", cp.toString(), "--key", key.toString());
        assertThat(forged.code()).isEqualTo(1);
        assertThat(forged.out()).contains("hmac-invalid");
        Files.write(key, new byte[8]);
        CliRun shortKey = ledger("verify", "--checkpoint", cp.toString(), "--key", key.toString());
        assertThat(shortKey.code()).isEqualTo(2);
        assertThat(shortKey.out()).contains("has 8 bytes; at least 16 are needed");
    }

    @Test
    void aBadCheckpointFileOrAMissingJournalIsExitTwo() throws Exception {
        Path cp = tmp.resolve("cp.json");
        Files.writeString(cp, "{\"format\":\"contest-ledger-checkpoint\",\"version\":1,\"entries\":\"x\"}");
        CliRun bad = ledger("verify", "--checkpoint", cp.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).contains("$.entries").contains("$.head").contains("$.time");
        CliRun none = ledger("checkpoint");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no such journal directory");
        assertThat(Files.exists(journal())).isFalse();
    }
}
