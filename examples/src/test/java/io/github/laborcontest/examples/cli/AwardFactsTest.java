// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.awards.FactValue;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwardFactsTest {

    private static Competition skill() throws Exception {
        return ContestJson.readCompetition(Files.readString(Path.of("data/skill-plan.json")), ContestJson.Format.JSON)
                .get();
    }

    @Test
    void readsFactsForEveryoneAndForOne() throws Exception {
        AwardFacts facts =
                AwardFacts.read(Path.of("data/skill-facts.json"), skill()).get();
        assertThat(facts.facts().get("*")).containsEntry("disciplinary-record", FactValue.of(false));
        assertThat(facts.facts().get("W-002")).containsEntry("disciplinary-record", FactValue.of(true));
    }

    @Test
    void listsEveryBadKeyAndValue(@TempDir Path dir) throws Exception {
        // found by CliFuzzPropertiesTest: a blank key used to throw from ParticipantId.of
        Path file = Files.writeString(
                dir.resolve("facts.json"), "{\"\": {}, \"W-999\": {}, \"W-001\": {\"x\": [1]}, \"W-002\": 3}");
        var read = AwardFacts.read(file, skill());
        assertThat(read.isInvalid()).isTrue();
        assertThat(read.getError().map(Problem::path).toJavaList())
                .containsExactly("$['']", "$['W-999']", "$['W-001']['x']", "$['W-002']");
        assertThat(read.getError().map(Problem::codeName).toJavaList())
                .containsExactly(
                        "model.unknown-reference", "model.unknown-reference", "json.wrong-type", "json.wrong-type");
    }
}
