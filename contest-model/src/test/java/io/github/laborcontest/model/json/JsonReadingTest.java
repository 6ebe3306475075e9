// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.EvaluationPeriod;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.json.ContestJson.Format;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.ScoringRule;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How binding failures become problems: the type named in a wrong-type problem, the limits on
 * numbers (magnitude 10^15, 12 decimals) at their edges, and long parser messages cut short.
 */
class JsonReadingTest {

    private static final String M = "{\"participant\":\"P-1\",\"indicator\":\"q\",\"period\":\"Q1\",";

    /** Code, path and the first argument of the single problem. */
    private static String first(Validation<Seq<Problem>, ?> result) {
        Problem p = result.getError().single();
        return p.codeName() + " " + p.path() + " " + p.args().get(0);
    }

    private static Validation<Seq<Problem>, Measurement> measurement(String rest) {
        return ContestJson.read(M + rest + "}", Format.JSON, Measurement.class);
    }

    @Test
    void aWrongTypeNamesTheExpectedKindOfValue() {
        assertThat(first(measurement("\"value\":\"abc\""))).isEqualTo("json.wrong-type $.value number");
        assertThat(first(measurement("\"flag\":\"maybe\""))).isEqualTo("json.wrong-type $.flag boolean");
        assertThat(first(measurement("\"flag\":1.5"))).isEqualTo("json.wrong-type $.flag boolean");
        assertThat(first(measurement("\"items\":5"))).isEqualTo("json.wrong-type $.items array");
        assertThat(first(measurement("\"source\":{}"))).isEqualTo("json.wrong-type $.source string");
        assertThat(first(ContestJson.readMeasurements("{}", Format.JSON))).isEqualTo("json.wrong-type $ array");
        assertThat(first(ContestJson.read(
                        "{\"id\":\"q\",\"kind\":\"quarterly\",\"dates\":{\"start\":\"2026-01-01\",\"end\":\"2026-02-01\"},"
                                + "\"weight\":true}",
                        Format.JSON,
                        EvaluationPeriod.class)))
                .isEqualTo("json.wrong-type $.weight number");
        assertThat(first(ContestJson.read(
                        "{\"type\":\"judgement\",\"minJudges\":\"x\",\"maxSpread\":1}",
                        Format.JSON,
                        ScoringRule.class)))
                .isEqualTo("json.wrong-type $.minJudges number");
    }

    @Test
    void aWrongTypeForAnIdOrADateNamesThatType() {
        assertThat(ContestJson.read(
                                "{\"participant\":{},\"indicator\":\"q\",\"period\":\"Q1\",\"value\":1}",
                                Format.JSON,
                                Measurement.class)
                        .getError()
                        .single()
                        .args()
                        .get(0))
                .isEqualTo("ParticipantId");
        Problem date = ContestJson.read(
                        "{\"id\":\"q\",\"kind\":\"quarterly\",\"dates\":{\"start\":\"2026-13-01\",\"end\":\"2026-02-01\"}}",
                        Format.JSON,
                        EvaluationPeriod.class)
                .getError()
                .single();
        assertThat(date.path()).isEqualTo("$.dates.start");
        assertThat(date.args()).containsExactly("LocalDate", "2026-13-01");
    }

    @Test
    void aWrongTypeForAnObjectNamesTheModelTypeNotTheGeneratedClass() {
        Problem p = ContestJson.read("{\"plan\": 5}", Format.JSON, Competition.class)
                .getError()
                .single();
        assertThat(p.path()).isEqualTo("$.plan");
        assertThat(p.args().get(0)).isEqualTo("object CompetitionPlan");
        // Jackson's message is longer than 200 characters: it is cut there and marked
        assertThat(p.args().get(1)).hasSize(201).endsWith("…").doesNotContain("\n");
    }

