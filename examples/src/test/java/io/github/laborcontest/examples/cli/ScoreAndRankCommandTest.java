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

class ScoreAndRankCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path measurements;

    /**
     * Two welders of data/skill-plan.json (skill-contest@2026.1: theory 30%, practical 70%, the
     * judged part a trimmed mean dropping one mark each side).
     *
     * <pre>
     * W-001: theory 80; marks 70, 80, 90 → keep 80 → practical 80
     *        total = 0.3 × 80 + 0.7 × 80 = 24 + 56 = 80.00
     * W-002: theory 90; marks 60, 70, 100 → keep 70 → practical 70
     *        total = 0.3 × 90 + 0.7 × 70 = 27 + 49 = 76.00
     * </pre>
     *
     * The other 16 welders have no measurements: 0.00 each.
     */
    @BeforeAll
    static void writeMeasurements() throws Exception {
        measurements = dir.resolve("two-welders.json");
        Files.writeString(measurements, """
        [ {"participant": "W-001", "indicator": "theory.exam", "period": "2026-event", "value": 80},
          {"participant": "W-001", "indicator": "practical.judged", "period": "2026-event", "marks": [70, 80, 90]},
          {"participant": "W-002", "indicator": "theory.exam", "period": "2026-event", "value": 90},
          {"participant": "W-002", "indicator": "practical.judged", "period": "2026-event", "marks": [60, 70, 100]} ]
        """);
    }

    @Test
    void rankPrintsTheHandComputedRanking() throws Exception {
        CliRun run = CliRun.of(
                "rank", "data/skill-plan.json", measurements.toString(), "--format", "json", "--period", "2026-event");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows.get(0).get("participant").asText()).isEqualTo("W-001");
        assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(rows.get(0).get("total").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(rows.get(1).get("participant").asText()).isEqualTo("W-002");
        assertThat(rows.get(1).get("total").decimalValue()).isEqualByComparingTo("76.00");
        assertThat(rows.get(2).get("total").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void scorePrintsTheRankingAndTheExplainedCards() {
        CliRun run = CliRun.of(
                "score", "data/skill-plan.json", measurements.toString(), "--lang", "en", "--period", "2026-event");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("W-001").contains("80.00").contains("76.00");
        assertThat(run.out()).contains("trimmed mean");
    }

    @Test
    void theSampleDataScoresAndTheVetoIsReported() throws Exception {
        CliRun run = CliRun.of(
                "rank", "data/skill-plan.yaml", "data/skill-measurements.json", "--format", "csv", "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        // W-017 is disqualified by the cheating veto in data/skill-measurements.json.
        assertThat(run.out()).contains("W-017").contains("vetoed: veto.cheating");
    }

    @Test
    void badInputIsListedWithExitCodeOne(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(
                bad, "[ {\"participant\": \"W-001\", \"indicator\": \"theory.exam\", \"period\": \"2026-event\"} ]");
        CliRun run = CliRun.of("rank", "data/skill-plan.json", bad.toString(), "--format", "json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()).get("problems").findValuesAsText("code"))
                .contains("measurement.value");
        assertThat(CliRun.of("rank", "data/skill-plan.json").code()).isEqualTo(2);
    }
}
