// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.problem.ProblemCode;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ranking JSON contract: parsing, answers and every kind of invalid problem. */
class McdaJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String resource(String name) throws IOException {
        try (InputStream in = McdaJsonTest.class.getResourceAsStream("/mcda/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Seq<Problem> problems(String json) {
        var v = McdaJson.parse(json);
        assertThat(v.isInvalid()).as("expected problems for %s", json).isTrue();
        return v.getError();
    }

    private static void assertProblem(String json, ProblemCode code, String path) {
        Seq<Problem> ps = problems(json);
        assertThat(ps.map(p -> p.code() + " " + p.path())).contains(code + " " + path);
    }

    /** The issue's example: TOPSIS with min–max; the numbers are checked by hand in McdaMethodsTest. */
    @Test
    void solvesTheIssueExampleAndWritesPlainDoubles() throws IOException {
        String answer = McdaJson.solve(resource("issue-example.json")).get();
        JsonNode node = JSON.readTree(answer);
        assertThat(node.fieldNames()).toIterable().containsExactly("weights", "preferences", "ranking");
        assertThat(node.get("weights").get(0).doubleValue()).isEqualTo(0.4);
        assertThat(node.get("weights").get(1).doubleValue()).isEqualTo(0.6);
        assertThat(node.get("ranking").toString()).isEqualTo("[3,2,1]");
        // full precision: the exact doubles of the Java API, written in round-trip form
        McdaResult r =
                McdaJson.solve(McdaJson.parse(resource("issue-example.json")).get());
        for (int i = 0; i < 3; i++) {
            assertThat(node.get("preferences").get(i).doubleValue()).isEqualTo(r.preference(i));
        }
        assertThat(answer).startsWith("{\"weights\":[0.4,0.6],\"preferences\":[0.4,0.47213595499957");
    }

    @Test
    void parsesEveryMethodAndWeighting() {
        String base = "{\"alternatives\":[\"A\",\"B\",\"C\"],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\"},"
                + "{\"id\":\"y\",\"type\":\"cost\"}],\"matrix\":[[1,5],[2,4],[3,9]],\"weighting\":\"%s\",\"method\":%s}";
        for (String weighting : new String[] {"entropy", "critic", "std", "equal"}) {
            for (String method : new String[] {
                "{\"name\":\"wsm\"}", "{\"name\":\"wsm\",\"normalization\":\"zscore\"}", "{\"name\":\"wpm\"}",
                "{\"name\":\"topsis\"}", "{\"name\":\"topsis\",\"normalization\":\"sum\"}",
                        "{\"name\":\"vikor\",\"v\":0.3}",
                "{\"name\":\"promethee2\"}"
            }) {
                String json = String.format(base, weighting, method);
                var answer = McdaJson.solve(json);
                assertThat(answer.isRight()).as(json + " → " + answer).isTrue();
            }
        }
        DecisionProblem p = McdaJson.parse(String.format(base, "equal", "{\"name\":\"topsis\"}"))
                .get();
        assertThat(p.method()).isEqualTo(new McdaMethod.Topsis(Normalization.VECTOR));
        assertThat(McdaJson.parse(String.format(base, "equal", "{\"name\":\"wsm\"}"))
                        .get()
                        .method())
                .isEqualTo(new McdaMethod.Wsm(Normalization.MIN_MAX));
        assertThat(McdaJson.parse(String.format(base, "equal", "{\"name\":\"vikor\"}"))
                        .get()
                        .method())
                .isEqualTo(new McdaMethod.Vikor(0.5));
    }

    @Test
    void prometheeReadsPreferenceFunctionsPerCriterion() {
        String json =
                "{\"alternatives\":[\"A\",\"B\",\"C\"],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1,"
                        + "\"preference\":{\"function\":\"linear\",\"q\":0,\"p\":2}}],\"matrix\":[[1],[2],[3]],"
                        + "\"method\":{\"name\":\"promethee2\"}}";
        // weighting defaults to "given"; φ = −0.75, 0, 0.75 (McdaMethodsTest)
        assertThat(McdaJson.solve(json).get())
                .isEqualTo("{\"weights\":[1.0],\"preferences\":[-0.75,0.0,0.75],\"ranking\":[3,2,1]}");
    }

    @Test
    void reportsEveryProblemOfAnInvalidDocumentWithItsPath() throws IOException {
        Seq<Problem> ps = problems(resource("invalid.json"));
        assertThat(ps.map(p -> p.code().code() + " " + p.path()))
                .containsExactlyInAnyOrder(
                        "json.unknown-field $.extra",
                        "model.duplicate-id $.alternatives[2]",
                        "mcda.negative-weight $.criteria[0].weight",
                        "json.unknown-code $.criteria[1].type",
                        "mcda.ragged-row $.matrix[1]",
                        "json.wrong-type $.matrix[2][0]",
                        "json.unknown-code $.method.name");
    }

    @Test
    void raggedMatrixNamesTheRow() {
        assertProblem(
                "{\"alternatives\":[\"A\",\"B\"],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1}],"
                        + "\"matrix\":[[1],[2,3]],\"method\":{\"name\":\"wsm\"}}",
                McdaProblem.RAGGED_ROW,
                "$.matrix[1]");
    }

    @Test
    void nanInfinityAndHugeNumbersAreRefused() {
        String template = "{\"alternatives\":[\"A\"],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1}],"
                + "\"matrix\":[[%s]],\"method\":{\"name\":\"wsm\"}}";
        assertProblem(String.format(template, "1e400"), ModelProblem.BAD_NUMBER, "$.matrix[0][0]");
        assertProblem(String.format(template, "1e101"), ModelProblem.BAD_NUMBER, "$.matrix[0][0]");
        assertProblem(String.format(template, "\"NaN\""), ModelProblem.WRONG_TYPE, "$.matrix[0][0]");
        assertProblem(String.format(template, "NaN"), ModelProblem.MALFORMED, "$");
        assertProblem(String.format(template, "null"), ModelProblem.WRONG_TYPE, "$.matrix[0][0]");
    }

    @Test
    void weightsMustBeNonNegativeNotAllZeroAndPresentWhenGiven() {
        String template = "{\"alternatives\":[\"A\"],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\"%s},"
                + "{\"id\":\"y\",\"type\":\"cost\"%s}],\"matrix\":[[1,2]],\"weighting\":\"given\",\"method\":{\"name\":\"wsm\"}}";
        assertProblem(
                String.format(template, ",\"weight\":-1", ",\"weight\":1"),
                McdaProblem.NEGATIVE_WEIGHT,
                "$.criteria[0].weight");
        assertProblem(
                String.format(template, ",\"weight\":0", ",\"weight\":0"), McdaProblem.WEIGHTS_ALL_ZERO, "$.criteria");
        assertProblem(String.format(template, "", ",\"weight\":1"), ModelProblem.MISSING_FIELD, "$.criteria[0].weight");
        // objective weighting ignores given weights
        assertThat(McdaJson.parse(String.format(template, "", "").replace("given", "equal"))
                        .isValid())
                .isTrue();
    }

    @Test
    void unknownNamesAreUnknownCodes() {
        String template = "{\"alternatives\":[\"A\"],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1}],"
                + "\"matrix\":[[1]],\"weighting\":\"%s\",\"method\":{\"name\":\"%s\"%s}}";
        assertProblem(String.format(template, "magic", "wsm", ""), ModelProblem.UNKNOWN_CODE, "$.weighting");
        assertProblem(String.format(template, "given", "electre", ""), ModelProblem.UNKNOWN_CODE, "$.method.name");
        assertProblem(
                String.format(template, "given", "topsis", ",\"normalization\":\"l3\""),
                ModelProblem.UNKNOWN_CODE,
                "$.method.normalization");
        assertProblem(
                String.format(template, "given", "vikor", ",\"normalization\":\"sum\""),
                McdaProblem.NOT_APPLICABLE,
                "$.method.normalization");
        assertProblem(
                String.format(template, "given", "topsis", ",\"v\":0.5"), McdaProblem.NOT_APPLICABLE, "$.method.v");
        assertProblem(String.format(template, "given", "vikor", ",\"v\":2"), ModelProblem.TOO_BIG, "$.method.v");
    }

    @Test
    void methodSpecificDataChecks() {
        String template =
                "{\"alternatives\":[\"A\",\"B\"],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1}],"
                        + "\"matrix\":[[1],[%s]],\"weighting\":\"%s\",\"method\":{\"name\":\"%s\"}}";
        assertProblem(String.format(template, "-1", "entropy", "wsm"), McdaProblem.ENTROPY_NEGATIVE, "$.matrix[1][0]");
        assertProblem(String.format(template, "0", "given", "wpm"), McdaProblem.WPM_NOT_POSITIVE, "$.matrix[1][0]");
        assertThat(McdaJson.parse(String.format(template, "0", "entropy", "wsm"))
                        .isValid())
                .isTrue();
    }

    @Test
    void rowCountMustMatchTheAlternatives() {
        assertProblem(
                "{\"alternatives\":[\"A\",\"B\"],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1}],"
                        + "\"matrix\":[[1]],\"method\":{\"name\":\"wsm\"}}",
                McdaProblem.ROW_COUNT,
                "$.matrix");
    }

    @Test
    void malformedAndWrongShapedDocuments() {
        assertProblem("", ModelProblem.MALFORMED, "$");
        assertProblem("{", ModelProblem.MALFORMED, "$");
        assertProblem("[]", ModelProblem.WRONG_TYPE, "$");
        assertProblem("{} {}", ModelProblem.MALFORMED, "$");
        assertProblem("{\"method\":1,\"method\":2}", ModelProblem.MALFORMED, "$");
        Seq<Problem> empty = problems("{}");
        assertThat(empty.map(Problem::path)).containsExactly("$.alternatives", "$.criteria", "$.method", "$.matrix");
    }

    @Test
    void tooManyProblemsAreCapped() {
        StringBuilder rows = new StringBuilder();
        StringBuilder alts = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            rows.append(i == 0 ? "" : ",").append("[\"x\"]");
            alts.append(i == 0 ? "" : ",").append("\"A").append(i).append('"');
        }
        Seq<Problem> ps = problems(
                "{\"alternatives\":[" + alts + "],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1}],"
                        + "\"matrix\":[" + rows + "],\"method\":{\"name\":\"wsm\"}}");
        assertThat(ps).hasSize(101);
        assertThat(ps.last().code()).isEqualTo(McdaProblem.TOO_MANY_PROBLEMS);
    }

