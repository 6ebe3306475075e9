// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.mcda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shape of the bench output (no timing is asserted: timings belong to JMH). */
class McdaBenchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode run(String method, int rows, int criteria, int expectedCode) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = McdaBench.run(method, rows, criteria, 42, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(expectedCode);
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsMethodSizeMedianAndFiveRuns() throws IOException {
        for (String method : new String[] {"topsis", "entropy"}) {
            JsonNode node = run(method, 1000, 4, 0);
            assertThat(node.fieldNames())
                    .toIterable()
                    .containsExactly("method", "rows", "criteria", "median_ms", "runs");
            assertThat(node.get("method").asText()).isEqualTo(method);
            assertThat(node.get("rows").asInt()).isEqualTo(1000);
            assertThat(node.get("criteria").asInt()).isEqualTo(4);
            assertThat(node.get("runs")).hasSize(McdaBench.RUNS);
            double[] runs = new double[McdaBench.RUNS];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = node.get("runs").get(i).doubleValue();
                assertThat(runs[i]).isGreaterThanOrEqualTo(0);
            }
            java.util.Arrays.sort(runs);
            assertThat(node.get("median_ms").doubleValue()).isEqualTo(runs[2]);
        }
    }

    @Test
    void refusesUnknownMethodsAndBadSizes() throws IOException {
        assertThat(run("vikor", 10, 2, 2).get("error").asText()).contains("topsis or entropy");
        assertThat(run("topsis", 0, 2, 2).get("error").asText()).contains(">= 1");
    }

    @Test
    void theRandomMatrixIsSeeded() {
        assertThat(McdaBench.randomMatrix(50, 3, 7)).isEqualTo(McdaBench.randomMatrix(50, 3, 7));
        assertThat(McdaBench.randomMatrix(50, 3, 7)).isNotEqualTo(McdaBench.randomMatrix(50, 3, 8));
        assertThat(McdaBench.randomMatrix(50, 3, 7).get(10, 2)).isBetween(1.0, 100.0);
    }
}
