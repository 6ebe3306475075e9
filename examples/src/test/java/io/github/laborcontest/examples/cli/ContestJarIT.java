// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code target/contest.jar} as a user would, with {@code java -jar}. Run by
 * failsafe in the {@code integration-test} phase, after the jar is built; the jar's path comes
 * from the {@code contest.jar} system property, and a missing jar fails the test.
 */
class ContestJarIT {

    record Result(int code, String out, String err) {}

    private static Result contest(String... args) throws IOException, InterruptedException {
        return contestWithInput(null, args);
    }

    private static Result contestWithInput(Path input, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("contest.jar", "target/contest.jar"));
        assertThat(jar).as("the packaged tool").isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("contest-out", ".txt");
        Path err = Files.createTempFile("contest-err", ".txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(input != null ? input.toFile() : new File("/dev/null")))
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS))
                .as("finished within a minute")
                .isTrue();
        Result r = new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void theJarListsThePluginSetThroughTheMergedServiceFiles() throws Exception {
        Result r = contest("sets", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("park-city,2026.1,key-project,公园城市建设专项竞赛指标体系（示例插件）")
                .contains("six-comparisons,2026.1")
                .contains("example.park-city")
                .contains("contest.builtin");
        assertThat(r.err()).as("no log noise").isEmpty();
    }

    @Test
    void theJarValidatesTheDataFilesAndReportsBadInputAndBadUsage() throws Exception {
        Result ok = contest("validate", "data/skill-plan.yaml", "--lang", "en");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("✓ data/skill-plan.yaml  competition  qd-2026-welding");

        Result bad = contest("validate", "data/no-such-file.json");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).contains("无法读取文件");

        Result usage = contest("validate", "--no-such-option", "data/skill-plan.yaml");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("Unknown option");
    }

    @Test
    void theJarAppendsFromStandardInputAndWritesTheResultsPage(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("journal");
        Result append = contestWithInput(
                Path.of("data/ledger-sample.jsonl"), "ledger", "--journal", journal.toString(), "append");
        assertThat(append.code()).as(append.err()).isZero();
        long entries = Files.readAllLines(Path.of("data/ledger-sample.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .count();
        assertThat(append.out().lines().filter(l -> l.startsWith("ok "))).hasSize((int) entries);
        Result verify = contest("ledger", "verify", "--journal", journal.toString());
        assertThat(verify.code()).isZero();
        // the generic sample ledger does not fit the key-project plan's indicator set: the bridge's
        // messages (their own resource bundle) come out of the shaded jar rendered, not as codes
        Result fromLedger = contest("rank", "data/key-project-plan.json", "--journal", journal.toString());
        assertThat(fromLedger.code()).isEqualTo(1);
        assertThat(fromLedger.err()).contains("不在竞赛的指标体系中").doesNotContain("bridge.");

        Path html = dir.resolve("results.html");
        Result report = contest(
                "report",
                "data/safety-plan.json",
                "data/safety-measurements.json",
                "--awards",
                "data/safety-awards.json",
                "--facts",
                "data/safety-facts.json",
                "-o",
                html.toString(),
                "--lang",
                "en");
        assertThat(report.code()).as(report.out() + report.err()).isZero();
        assertThat(Files.readString(html)).contains("<svg ").contains("Ankang Cup");
    }
}