    @Test
    void anIdTheRuleRefusesIsTheRulesProblemAtItsPath() {
        Problem p = ContestJson.read(
                        "{\"participant\":\" \",\"indicator\":\"q\",\"period\":\"Q1\",\"value\":1}",
                        Format.JSON,
                        Measurement.class)
                .getError()
                .single();
        assertThat(p.codeName()).isEqualTo("id.blank");
        assertThat(p.path()).isEqualTo("$.participant");
        assertThat(p.args()).containsExactly("participantId");
    }

    @Test
    void numbersUpToTenToTheFifteenthAndTwelveDecimalsAreAccepted() {
        assertThat(measurement("\"value\":1000000000000000").isValid()).isTrue();
        assertThat(measurement("\"value\":-1000000000000000").isValid()).isTrue();
        assertThat(measurement("\"value\":0.000000000001").isValid()).isTrue();
        assertThat(first(measurement("\"value\":1000000000000001")))
                .isEqualTo("json.bad-number $.value 1000000000000001");
        assertThat(first(measurement("\"value\":-1000000000000001")))
                .isEqualTo("json.bad-number $.value -1000000000000001");
        assertThat(first(measurement("\"value\":0.0000000000001"))).isEqualTo("json.bad-number $.value 1E-13");
    }

    @Test
    void yamlFloatsAreCheckedAgainstTheSameMagnitude() {
        String yaml = "participant: P-1\nindicator: q\nperiod: Q1\nvalue: ";
        assertThat(ContestJson.read(yaml + "1.0e15\n", Format.YAML, Measurement.class)
                        .isValid())
                .isTrue();
        assertThat(first(ContestJson.read(yaml + "1.0e16\n", Format.YAML, Measurement.class)))
                .isEqualTo("json.bad-number $.value 1.0E+16");
        assertThat(first(ContestJson.read(yaml + "-1.0e16\n", Format.YAML, Measurement.class)))
                .isEqualTo("json.bad-number $.value -1.0E+16");
    }

    @Test
    void numbersInsideArraysAreCheckedWithTheirIndex() {
        Problem p = ContestJson.read(M + "\"marks\":[1, 2, 1e16]}", Format.JSON, Measurement.class)
                .getError()
                .single();
        assertThat(p.codeName()).isEqualTo("json.bad-number");
        assertThat(p.path()).isEqualTo("$.marks[2]");
    }

    @Test
    void anUnknownRuleTypeListsEveryKnownType() {
        Problem p = ContestJson.read("{\"type\":\"magic\"}", Format.JSON, ScoringRule.class)
                .getError()
                .single();
        assertThat(p.codeName()).isEqualTo("json.unknown-code");
        assertThat(p.path()).isEqualTo("$.type");
        assertThat(p.args().get(0)).isEqualTo("magic");
        assertThat(List.of(p.args().get(1).split(", ")))
                .containsExactlyInAnyOrder(
                        "linear-to-target",
                        "bands",
                        "normalised",
                        "pass-fail",
                        "direct",
                        "judge-panel",
                        "judgement",
                        "per-occurrence",
                        "item-table",
                        "veto",
                        "custom");
    }

    @Test
    void anUnknownFieldListsTheKnownOnesSorted() {
        Problem p = measurement("\"value\":1,\"extra\":2").getError().single();
        assertThat(p.path()).isEqualTo("$.extra");
        assertThat(p.args())
                .containsExactly(
                        "extra", "evidence, flag, indicator, items, marks, participant, period, source, value");
    }

    @Test
    void aDocumentOfExactlyTheMaximumSizeIsRead() {
        String padded = M + "\"value\":1}";
        String text = padded + " ".repeat(ContestJson.MAX_DOCUMENT_CHARS - padded.length());
        assertThat(text).hasSize(ContestJson.MAX_DOCUMENT_CHARS);
        assertThat(ContestJson.read(text, Format.JSON, Measurement.class).isValid())
                .isTrue();
        assertThat(first(ContestJson.read(text + " ", Format.JSON, Measurement.class)))
                .isEqualTo("json.too-large $ " + (ContestJson.MAX_DOCUMENT_CHARS + 1));
    }
}
