// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score} and {@code rank} from a ledger journal ({@code --journal DIR [--as-of …]}), alone
 * or with a measurements file for what the ledger cannot carry (judge marks).
 *
 * <p>The worked example, on data/skill-plan.json (skill-contest@2026.1: total = 0.3 × theory + 0.7
 * × practical; practical = trimmed mean of the marks − 2 per overtime occurrence; cheating is a
 * veto for the contest), period 2026-event:
 *
 * <pre>
 * ledger: L-1 W-001 theory 85 (09-20 10:00), L-2 W-001 theory 80 (11:00), R-1 reverses L-1 (11:00:01)
 *         L-3 W-002 theory 90 (10:00)
 *         L-4 W-001 points-deducted 6 on practical.overtime-minutes (09-21 09:00) → 6 / 2 = 3 occurrences
 *         L-5 W-003 veto naming no indicator (09-21 09:30) → the set's only veto indicator, veto.cheating
 * file:   W-001 marks 70, 80, 90 → 80; W-002 marks 60, 70, 100 → 70
 *
 * latest:              W-001 = 0.3 × 80 + 0.7 × (80 − 3 × 2) = 24 + 51.8 = 75.80
 *                      W-002 = 0.3 × 90 + 0.7 × 70          = 27 + 49   = 76.00  → W-002 first
 *                      W-003 disqualified (veto.cheating)
 * as of 09-20T23:59Z:  W-001 = 24 + 56 = 80.00 (no deduction yet), W-002 76.00 → W-001 first; W-003 ranked
 * </pre>
 */
class ScoreFromLedgerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path journal;
    static Path marks;

    private static String entry(String id, String participant, String type, String extra, String at) {
        return "{\"schemaVersion\":2,\"id\":\"" + id + "\",\"competition\":\"qd-2026-welding\",\"participant\":\""
                + participant + "\",\"period\":\"2026-event\",\"type\":\"" + type + "\"," + extra
                + ",\"evidence\":[],\"actor\":{\"id\":\"judge-01\",\"role\":\"chief-judge\",\"organisation\":\"市总工会\"},"
                + "\"businessDate\":\"" + at.substring(0, 10) + "\",\"recordedAt\":\"" + at + "\"}\n";
    }

    @BeforeAll
    static void writeJournalAndMarks() throws Exception {
        Path jsonl = dir.resolve("entries.jsonl");
        Files.writeString(
                jsonl,
                entry(
                                "L-1",
                                "W-001",
                                "measurement",
                                "\"indicator\":\"theory.exam\",\"amount\":85",
                                "2026-09-20T10:00:00Z")
                        + entry(
                                "L-2",
                                "W-001",
                                "measurement",
                                "\"indicator\":\"theory.exam\",\"amount\":80",
                                "2026-09-20T11:00:00Z")
                        + entry(
                                "R-1",
                                "W-001",
                                "reversal",
                                "\"reason\":\"登记有误\",\"reverses\":\"L-1\",\"replacement\":\"L-2\"",
                                "2026-09-20T11:00:01Z")
                        + entry(
                                "L-3",
                                "W-002",
                                "measurement",
                                "\"indicator\":\"theory.exam\",\"amount\":90",
                                "2026-09-20T10:00:00Z")
                        + entry(
                                "L-4",
                                "W-001",
                                "points-deducted",
                                "\"indicator\":\"practical.overtime-minutes\",\"amount\":6,\"reason\":\"超时 3 次\"",
                                "2026-09-21T09:00:00Z")
                        + entry("L-5", "W-003", "veto", "\"reason\":\"考试作弊\"", "2026-09-21T09:30:00Z"));
        journal = dir.resolve("journal");
        CliRun append = CliRun.of("ledger", "append", "--journal", journal.toString(), "--input", jsonl.toString());
        assertThat(append.code()).as(append.out() + append.err()).isZero();
        marks = dir.resolve("marks.json");
        Files.writeString(marks, """
        [ {"participant": "W-001", "indicator": "practical.judged", "period": "2026-event", "marks": [70, 80, 90]},
          {"participant": "W-002", "indicator": "practical.judged", "period": "2026-event", "marks": [60, 70, 100]} ]
        """);
    }

    @Test
    void rankFromTheLedgerAndAMarksFileGivesTheHandComputedRanking() throws Exception {
        CliRun run = CliRun.of(
                "rank",
                "data/skill-plan.json",
                marks.toString(),
                "--journal",
                journal.toString(),
                "--period",
                "2026-event",
                "--format",
                "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows.get(0).get("participant").asText()).isEqualTo("W-002");
        assertThat(rows.get(0).get("total").decimalValue()).isEqualByComparingTo("76.00");
        assertThat(rows.get(1).get("participant").asText()).isEqualTo("W-001");
        assertThat(rows.get(1).get("rank").asInt()).isEqualTo(2);
        assertThat(rows.get(1).get("total").decimalValue()).isEqualByComparingTo("75.80");
        JsonNode w3 = null;
        for (JsonNode r : rows) {
            if (r.get("participant").asText().equals("W-003")) {
                w3 = r;
            }
        }
        assertThat(w3).isNotNull();
        assertThat(w3.hasNonNull("rank")).isFalse();
        assertThat(w3.get("note").asText()).contains("veto.cheating");
    }

    @Test
    void asOfARecordTimeTheDeductionAndTheVetoAreNotYetThere() throws Exception {
        CliRun run = CliRun.of(
                "rank",
                "data/skill-plan.json",
                marks.toString(),
                "--journal",
                journal.toString(),
                "--as-of",
                "2026-09-20T23:59:59Z",
                "--format",
                "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows.get(0).get("participant").asText()).isEqualTo("W-001");
        assertThat(rows.get(0).get("total").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(rows.get(1).get("total").decimalValue()).isEqualByComparingTo("76.00");
        assertThat(run.out()).doesNotContain("veto.cheating");
    }

    @Test
    void scoreFromTheLedgerExplainsTheDeduction() {
        CliRun run = CliRun.of(
                "score",
                "data/skill-plan.json",
                marks.toString(),
                "--journal",
                journal.toString(),
                "--period",
                "2026-event",
                "--lang",
                "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("75.80").contains("76.00").contains("practical.overtime-minutes");
    }

    @Test
    void theLedgerAloneScoresWhatItCarries() throws Exception {
        // without the marks the practical part is 0: W-002 = 0.3 × 90 = 27.00, W-001 = 24 + 0.7 × max(0, 0 − 6)
        // = 24.00 (the dimension floor is 0)
        CliRun run = CliRun.of(
                "rank",
                "data/skill-plan.json",
                "--journal",
                journal.toString(),
                "--period",
                "2026-event",
                "--format",
                "csv");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("1,W-002,")
                .contains(",27.00,")
                .contains("2,W-001,")
                .contains(",24.00,");
    }

    @Test
    void aValueInTheLedgerAndInTheFileIsAConflictNamedInChineseAndEnglish() throws Exception {
        Path both = dir.resolve("both.json");
        Files.writeString(both, """
        [ {"participant": "W-001", "indicator": "practical.judged", "period": "2026-event", "marks": [70, 80, 90]},
          {"participant": "W-001", "indicator": "theory.exam", "period": "2026-event", "value": 81} ]
        """);
        CliRun zh = CliRun.of("score", "data/skill-plan.json", both.toString(), "--journal", journal.toString());
        assertThat(zh.code()).isEqualTo(1);
        assertThat(zh.err())
                .contains("$[1] [W-001]: 指标“theory.exam”在周期 2026-event 既有台账记录又有测量数据文件中的值；同一参赛者、指标、周期只能有一个来源");
        CliRun en = CliRun.of(
                "rank", "data/skill-plan.json", both.toString(), "--journal", journal.toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(1);
        assertThat(en.err())
                .contains("$[1] [W-001]: indicator \"theory.exam\" in period 2026-event has a value in the ledger and"
                        + " one in the measurements file");
    }

    @Test
    void aJournalWithoutTheCompetitionIsAProblem(@TempDir Path tmp) throws Exception {
        Path empty = tmp.resolve("empty-journal");
        Files.createDirectories(empty);
        CliRun run = CliRun.of(
                "score", "data/skill-plan.json", "--journal", empty.toString(), "--format", "json", "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(JSON.readTree(run.out())
                        .get("problems")
                        .get(0)
                        .get("message")
                        .get("en")
                        .asText())
                .contains("has no entries of competition qd-2026-welding (as of latest)");
    }

    @Test
    void aMissingJournalIsUnreadableAndUsageErrorsExitTwo(@TempDir Path tmp) {
        CliRun missing = CliRun.of(
                "score",
                "data/skill-plan.json",
                "--journal",
                tmp.resolve("nope").toString(),
                "--lang",
                "en");
        assertThat(missing.code()).isEqualTo(ContestCli.UNREADABLE);
        assertThat(missing.err()).contains("cannot read file").contains("not a journal directory");
        assertThat(Files.exists(tmp.resolve("nope"))).isFalse();
        CliRun zh = CliRun.of(
                "rank", "data/skill-plan.json", "--journal", tmp.resolve("nope").toString());
        assertThat(zh.code()).isEqualTo(2);
        assertThat(zh.err()).contains("无法读取文件").contains("不是台账日志目录");

        assertThat(CliRun.of("score", "data/skill-plan.json").err()).contains("--journal");
        assertThat(CliRun.of("score", "data/skill-plan.json").code()).isEqualTo(ContestCli.USAGE);
        CliRun asOfAlone = CliRun.of("rank", "data/skill-plan.json", marks.toString(), "--as-of", "2026-09-20");
        assertThat(asOfAlone.code()).isEqualTo(2);
        assertThat(asOfAlone.err()).contains("--as-of needs --journal");
        assertThat(CliRun.of("rank", "data/skill-plan.json", "--journal", journal.toString(), "--as-of", "soon")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void theResultsPageCanBeMadeFromTheLedgerToo() throws Exception {
        Path html = dir.resolve("from-ledger.html");
        CliRun run = CliRun.of(
                "report",
                "data/skill-plan.json",
                marks.toString(),
                "--journal",
                journal.toString(),
                "--published-on",
                "2026-09-25",
                "-o",
                html.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(Files.readString(html)).contains("75.80").contains("76.00").contains("考试作弊");
    }
}
