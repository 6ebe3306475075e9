// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.problem.Problem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each shape error of the decision-problem JSON, with the exact code, path and arguments the
 * reader reports, and the values just inside the limits that it accepts.
 */
class McdaReaderProblemsTest {

    private static final String ALTERNATIVES = "\"alternatives\":[\"A\",\"B\"]";
    private static final String CRITERIA =
            "\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1},{\"id\":\"y\",\"type\":\"cost\",\"weight\":1}]";
    private static final String MATRIX = "\"matrix\":[[1,2],[3,4]]";
    private static final String METHOD = "\"method\":{\"name\":\"wsm\"}";

    private static String doc(String alternatives, String criteria, String matrix, String method) {
        return "{" + alternatives + "," + criteria + "," + matrix + "," + method + "}";
    }

    /** The problems as "code path [args]", in the reader's order. */
    private static List<String> problems(String json) {
        var v = McdaJson.parse(json);
        assertThat(v.isInvalid()).as("expected problems for %s", json).isTrue();
        return v.getError()
                .map(p -> p.code().code() + " " + p.path() + " " + p.args())
                .toJavaList();
    }

    private static boolean valid(String json) {
        return McdaJson.parse(json).isValid();
    }

    @Test
    void alternativesOfTheWrongShape() {
        assertThat(problems(doc("\"alternatives\":\"A\"", CRITERIA, MATRIX, METHOD)))
                .containsExactly("json.wrong-type $.alternatives [array, \"A\"]");
        assertThat(problems(doc("\"alternatives\":[]", CRITERIA, MATRIX, METHOD)))
                .containsExactly("value.bad-size $.alternatives [0, 1, ∞]");
        assertThat(problems(doc("\"alternatives\":[\"A\",\" \"]", CRITERIA, MATRIX, METHOD)))
                .containsExactly("value.blank $.alternatives[1] [alternatives[1]]");
        assertThat(problems(doc("\"alternatives\":[\"A\",5]", CRITERIA, MATRIX, METHOD)))
                .containsExactly("json.wrong-type $.alternatives[1] [string, 5]");
    }

    @Test
    void aLongWrongValueIsCutAtFortyCharacters() {
        // the object is 46 characters long: its first 40 and an ellipsis
        String forty = "{\"k\":\"0123456789012345678901234567890123456789\"}";
        assertThat(problems(doc("\"alternatives\":" + forty, CRITERIA, MATRIX, METHOD)))
                .containsExactly(
                        "json.wrong-type $.alternatives [array, {\"k\":\"0123456789012345678901234567890123…]");
        // exactly 40 characters: shown whole
        String exactly = "\"" + "a".repeat(38) + "\"";
        assertThat(problems(doc("\"alternatives\":" + exactly, CRITERIA, MATRIX, METHOD)))
                .containsExactly("json.wrong-type $.alternatives [array, " + exactly + "]");
    }

    @Test
    void criteriaOfTheWrongShape() {
        assertThat(problems(doc(ALTERNATIVES, "\"criteria\":{}", MATRIX, METHOD)))
                .containsExactly("json.wrong-type $.criteria [array, {}]");
        assertThat(problems(doc(ALTERNATIVES, "\"criteria\":[]", MATRIX, METHOD)))
                .containsExactly("value.bad-size $.criteria [0, 1, ∞]");
        assertThat(problems(doc(
                        ALTERNATIVES,
                        "\"criteria\":[5,{\"id\":\"y\",\"type\":\"cost\",\"weight\":1}]",
                        MATRIX,
                        METHOD)))
                .containsExactly("json.wrong-type $.criteria[0] [object, 5]");
        assertThat(problems(doc(
                        ALTERNATIVES,
                        "\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1},"
                                + "{\"id\":\"x\",\"type\":\"cost\",\"weight\":1}]",
                        MATRIX,
                        METHOD)))
                .containsExactly("model.duplicate-id $.criteria[1].id [x]");
        assertThat(problems(doc(
                        ALTERNATIVES,
                        "\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":\"heavy\"},"
                                + "{\"id\":\"y\",\"type\":\"cost\",\"weight\":1}]",
                        MATRIX,
                        METHOD)))
                .containsExactly("json.wrong-type $.criteria[0].weight [number, \"heavy\"]");
    }

    @Test
    void methodAndMatrixOfTheWrongShape() {
        assertThat(problems(doc(ALTERNATIVES, CRITERIA, MATRIX, "\"method\":\"wsm\"")))
                .containsExactly("json.wrong-type $.method [object, \"wsm\"]");
        assertThat(problems(doc(ALTERNATIVES, CRITERIA, "\"matrix\":{}", METHOD)))
                .containsExactly("json.wrong-type $.matrix [array, {}]");
        assertThat(problems(doc(ALTERNATIVES, CRITERIA, "\"matrix\":[]", METHOD)))
                .containsExactly("value.bad-size $.matrix [0, 1, ∞]");
        assertThat(problems(doc(ALTERNATIVES, CRITERIA, "\"matrix\":[[1,2],5]", METHOD)))
                .containsExactly("json.wrong-type $.matrix[1] [array, 5]");
    }

