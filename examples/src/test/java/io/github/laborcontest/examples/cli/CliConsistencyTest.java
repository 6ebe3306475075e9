// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every subcommand shares: {@code ledger standings} and {@code awards} offer {@code --format
 * json|table|csv} like the others, and a file or journal that cannot be read exits 2 everywhere
 * (the rule of the multi-criteria contract), with the problem named in Chinese or English.
 */
class CliConsistencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path journal;

    /**
     * W-001: theory 80, 6 points deducted on the overtime indicator; W-003: a cheating veto. Hand
     * standings: W-001 theory.exam=80, awarded 0, deducted 6, net −6, not vetoed; W-003 vetoed.
     */
    @BeforeAll
    static void journal() throws Exception {
        Path jsonl = dir.resolve("e.jsonl");
        String head = "{\"schemaVersion\":2,\"competition\":\"qd-2026-welding\",\"period\":\"2026-event\","
                + "\"evidence\":[],\"actor\":{\"id\":\"judge-01\"},";
        Files.writeString(
                jsonl,
                head
                        + "\"id\":\"L-1\",\"participant\":\"W-001\",\"type\":\"measurement\",\"indicator\":\"theory.exam\","
                        + "\"amount\":80,\"businessDate\":\"2026-09-20\",\"recordedAt\":\"2026-09-20T10:00:00Z\"}\n"
                        + head
                        + "\"id\":\"L-4\",\"participant\":\"W-001\",\"type\":\"points-deducted\",\"indicator\":"
                        + "\"practical.overtime-minutes\",\"amount\":6,\"reason\":\"超时\",\"businessDate\":\"2026-09-21\","
                        + "\"recordedAt\":\"2026-09-21T09:00:00Z\"}\n"
                        + head
                        + "\"id\":\"L-5\",\"participant\":\"W-003\",\"type\":\"veto\",\"indicator\":\"veto.cheating\","
                        + "\"reason\":\"作弊\",\"businessDate\":\"2026-09-21\",\"recordedAt\":\"2026-09-21T09:30:00Z\"}\n");
        journal = dir.resolve("journal");
        CliRun append = CliRun.of("ledger", "append", "--journal", journal.toString(), "-i", jsonl.toString());
        assertThat(append.out()).isEqualTo("ok L-1\nok L-4\nok L-5\n");
    }

    @Test
    void ledgerStandingsAsTableCsvAndJson() throws Exception {
        CliRun csv =
                CliRun.of("ledger", "standings", "--journal", journal.toString(), "--format", "csv", "--lang", "en");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out())
                .isEqualTo("competition,period,participant,measurements,awarded,deducted,net,vetoed,findings,stage\r\n"
                        + "qd-2026-welding,2026-event,W-001,theory.exam=80,0,6,-6,no,0,\r\n"
                        + "qd-2026-welding,2026-event,W-003,,0,0,0,yes,0,\r\n");

        CliRun table = CliRun.of("ledger", "standings", "--journal", journal.toString());
        assertThat(table.code()).isZero();
        assertThat(table.out().lines().toList().get(0)).startsWith("竞赛").contains("一票否决");
        assertThat(table.out()).contains("theory.exam=80").contains("否").contains("是");

        CliRun json = CliRun.of("ledger", "standings", "--journal", journal.toString(), "--format", "json");
        JsonNode standings = JSON.readTree(json.out()).get("standings");
        assertThat(standings).hasSize(2);
        assertThat(CliRun.of("ledger", "standings", "--journal", journal.toString(), "--format", "xml")
                        .code())
                .isEqualTo(ContestCli.USAGE);
    }

    @Test
    void awardsAsCsvWithTheReasonsOfEveryDecision() {
        CliRun run = CliRun.of(
                "awards",
                "data/skill-plan.json",
                "data/skill-candidates.json",
                "--awards",
                "data/skill-awards.json",
                "--format",
                "csv");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("award,awardName,participant,name,rank,total,selection,eligibility,reasons");
        assertThat(run.out()).contains("\r\n");
        // the medal goes to the first place only; W-002 (2nd) is not eligible and the row says why
        assertThat(lines)
                .contains("qingdao-may-day-medal,青岛市五一劳动奖章推荐,W-009,周凯,1,89.87,selected,eligible,")
                .contains("qingdao-may-day-medal,青岛市五一劳动奖章推荐,W-002,李海涛,2,89.00,not-eligible,ineligible,不满足：名次 = 1");
        // W-002's disciplinary record keeps the technical-expert title from it
        assertThat(lines)
                .anyMatch(l -> l.startsWith("technical-expert,")
                        && l.contains(",W-002,")
                        && l.endsWith("不满足：排除情形（不得有）：受到纪律处分"));
        CliRun en = CliRun.of(
                "awards", "data/skill-plan.json", "data/skill-candidates.json", "--format", "csv", "--lang", "en");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("failed: ");
    }

    @Test
    void aFileThatCannotBeReadExitsTwoInEverySubcommand(@TempDir Path tmp) {
        String missing = tmp.resolve("missing.json").toString();
        List<String[]> runs = List.of(
                new String[] {"validate", missing},
                new String[] {"validate", "--against", missing, "data/skill-measurements.json"},
                new String[] {"score", "data/skill-plan.json", missing},
                new String[] {"rank", missing, "data/skill-measurements.json"},
                new String[] {"rank", "data/skill-plan.json", "data/skill-measurements.json", "--set", missing},
                new String[] {
                    "report",
                    "data/skill-plan.json",
                    missing,
                    "-o",
                    tmp.resolve("r.html").toString()
                },
                new String[] {
                    "report",
                    "data/skill-plan.json",
                    "data/skill-measurements.json",
                    "--awards",
                    "data/skill-awards.json",
                    "--facts",
                    missing,
                    "-o",
                    tmp.resolve("r.html").toString()
                },
                new String[] {"awards", "data/skill-plan.json", missing},
                new String[] {"mcda", missing},
                new String[] {"ledger", "append", "--journal", tmp.resolve("j").toString(), "-i", missing});
        for (String[] args : runs) {
            CliRun zh = CliRun.of(args);
            assertThat(zh.code())
                    .as(String.join(" ", args) + "\n" + zh.out() + zh.err())
                    .isEqualTo(2);
            assertThat(zh.out() + zh.err()).as(String.join(" ", args)).contains("missing.json");
        }
        CliRun zh = CliRun.of("score", "data/skill-plan.json", missing);
        assertThat(zh.err()).contains("无法读取文件").contains("文件不存在");
        CliRun en = CliRun.of("rank", "data/skill-plan.json", missing, "--lang", "en", "--format", "json");
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.out()).contains("cannot read file").contains("cli.file-unreadable");
    }

    @Test
    void anInvalidButReadableFileStillExitsOne(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "[ {\"participant\": \"W-001\"} ]");
        assertThat(CliRun.of("score", "data/skill-plan.json", bad.toString()).code())
                .isEqualTo(1);
        assertThat(CliRun.of("validate", bad.toString()).code()).isEqualTo(1);
        Files.writeString(bad, "{ \"alternatives\": [\"a\"] }");
        assertThat(CliRun.of("mcda", bad.toString()).code()).isEqualTo(1);
    }
}
