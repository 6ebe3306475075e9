// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwardsAndLedgerCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun withInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ContestCli.run(
                args,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void awardsRecommendsTheFirstPlaceForTheMedalAndSaysWhyTheSecondIsNotATechnicalExpert() throws Exception {
        CliRun run = CliRun.of(
                "awards",
                "data/skill-plan.json",
                "data/skill-candidates.json",
                "--awards",
                "data/skill-awards.json",
                "--format",
                "json",
                "--lang",
                "en");
        assertThat(run.code()).as(run.out()).isZero();
        JsonNode results = JSON.readTree(run.out()).get("results");
        JsonNode medal = results.get(0);
        assertThat(medal.get("award").asText()).isEqualTo("qingdao-may-day-medal");
        // W-009 is first (89.87) in data/skill-candidates.json
        assertThat(medal.get("decisions").get(0).get("participant").asText()).isEqualTo("W-009");
        assertThat(medal.get("decisions").get(0).get("selection").asText()).isEqualTo("selected");
        JsonNode expert = results.get(1);
        assertThat(expert.get("award").asText()).isEqualTo("technical-expert");
        // W-002 is second but has a disciplinary record (data/skill-candidates.json): not eligible
        JsonNode w002 = expert.get("decisions").get(1);
        assertThat(w002.get("participant").asText()).isEqualTo("W-002");
        assertThat(w002.get("selection").asText()).isEqualTo("not-eligible");
        assertThat(w002.toString()).contains("disciplinary");
    }

    @Test
    void awardsWithBadUsageOrInput() {
        assertThat(CliRun.of("awards", "data/skill-plan.json").code()).isEqualTo(2);
        assertThat(CliRun.of("awards", "data/skill-plan.json", "data/skill-candidates.json", "--format", "xml")
                        .code())
                .isEqualTo(2);
        CliRun missing = CliRun.of("awards", "data/skill-plan.json", "data/no-such.json");
        assertThat(missing.code()).isEqualTo(ContestCli.UNREADABLE);
        assertThat(missing.out()).contains("无法读取文件");
    }

    @Test
    void ledgerGenerateAppendVerifyExportStandings(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample.jsonl");
        Path journal = dir.resolve("journal");
        assertThat(CliRun.of("ledger", "generate", "--count", "20", "--seed", "7", "-o", sample.toString())
                        .code())
                .isZero();
        List<String> lines = Files.readAllLines(sample);
        assertThat(lines).hasSize(20);

        // append from standard input: one "ok <id>" per entry
        CliRun append = withInput(Files.readString(sample), "ledger", "--journal", journal.toString(), "append");
        assertThat(append.code()).as(append.err()).isZero();
        assertThat(append.out().lines().toList()).hasSize(20).allMatch(l -> l.startsWith("ok "));
        // re-sending is idempotent: ok again, nothing recorded twice
        CliRun again = CliRun.of("ledger", "append", "--journal", journal.toString(), "--input", sample.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEqualTo(append.out());

        CliRun verify = CliRun.of("ledger", "verify", "--journal", journal.toString());
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).startsWith("sound 20 ");

        CliRun export = CliRun.of("ledger", "export", "--journal", journal.toString(), "--format", "jsonl");
        assertThat(export.code()).isZero();
        List<String> exported = export.out().lines().toList();
        assertThat(exported).hasSize(20);
        for (String l : exported) {
            assertThat(JSON.readTree(l).has("id")).isTrue();
        }
        CliRun csv = CliRun.of("ledger", "export", "--journal", journal.toString(), "--format", "csv");
        assertThat(csv.out().lines().count()).isEqualTo(21);

        CliRun standings = CliRun.of(
                "ledger", "standings", "--journal", journal.toString(), "--as-of", "2026-12-31", "--format", "json");
        assertThat(standings.code()).as(standings.err()).isZero();
        assertThat(JSON.readTree(standings.out()).get("standings").isArray()).isTrue();
    }

    @Test
    void ledgerRefusesBadLinesAndGoesOn(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample.jsonl");
        CliRun.of("ledger", "generate", "--count", "3", "-o", sample.toString());
        List<String> lines = Files.readAllLines(sample);
        String input = lines.get(0) + "\n{\"id\": \"X-1\", \"not\": \"an entry\"}\n" + lines.get(1) + "\n";
        CliRun run = withInput(
                input, "ledger", "append", "--journal", dir.resolve("j").toString(), "--input", "-");
        assertThat(run.code()).isEqualTo(1);
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).startsWith("ok ");
        assertThat(out.get(1)).startsWith("refused X-1 ");
        assertThat(out.get(2)).startsWith("ok ");
    }

    @Test
    void ledgerVerifyNamesTheFirstAlteredEntry(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("sample.jsonl");
        Path journal = dir.resolve("j");
        CliRun.of("ledger", "generate", "--count", "10", "-o", sample.toString());
        assertThat(CliRun.of("ledger", "append", "--journal", journal.toString(), "-i", sample.toString())
                        .code())
                .isZero();
        assertThat(CliRun.of("ledger", "verify", "--journal", journal.toString())
                        .code())
                .isZero();
        // alter one byte inside the last record's payload (not its framing)
        Path segment;
        try (var s = Files.list(journal)) {
            segment = s.filter(p -> p.getFileName().toString().endsWith(".journal"))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(segment);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("\"amount\":") + "\"amount\":".length();
        bytes[at] = (byte) (bytes[at] == '1' ? '2' : '1');
        Files.write(segment, bytes);
        CliRun verify = CliRun.of("ledger", "verify", "--journal", journal.toString(), "--lang", "en");
        assertThat(verify.code()).as(verify.out() + verify.err()).isEqualTo(1);
        assertThat(verify.out()).contains("bad");
    }

    @Test
    void ledgerBadUsage() {
        assertThat(CliRun.of("ledger").code()).isEqualTo(2);
        assertThat(CliRun.of("ledger", "generate", "--count", "3").code()).isEqualTo(2);
        assertThat(CliRun.of("ledger", "export", "--format", "xml").code()).isEqualTo(2);
        assertThat(CliRun.of("ledger", "standings", "--as-of", "yesterday").code())
                .isEqualTo(2);
    }
}