    @Test
    void vikorsVMustLieBetweenZeroAndOneInclusive() {
        String vikor = "\"method\":{\"name\":\"vikor\",\"v\":%s}";
        assertThat(problems(doc(ALTERNATIVES, CRITERIA, MATRIX, String.format(vikor, "-0.5"))))
                .containsExactly("value.too-small $.method.v [-0.5, 0]");
        assertThat(problems(doc(ALTERNATIVES, CRITERIA, MATRIX, String.format(vikor, "\"half\""))))
                .containsExactly("json.wrong-type $.method.v [number, \"half\"]");
        assertThat(valid(doc(ALTERNATIVES, CRITERIA, MATRIX, String.format(vikor, "0"))))
                .isTrue();
        assertThat(valid(doc(ALTERNATIVES, CRITERIA, MATRIX, String.format(vikor, "1"))))
                .isTrue();
        assertThat(McdaJson.parse(doc(ALTERNATIVES, CRITERIA, MATRIX, String.format(vikor, "0.25")))
                        .get()
                        .method())
                .isEqualTo(new McdaMethod.Vikor(0.25));
    }

    private static String withPreference(String preference, String method) {
        return doc(
                ALTERNATIVES,
                "\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1,\"preference\":" + preference
                        + "},{\"id\":\"y\",\"type\":\"cost\",\"weight\":1}]",
                MATRIX,
                "\"method\":{\"name\":\"" + method + "\"}");
    }

    @Test
    void preferenceFunctionsAreForPrometheeOnly() {
        assertThat(problems(withPreference("{\"function\":\"usual\"}", "wsm")))
                .containsExactly("mcda.not-applicable $.criteria[0].preference [preference, wsm]");
        assertThat(valid(withPreference("{\"function\":\"usual\"}", "promethee2")))
                .isTrue();
    }

    @Test
    void preferenceFunctionsOfTheWrongShape() {
        assertThat(problems(withPreference("\"usual\"", "promethee2")))
                .containsExactly("json.wrong-type $.criteria[0].preference [object, \"usual\"]");
        assertThat(problems(withPreference("{\"function\":\"usual\",\"q\":1}", "promethee2")))
                .containsExactly("mcda.not-applicable $.criteria[0].preference.q [q, usual]");
        assertThat(problems(withPreference("{\"function\":\"gaussian\"}", "promethee2")))
                .containsExactly("json.unknown-code $.criteria[0].preference.function [gaussian, usual, linear]");
        assertThat(problems(withPreference("{\"function\":\"linear\",\"q\":1}", "promethee2")))
                .containsExactly("json.missing-field $.criteria[0].preference.p [p]");
        assertThat(problems(withPreference("{\"function\":\"linear\",\"q\":\"a\",\"p\":2}", "promethee2")))
                .containsExactly("json.wrong-type $.criteria[0].preference.q [number, \"a\"]");
    }

    @Test
    void linearThresholdsNeedZeroAtMostQBelowP() {
        assertThat(problems(withPreference("{\"function\":\"linear\",\"q\":2,\"p\":1}", "promethee2")))
                .containsExactly("mcda.bad-thresholds $.criteria[0].preference [2.0, 1.0]");
        assertThat(problems(withPreference("{\"function\":\"linear\",\"q\":1,\"p\":1}", "promethee2")))
                .containsExactly("mcda.bad-thresholds $.criteria[0].preference [1.0, 1.0]");
        assertThat(problems(withPreference("{\"function\":\"linear\",\"q\":-1,\"p\":1}", "promethee2")))
                .containsExactly("mcda.bad-thresholds $.criteria[0].preference [-1.0, 1.0]");
        // q = 0 and p just above it; q missing counts as 0
        assertThat(valid(withPreference("{\"function\":\"linear\",\"q\":0,\"p\":0.001}", "promethee2")))
                .isTrue();
        DecisionProblem p = McdaJson.parse(withPreference("{\"function\":\"linear\",\"p\":3}", "promethee2"))
                .get();
        assertThat(p.method())
                .isEqualTo(new McdaMethod.Promethee2(
                        List.of(new PreferenceFunction.Linear(0, 3), new PreferenceFunction.Usual())));
    }

    @Test
    void prometheeTakesAtMostFiveThousandAlternatives() {
        String limit = many(DecisionProblemReader.PROMETHEE_LIMIT);
        assertThat(valid(limit)).isTrue();
        List<String> over = problems(many(DecisionProblemReader.PROMETHEE_LIMIT + 1));
        assertThat(over).containsExactly("mcda.too-many-alternatives $.alternatives [5001, 5000]");
        Problem p = McdaJson.parse(many(5001)).getError().head();
        assertThat(p.message(Locale.ENGLISH)).contains("5001").contains("5000");
        assertThat(p.message(Locale.CHINESE)).contains("5001").contains("5000");
    }

    private static String many(int m) {
        StringBuilder alts = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < m; i++) {
            alts.append(i == 0 ? "" : ",").append("\"A").append(i).append('"');
            rows.append(i == 0 ? "" : ",").append('[').append(i % 97).append(']');
        }
        return "{\"alternatives\":[" + alts + "],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"weight\":1}],"
                + "\"matrix\":[" + rows + "],\"method\":{\"name\":\"promethee2\"}}";
    }
}
