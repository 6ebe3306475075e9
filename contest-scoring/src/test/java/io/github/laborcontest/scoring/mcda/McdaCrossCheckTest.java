// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The Java answers against an independent NumPy implementation ({@code
 * src/test/resources/mcda/crosscheck.py}, written from the formulas in docs/mcda.md): 56 decision
 * problems (every weighting × every method and normalisation, PROMETHEE II with linear preference
 * functions), weights and preferences equal to 1e-9, ranks consistent with NumPy's preferences.
 */
class McdaCrossCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void agreesWithNumPyTo1e9() throws IOException {
        JsonNode cases;
        try (InputStream in = McdaCrossCheckTest.class.getResourceAsStream("/mcda/crosscheck.json")) {
            cases = JSON.readTree(in).get("cases");
        }
        assertThat(cases).hasSize(56);
        for (JsonNode c : cases) {
            String problem = c.get("problem").toString();
            String label = c.get("problem").get("weighting").asText() + " "
                    + c.get("problem").get("method");
            JsonNode answer = JSON.readTree(McdaJson.solve(problem).get());
            JsonNode expected = c.get("expected");
            for (int j = 0; j < expected.get("weights").size(); j++) {
                assertThat(answer.get("weights").get(j).doubleValue())
                        .as("%s weight %d", label, j)
                        .isCloseTo(expected.get("weights").get(j).doubleValue(), within(1e-9));
            }
            boolean lowerIsBetter =
                    c.get("problem").get("method").get("name").asText().equals("vikor");
            JsonNode p = expected.get("preferences");
            for (int i = 0; i < p.size(); i++) {
                assertThat(answer.get("preferences").get(i).doubleValue())
                        .as("%s preference %d", label, i)
                        .isCloseTo(p.get(i).doubleValue(), within(1e-9));
                int better = 0;
                for (int k = 0; k < p.size(); k++) {
                    double diff = p.get(k).doubleValue() - p.get(i).doubleValue();
                    if (lowerIsBetter ? diff < -1e-9 : diff > 1e-9) {
                        better++;
                    }
                }
                assertThat(answer.get("ranking").get(i).asInt())
                        .as("%s rank %d", label, i)
                        .isEqualTo(better + 1);
            }
        }
    }
}
