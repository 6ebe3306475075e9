// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.json.ContestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file under examples/data is valid, the way a user would check it with the tool. */
class DataFilesTest {

    private static final Path DATA = Path.of("data");

    private static List<Path> files(String glob) throws IOException {
        try (Stream<Path> s = Files.list(DATA)) {
            return s.filter(p ->
                            DATA.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void thereIsAPlanWithAYamlTwinForEachContestKind() {
        for (String kind : List.of("key-project", "skill", "safety")) {
            assertThat(DATA.resolve(kind + "-plan.json")).as(kind).exists();
            assertThat(DATA.resolve(kind + "-plan.yaml")).as(kind).exists();
            assertThat(DATA.resolve(kind + "-measurements.json")).as(kind).exists();
        }
    }

    @Test
    void everyPlanValidates() throws IOException {
        List<Path> plans = files("*-plan.{json,yaml}");
        assertThat(plans).hasSizeGreaterThanOrEqualTo(6);
        String[] args = Stream.concat(Stream.of("validate"), plans.stream().map(Path::toString))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("✓ "))).hasSize(plans.size());
    }

    @Test
    void theYamlTwinHoldsTheSameCompetitionAsTheJson() throws IOException {
        for (Path json : files("*-plan.json")) {
            Path yaml = json.resolveSibling(json.getFileName().toString().replace(".json", ".yaml"));
            Competition fromJson = ContestJson.readCompetition(Files.readString(json), ContestJson.Format.JSON)
                    .get();
            Competition fromYaml = ContestJson.readCompetition(Files.readString(yaml), ContestJson.Format.YAML)
                    .get();
            assertThat(fromYaml).as(yaml.toString()).isEqualTo(fromJson);
        }
    }

    /**
     * The YAML twins are exactly what the library's writer makes of the JSON file (every string
     * quoted), so that a user who copies one sees the library's own style. To regenerate after
     * editing a JSON plan: write {@code ContestJson.writeYaml(competition)} to the twin.
     */
    @Test
    void theYamlTwinIsWhatTheLibrarysWriterWrites() throws IOException {
        for (Path json : files("*-plan.json")) {
            Path yaml = json.resolveSibling(json.getFileName().toString().replace(".json", ".yaml"));
            Competition fromJson = ContestJson.readCompetition(Files.readString(json), ContestJson.Format.JSON)
                    .get();
            assertThat(Files.readString(yaml)).as(yaml.toString()).isEqualTo(ContestJson.writeYaml(fromJson));
        }
    }

    @Test
    void everyMeasurementFileValidatesAgainstItsPlan() throws IOException {
        List<Path> measurements = files("*-measurements.json");
        assertThat(measurements).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : measurements) {
            Path plan = file.resolveSibling(file.getFileName().toString().replace("-measurements.json", "-plan.json"));
            CliRun run = CliRun.of("validate", "--against", plan.toString(), file.toString());
            assertThat(run.code()).as(file + "\n" + run.out() + run.err()).isZero();
        }
    }

    @Test
    void everyAwardDefinitionFileValidates() throws IOException {
        List<Path> awards = files("*-awards.json");
        assertThat(awards).hasSizeGreaterThanOrEqualTo(3);
        String[] args = Stream.concat(Stream.of("validate"), awards.stream().map(Path::toString))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("✓ ") && l.contains("奖项定义")))
                .hasSize(awards.size());
    }

    @Test
    void everyFactsFileNamesOnlyParticipantsOfItsPlan() throws IOException {
        List<Path> facts = files("*-facts.json");
        assertThat(facts).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : facts) {
            Path plan = file.resolveSibling(file.getFileName().toString().replace("-facts.json", "-plan.json"));
            Competition c = ContestJson.readCompetition(Files.readString(plan), ContestJson.Format.JSON)
                    .get();
            var read = AwardFacts.read(file, c);
            assertThat(read.isValid())
                    .as(file + ": " + (read.isInvalid() ? read.getError().toString() : ""))
                    .isTrue();
            assertThat(read.get().facts()).containsKey(AwardFacts.ALL);
        }
    }

    @Test
    void theLedgerSampleAppendsCompletelyAndVerifies(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path sample = DATA.resolve("ledger-sample.jsonl");
        long entries =
                Files.readAllLines(sample).stream().filter(l -> !l.isBlank()).count();
        assertThat(entries).isGreaterThanOrEqualTo(100);
        CliRun append = CliRun.of("ledger", "append", "--journal", dir.toString(), "--input", sample.toString());
        assertThat(append.code()).as(append.out()).isZero();
        assertThat(append.out().lines().filter(l -> l.startsWith("ok "))).hasSize((int) entries);
        CliRun verify = CliRun.of("ledger", "verify", "--journal", dir.toString());
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).startsWith("sound " + entries + " ");
    }

    @Test
    void theLedgerSampleValidatesAndABrokenLineIsNamed(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        CliRun ok = CliRun.of("validate", "data/ledger-sample.jsonl");
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("✓ data/ledger-sample.jsonl  台账记录  200");
        List<String> lines = Files.readAllLines(DATA.resolve("ledger-sample.jsonl"));
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, lines.get(0) + "\n{\"id\": \"E-x\"}\n" + lines.get(1) + "\n");
        CliRun run = CliRun.of("validate", bad.toString(), "--format", "json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("\"line\" : 2");
    }

    @Test
    void theCandidatesSampleIsDecided() {
        CliRun run = CliRun.of(
                "awards", "data/skill-plan.json", "data/skill-candidates.json", "--awards", "data/skill-awards.json");
        assertThat(run.code()).as(run.out()).isZero();
    }

    @Test
    void theToolRecognisesAndValidatesEveryDataFile() throws IOException {
        List<Path> all = files("*");
        String[] args = Stream.concat(
                        Stream.of("validate", "--format", "json"), all.stream().map(Path::toString))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(com.fasterxml.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(run.out())
                        .findValuesAsText("document"))
                .hasSize(all.size())
                .doesNotContain("unknown");
        // candidates and facts checked against their competition
        CliRun against = CliRun.of(
                "validate", "--against", "data/skill-plan.json", "data/skill-candidates.json", "data/skill-facts.json");
        assertThat(against.code()).as(against.out()).isZero();
        CliRun wrong = CliRun.of("validate", "--against", "data/safety-plan.json", "data/skill-facts.json");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.out()).contains("W-002");
    }

    @Test
    void everyDataFileIsCoveredByAValidationTest() throws IOException {
        try (Stream<Path> s = Files.list(DATA)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .allMatch(
                            n -> n.matches(".*-(plan\\.(json|yaml)|measurements\\.json|awards\\.json|facts\\.json)")
                                    || n.equals("mcda-problem.json")
                                    || n.equals("skill-candidates.json")
                                    || n.equals("ledger-sample.jsonl"),
                            "a file a test validates");
        }
    }
}
