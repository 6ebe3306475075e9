// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContestCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void setsListsTheBuiltInSetsAndTheExternalStylePlugin() throws Exception {
        CliRun run = CliRun.of("sets", "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows.findValuesAsText("code"))
                .containsExactly("ankang-cup", "park-city", "six-comparisons", "skill-contest");
        JsonNode park = rows.get(1);
        assertThat(park.get("provider").asText()).isEqualTo("example.park-city");
        assertThat(park.get("name").get("zh").asText()).startsWith("公园城市");
        assertThat(park.get("totalPoints").decimalValue()).isEqualByComparingTo("100");
        // 4 dimensions: greening (2 indicators), facilities (2), ecology (1), satisfaction (1) = 6
        assertThat(park.get("dimensions").asInt()).isEqualTo(4);
        assertThat(park.get("indicators").asInt()).isEqualTo(6);
    }

    @Test
    void setsAsTableUsesTheChosenLanguageAndAsCsvHasAHeaderRow() {
        CliRun zh = CliRun.of("sets");
        assertThat(zh.out()).contains("代码").contains("公园城市建设专项竞赛指标体系").contains("example.park-city");
        CliRun en = CliRun.of("sets", "--lang", "en");
        assertThat(en.out()).contains("code").contains("park-city construction contest (example plugin)");
        CliRun csv = CliRun.of("sets", "--format", "csv");
        String[] lines = csv.out().split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("code,version,kind,name,totalPoints,dimensions,indicators,provider");
    }

    @Test
    void validateAcceptsACompetitionInJsonAndItsYamlTwin() {
        CliRun run = CliRun.of("validate", "data/key-project-plan.json", "data/key-project-plan.yaml");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("✓ data/key-project-plan.json").contains("✓ data/key-project-plan.yaml");
        assertThat(run.out()).contains("six-comparisons@2026.1");
    }

    @Test
    void validateListsEveryProblemAndExitsWithOne(@TempDir Path dir) throws Exception {
        // A plan without content, method and dates: three of its seven elements are missing.
        Path plan = dir.resolve("bad-plan.yaml");
        Files.writeString(plan, """
        name: 2026年测试竞赛
        scopeAndParticipants: 全市
        standardsAndRequirements: 百分制
        evaluationAndRewardMethod: 评先树优
        """);
        CliRun run = CliRun.of("validate", plan.toString(), "--format", "json");
        assertThat(run.code()).isEqualTo(ContestCli.INVALID);
        JsonNode result = JSON.readTree(run.out()).get(0);
        assertThat(result.get("document").asText()).isEqualTo("plan");
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("problems").findValuesAsText("path"))
                .containsExactlyInAnyOrder("$.contentAndGoals", "$.methodAndVehicle", "$.dates");
        assertThat(result.get("problems").findValuesAsText("code")).containsOnly("plan.element-missing");

        CliRun en = CliRun.of("validate", plan.toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(1);
        assertThat(en.out()).contains("3 problem(s)").contains("$.dates:");
    }

    @Test
    void validateReportsAnUnregisteredIndicatorSet(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("data/skill-plan.json")).replace("\"skill-contest\"", "\"no-such-set\"");
        Path file = dir.resolve("skill.json");
        Files.writeString(file, text);
        CliRun run = CliRun.of("validate", file.toString(), "--format", "csv");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("registry.unknown-set").contains("$.indicatorSet");
    }

    @Test
    void validateChecksMeasurementsAgainstTheirCompetition(@TempDir Path dir) throws Exception {
        Path ms = dir.resolve("ms.json");
        Files.writeString(ms, """
        [ {"participant": "W-001", "indicator": "theory.exam", "period": "2026-event", "value": 88},
          {"participant": "W-999", "indicator": "theory.exam", "period": "2026-Q9", "value": 70},
          {"participant": "W-002", "indicator": "no.such", "period": "2026-event", "value": 70} ]
        """);
        CliRun run = CliRun.of("validate", "--against", "data/skill-plan.json", ms.toString(), "--format", "json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()).get(0).get("problems").findValuesAsText("path"))
                .containsExactly("$[1].participant", "$[1].period", "$[2].indicator");
    }

    @Test
    void malformedAndMissingFilesAreProblemsNotStackTraces(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"plan\": ");
        CliRun run = CliRun.of(
                "validate", broken.toString(), dir.resolve("missing.json").toString());
        // an unreadable file wins over an invalid one: exit 2, every problem still listed
        assertThat(run.code()).isEqualTo(ContestCli.UNREADABLE);
        assertThat(run.out()).contains("文档格式错误").contains("无法读取文件");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(CliRun.of("validate").code()).isEqualTo(ContestCli.USAGE);
        assertThat(CliRun.of("sets", "--format", "xml").code()).isEqualTo(2);
        assertThat(CliRun.of("no-such-command").code()).isEqualTo(2);
        CliRun none = CliRun.of();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("validate").contains("sets");
    }

    @Test
    void everySubcommandHasHelp() {
        int checked = 0;
        for (var e :
                ContestCli.commandLine(System.out, System.err).getSubcommands().entrySet()) {
            String cmd = e.getKey();
            CliRun run = CliRun.of(cmd, "--help");
            assertThat(run.code()).as(cmd).isZero();
            assertThat(run.out()).as(cmd).contains("Usage: contest " + cmd);
            checked++;
            for (String sub : e.getValue().getSubcommands().keySet()) {
                CliRun nested = CliRun.of(cmd, sub, "--help");
                assertThat(nested.code()).as(cmd + " " + sub).isZero();
                assertThat(nested.out()).as(cmd + " " + sub).contains("Usage: contest " + cmd + " " + sub);
                checked++;
            }
        }
        // 10 commands (validate, sets, score, rank, report, awards, ledger, mcda, bench, help) + 5 ledger + 1 bench
        assertThat(checked).isGreaterThanOrEqualTo(16);
    }

    @Test
    void csvFollowsTheLanguageForBilingualValues() {
        assertThat(CliRun.of("sets", "--format", "csv", "--lang", "en").out())
                .contains("park-city construction contest (example plugin)");
        assertThat(CliRun.of("sets", "--format", "csv").out()).contains("公园城市建设专项竞赛指标体系（示例插件）");
    }

    @Test
    void mcdaSolvesADecisionProblemFile(@TempDir Path dir) throws Exception {
        // P1 is at least as good as the others on every criterion, P3 at most as good: by dominance
        // TOPSIS ranks P1 first and P3 last, whatever the normalisation.
        Path file = dir.resolve("problem.json");
        Files.writeString(file, """
        {"alternatives": ["P1", "P2", "P3"],
         "criteria": [{"id": "quality", "type": "benefit", "weight": 0.5},
                      {"id": "cost", "type": "cost", "weight": 0.5}],
         "matrix": [[0.9, 90], [0.8, 100], [0.7, 120]],
         "weighting": "given",
         "method": {"name": "topsis", "normalization": "vector"}}
        """);
        CliRun run = CliRun.of("mcda", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.get("ranking").toString()).isEqualTo("[1,2,3]");
        assertThat(answer.get("weights").get(0).asDouble()).isEqualTo(0.5);
    }

    @Test
    void mcdaListsTheProblemsOfAnInvalidFileAndExitsWithOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ragged.json");
        Files.writeString(file, """
        {"alternatives": ["P1", "P2"],
         "criteria": [{"id": "q", "type": "benefit", "weight": 1}],
         "matrix": [[1], [2, 3]],
         "weighting": "given",
         "method": {"name": "topsis", "normalization": "vector"}}
        """);
        CliRun run = CliRun.of("mcda", file.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("problems").contains("$.matrix[1]");
    }

    @Test
    void theSampleDecisionProblemInTheDataFolderIsSolved() throws Exception {
        CliRun run = CliRun.of("mcda", "data/mcda-problem.json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("ranking")).hasSize(5);
    }

    @Test
    void benchMcdaPrintsTheTimingJson() throws Exception {
        CliRun run = CliRun.of("bench", "mcda", "--method", "entropy", "--rows", "200", "--criteria", "4");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.get("method").asText()).isEqualTo("entropy");
        assertThat(r.get("rows").asInt()).isEqualTo(200);
        assertThat(r.get("criteria").asInt()).isEqualTo(4);
        assertThat(r.get("runs")).hasSize(5);
        assertThat(r.get("median_ms").asDouble()).isNotNegative();
        assertThat(CliRun.of("bench", "mcda", "--method", "ahp", "--rows", "2", "--criteria", "2")
                        .code())
                .isEqualTo(2);
        assertThat(CliRun.of("bench", "mcda", "--method", "topsis", "--rows", "0", "--criteria", "2")
                        .code())
                .isEqualTo(2);
        assertThat(CliRun.of("bench").code()).isEqualTo(2);
    }
}