    @Test
    void problemsJsonCarriesCodePathAndBothLanguages() throws IOException {
        String out = McdaJson.writeProblems(
                problems("{\"alternatives\":[],\"criteria\":[],\"matrix\":[],\"method\":{\"name\":\"wsm\"}}"));
        JsonNode first = JSON.readTree(out).get("problems").get(0);
        assertThat(first.get("code").asText()).isEqualTo("value.bad-size");
        assertThat(first.get("path").asText()).isEqualTo("$.alternatives");
        assertThat(first.get("message").get("en").asText()).isEqualTo("$.alternatives: size 0 is outside [1, ∞]");
        assertThat(first.get("message").get("zh").asText()).isNotBlank();
        Problem ragged = Problem.at(McdaProblem.RAGGED_ROW, "$.matrix[1]", 2, 1);
        assertThat(ragged.message(Locale.ENGLISH))
                .isEqualTo("$.matrix[1]: the row has 2 values, expected 1 (one per criterion)");
        assertThat(ragged.message(Locale.CHINESE)).isEqualTo("$.matrix[1]: 该行有 2 个数值，应有 1 个（每个准则一个）");
    }

    @Test
    void everyProblemCodeHasBothMessages() {
        for (McdaProblem code : McdaProblem.values()) {
            assertThat(code.render(Locale.ENGLISH)).as(code.code()).isNotEqualTo(code.code());
            assertThat(code.render(Locale.CHINESE)).as(code.code()).isNotEqualTo(code.code());
        }
    }
}
