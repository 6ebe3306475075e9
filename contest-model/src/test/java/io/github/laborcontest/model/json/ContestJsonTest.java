// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.fixtures.TestdataCompetitions;
import io.github.laborcontest.model.internal.BuiltinIndicatorSetProvider;
import io.github.laborcontest.model.json.ContestJson.Format;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContestJsonTest {

    private static Problem single(Validation<Seq<Problem>, ?> result) {
        assertThat(result.isInvalid()).as("expected a problem").isTrue();
        return result.getError().single();
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        Problem p = single(ContestJson.readPlan("{\n  \"name\": \"x\",\n  oops\n}", Format.JSON));
        assertThat(p.code()).isEqualTo(ModelProblem.MALFORMED);
        assertThat(p.args().subList(1, 3)).containsExactly("3", "3");
        assertThat(p.message(Locale.CHINESE)).startsWith("$: 文档格式错误（第 3 行第 3 列）");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThat(single(ContestJson.readPlan("{\"name\":\"a\",\"name\":\"b\"}", Format.JSON))
                        .code())
                .isEqualTo(ModelProblem.MALFORMED);
    }

    @Test
    void aWrongTypeNamesTheField() {
        String json = ContestJson.writeJson(TestdataCompetitions.keyProjectContest())
                .replace("\"weight\" : 0.3", "\"weight\" : \"thirty percent\"");
        Problem p = single(ContestJson.readCompetition(json, Format.JSON));
        assertThat(p.code()).isEqualTo(ModelProblem.WRONG_TYPE);
        assertThat(p.path()).isEqualTo("$.periods[4].weight");
    }

    @Test
    void anUnknownCodeListsTheAllowedOnes() {
        String json = ContestJson.writeJson(TestdataCompetitions.keyProjectContest())
                .replace("\"city-wide\"", "\"galactic\"");
        Problem p = single(ContestJson.readCompetition(json, Format.JSON));
        assertThat(p.code()).isEqualTo(ModelProblem.UNKNOWN_CODE);
        assertThat(p.path()).isEqualTo("$.scope");
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("$.scope: unknown code \"galactic\"; allowed: city-wide, district, unit");
    }

    @Test
    void anUnknownRuleTypeIsAnUnknownCodeAtItsTypeField() {
        String json = readBuiltin("six-comparisons").replaceFirst("\"linear-to-target\"", "\"magic\"");
        Problem p = single(ContestJson.readIndicatorSet(json, Format.JSON));
        assertThat(p.code()).isEqualTo(ModelProblem.UNKNOWN_CODE);
        assertThat(p.path()).isEqualTo("$.dimensions[0].indicators[0].rule.type");
        assertThat(p.args().get(1)).contains("linear-to-target").contains("judge-panel");
    }

    @Test
    void missingFieldsOfAnObjectAreListedTogether() {
        var result = ContestJson.read("{\"indicator\": \"q.rate\"}", Format.JSON, Measurement.class);
        assertThat(result.getError().map(Problem::path)).containsExactlyInAnyOrder("$.participant", "$.period");
        assertThat(result.getError().head().code()).isEqualTo(ModelProblem.MISSING_FIELD);
    }

    @Test
    void aMissingRecordFieldIsNamed() {
        String json = readBuiltin("six-comparisons").replaceFirst("\"target\" : 100", "\"targt\" : 100");
        Problem p = single(ContestJson.readIndicatorSet(json, Format.JSON));
        // the misspelt field leaves the required one missing, which is named first
        assertThat(p.code()).isEqualTo(ModelProblem.MISSING_FIELD);
        assertThat(p.path()).isEqualTo("$.dimensions[0].indicators[0].rule.target");
    }

    @Test
    void absurdNumbersAreRefusedWherever() {
        String measurements = "[{\"participant\":\"P\",\"indicator\":\"i\",\"period\":\"Q1\",\"value\":1e100000},"
                + "{\"participant\":\"P\",\"indicator\":\"i\",\"period\":\"Q1\",\"value\":0.1234567890123}]";
        var result = ContestJson.readMeasurements(measurements, Format.JSON);
        assertThat(result.getError().map(p -> p.code() + " " + p.path()))
                .containsExactly("BAD_NUMBER $[0].value", "BAD_NUMBER $[1].value");
    }

    @Test
    void yamlNanIsRefusedWithItsPosition() {
        var result = ContestJson.readMeasurements(
                "- {participant: P, indicator: i, period: Q1, value: .nan}\n", Format.YAML);
        Problem p = single(result);
        assertThat(p.code()).isEqualTo(ModelProblem.MALFORMED);
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("$: malformed document (line 1, column 57): Malformed numeric value '.nan'");
    }

    @Test
    void negativePointsAreNamed() {
        String json = readBuiltin("ankang-cup").replaceFirst("\"maxPoints\" : 10", "\"maxPoints\" : -10");
        List<String> messages = ContestJson.readIndicatorSet(json, Format.JSON)
                .getError()
                .map(p -> p.message(Locale.ENGLISH))
                .toJavaList();
        assertThat(messages).contains("$.dimensions[0].indicators[0].maxPoints: value -10 is below the minimum 0");
    }

    @Test
    void oversizedAndDeepDocumentsAreRefused() {
        String big = "[" + "1,".repeat(ContestJson.MAX_DOCUMENT_CHARS / 2) + "1]";
        assertThat(single(ContestJson.readMeasurements(big, Format.JSON)).code())
                .isEqualTo(ModelProblem.TOO_LARGE);
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertThat(single(ContestJson.readMeasurements(deep, Format.JSON)).code())
                .isEqualTo(ModelProblem.TOO_DEEP);
    }

    @Test
    void emptyAndNullDocumentsAreProblemsNotExceptions() {
        assertThat(single(ContestJson.readPlan("", Format.JSON)).code()).isEqualTo(ModelProblem.MALFORMED);
        assertThat(single(ContestJson.readPlan("null", Format.JSON)).code()).isEqualTo(ModelProblem.WRONG_TYPE);
        assertThat(single(ContestJson.readPlan("", Format.YAML)).code()).isEqualTo(ModelProblem.MALFORMED);
    }

    @Test
    void competitionsAndBuiltInSetsRoundTripInBothFormatsByteForByte() {
        Competition c = TestdataCompetitions.keyProjectContest();
        for (Format f : Format.values()) {
            String text = ContestJson.write(c, f);
            Competition back = ContestJson.readCompetition(text, f).get();
            assertThat(back).isEqualTo(c);
            assertThat(ContestJson.write(back, f)).isEqualTo(text);
            for (String r : BuiltinIndicatorSetProvider.RESOURCES) {
                IndicatorSet set = BuiltinIndicatorSetProvider.load(r);
                assertThat(ContestJson.readIndicatorSet(ContestJson.write(set, f), f)
                                .get())
                        .isEqualTo(set);
            }
        }
    }

    private static String readBuiltin(String code) {
        return ContestJson.writeJson(BuiltinIndicatorSetProvider.load("builtin/" + code + ".json"));
    }
}
