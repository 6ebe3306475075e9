// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.json.ContestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever bytes a user feeds the tool, it answers with exit 0 or 1 and problems, never a crash. */
class CliFuzzPropertiesTest {

    private static Path dir = Path.of("");
    private static Competition skill;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("cli-fuzz");
        skill = ContestJson.readCompetition(Files.readString(Path.of("data/skill-plan.json")), ContestJson.Format.JSON)
                .get();
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** Mutations of real documents (a character dropped, doubled or replaced) and plain noise. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> originals = Arbitraries.of(
                        "data/skill-plan.json",
                        "data/safety-plan.yaml",
                        "data/skill-awards.json",
                        "data/skill-facts.json")
                .map(CliFuzzPropertiesTest::read);
        Arbitrary<String> mutated = originals.flatMap(text -> Arbitraries.integers()
                .between(0, Math.max(0, text.length() - 1))
                .flatMap(at -> Arbitraries.of('{', '}', '[', ']', '"', ':', ',', '-', '1', 'x', ' ', '\n')
                        .flatMap(c -> Arbitraries.of(0, 1, 2).map(op -> switch (op) {
                            case 0 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
                            case 1 -> text.substring(0, at) + c + text.substring(at);
                            default -> text.substring(0, at) + c + text.substring(Math.min(text.length(), at + 1));
                        }))));
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(200);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, mutated), net.jqwik.api.Tuple.of(1, noise));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 50)
    void validateNeverCrashes(@ForAll("documents") String text, @ForAll boolean yaml) throws IOException {
        Path file = Files.writeString(dir.resolve(yaml ? "doc.yaml" : "doc.json"), text);
        CliRun run = CliRun.of("validate", file.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Property(tries = 50)
    void theFactsReaderAnswersWithFactsOrProblems(@ForAll("documents") String text) throws IOException {
        Path file = Files.writeString(dir.resolve("facts.json"), text);
        var read = AwardFacts.read(file, skill);
        if (read.isInvalid()) {
            assertThat(read.getError()).isNotEmpty();
            read.getError().forEach(p -> assertThat(p.path()).startsWith("$"));
        }
    }
}
