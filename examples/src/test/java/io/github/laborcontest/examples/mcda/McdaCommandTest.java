// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.mcda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code mcda} command on files: answer, invalid problem, unreadable file. */
class McdaCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String content, Locale lang) throws IOException {
        Path file = dir.resolve("problem.json");
        Files.writeString(file, content);
        return McdaCommand.run(
                file,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                lang);
    }

    /** The example; closeness 0.4, 0.4721360, 0.7597469 by hand (McdaMethodsTest in contest-scoring). */
    @Test
    void printsTheAnswer() throws IOException {
        int code = run(
                "{\"alternatives\":[\"P1\",\"P2\",\"P3\"],\"criteria\":[{\"id\":\"quality\",\"type\":\"benefit\",\"weight\":0.4},"
                        + "{\"id\":\"cost\",\"type\":\"cost\",\"weight\":0.6}],\"matrix\":[[0.9,120],[0.7,100],[0.8,90]],"
                        + "\"weighting\":\"given\",\"method\":{\"name\":\"topsis\",\"normalization\":\"minmax\"}}",
                Locale.CHINESE);
        assertThat(code).isEqualTo(McdaCommand.OK);
        JsonNode answer = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(answer.get("ranking").toString()).isEqualTo("[3,2,1]");
        assertThat(answer.get("preferences").get(2).doubleValue()).isBetween(0.7597468, 0.7597470);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void invalidProblemExitsWithOneAndNamesTheField() throws IOException {
        int code = run(
                "{\"alternatives\":[\"P1\",\"P2\"],\"criteria\":[{\"id\":\"q\",\"type\":\"benefit\",\"weight\":1}],"
                        + "\"matrix\":[[1],[2,3]],\"method\":{\"name\":\"topsis\"}}",
                Locale.ENGLISH);
        assertThat(code).isEqualTo(McdaCommand.INVALID);
        JsonNode problem = JSON.readTree(out.toString(StandardCharsets.UTF_8))
                .get("problems")
                .get(0);
        assertThat(problem.get("code").asText()).isEqualTo("mcda.ragged-row");
        assertThat(problem.get("path").asText()).isEqualTo("$.matrix[1]");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("$.matrix[1]: the row has 2 values, expected 1");
    }

    @Test
    void malformedJsonIsAnInvalidProblemInChinese() throws IOException {
        assertThat(run("{\"alternatives\":", Locale.CHINESE)).isEqualTo(McdaCommand.INVALID);
        assertThat(JSON.readTree(out.toString(StandardCharsets.UTF_8))
                        .get("problems")
                        .get(0)
                        .get("code")
                        .asText())
                .isEqualTo("json.malformed");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("文档格式错误");
    }

    @Test
    void missingFileExitsWithTwo() {
        int code = McdaCommand.run(
                dir.resolve("absent.json"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Locale.ENGLISH);
        assertThat(code).isEqualTo(McdaCommand.UNREADABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
