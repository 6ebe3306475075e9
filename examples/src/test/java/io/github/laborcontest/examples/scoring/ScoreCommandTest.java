// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores the example data files and prints rankings with explanations. */
class ScoreCommandTest {
    static final Path DATA = Path.of("data");

    record Run(int code, String out) {}

    static Run run(String plan, String measurements, String period, Locale lang, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = ScoreCommand.run(DATA.resolve(plan), null, DATA.resolve(measurements), period, out, lang, format);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void skillContestPrintsARankingWithExplanations() {
        Run r = run("skill-plan.json", "skill-measurements.json", "2026-event", Locale.CHINESE, "table");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out())
                .contains("名次 | 参赛者 | 名称 | 总分 | 等级 | 说明")
                .contains("评委分")
                .contains("总分");
        Run en = run("skill-plan.json", "skill-measurements.json", "2026-event", Locale.ENGLISH, "table");
        assertThat(en.out()).contains("rank | participant").contains("trimmed mean");
    }

    @Test
    void keyProjectsQuarterAsCsvAndJsonAreDeterministic() {
        Run csv = run("key-project-plan.json", "key-project-measurements.json", "2026-Q1", Locale.ENGLISH, "csv");
        assertThat(csv.code()).as(csv.out()).isZero();
        assertThat(csv.out().lines().findFirst()).contains("rank,participant,name,total,grade,note");
        Run a = run("key-project-plan.json", "key-project-measurements.json", "2026-Q1", Locale.ENGLISH, "json");
        Run b = run("key-project-plan.json", "key-project-measurements.json", "2026-Q1", Locale.ENGLISH, "json");
        assertThat(a.code()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).contains("\"overall\"");
    }

    @Test
    void cumulativeTotalIsRanked() {
        Run r = run(
                "key-project-plan.json",
                "key-project-measurements.json",
                ScoreCommand.CUMULATIVE,
                Locale.ENGLISH,
                "TABLE");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out())
                .contains("Cumulative ranking")
                .contains("rank | participant")
                .contains("participant | period | total | counted | weight | contributes")
                .contains("2026-Q1")
                .contains("2026-Q2");
    }

    @Test
    void badInputGivesExitCodeOneWithProblems(@TempDir Path dir) throws Exception {
        Path ms = dir.resolve("ms.json");
        Files.writeString(
                ms,
                "[{\"participant\":\"nobody\",\"indicator\":\"theory.exam\",\"period\":\"2026-event\",\"value\":50}]");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ScoreCommand.run(
                DATA.resolve("skill-plan.json"),
                null,
                ms,
                "2026-event",
                new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Locale.ENGLISH,
                "table");
        assertThat(code).isEqualTo(ScoreCommand.INVALID);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("names participant \"nobody\"");
        assertThat(run("skill-plan.json", "missing.json", "2026-event", Locale.ENGLISH, "table")
                        .code())
                .isEqualTo(ScoreCommand.UNREADABLE);
    }
}
