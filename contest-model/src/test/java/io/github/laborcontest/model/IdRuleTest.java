// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.json.ContestJson.Format;
import io.github.laborcontest.model.problem.InvalidIdException;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The one rule of ids and codes ({@link IdRule}), through every model id type and the JSON reader. */
class IdRuleTest {

    /** Every id type of the model, made from its text. */
    private static final List<Function<String, Object>> ID_TYPES =
            List.of(CompetitionId::of, ParticipantId::of, PeriodId::of, IndicatorCode::of, DimensionCode::of);

    @Provide
    Arbitrary<String> acceptedIds() {
        // letters, digits, punctuation and Chinese, with spaces inside only; one short of the limit,
        // so that a forbidden character added is refused for itself
        Arbitrary<Character> inner = Arbitraries.oneOf(
                Arbitraries.chars().alpha(),
                Arbitraries.chars().numeric(),
                Arbitraries.of('-', '_', '.', ':', '/', ' ', '·', 'é', 'Å'),
                Arbitraries.chars().range('\u4e00', '\u9fa5'));
        Arbitrary<Character> edge = Arbitraries.oneOf(
                Arbitraries.chars().alpha(),
                Arbitraries.chars().numeric(),
                Arbitraries.chars().range('\u4e00', '\u9fa5'));
        return net.jqwik.api.Combinators.combine(edge, inner.list().ofMaxSize(IdRule.MAX_LENGTH - 3), edge)
                .as((a, mid, b) -> {
                    StringBuilder sb = new StringBuilder().append(a);
                    mid.forEach(sb::append);
                    return sb.append(b).toString();
                });
    }

    @Provide
    Arbitrary<Integer> forbiddenCodePoints() {
        // every control (Cc), format (Cf), line and paragraph separator and surrogate below U+10000,
        // plus the supplementary format characters (U+E0001 language tag, tags, U+1D173 …)
        return Arbitraries.integers()
                .between(0, 0xE007F)
                .filter(cp -> {
                    int t = Character.getType(cp);
                    return t == Character.CONTROL
                            || t == Character.FORMAT
                            || t == Character.LINE_SEPARATOR
                            || t == Character.PARAGRAPH_SEPARATOR
                            || t == Character.SURROGATE;
                })
                .edgeCases(c -> c.add(0, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x200B, 0x200E, 0x202E, 0x2066, 0xFEFF));
    }

    @Property
    void anIdWithAForbiddenCharacterAnywhereIsRefusedByEveryIdType(
            @ForAll("acceptedIds") String id,
            @ForAll("forbiddenCodePoints") int cp,
            @ForAll @IntRange(min = 0, max = 1000) int where) {
        int at = id.offsetByCodePoints(0, where % (id.codePointCount(0, id.length()) + 1));
        String bad = id.substring(0, at) + new String(Character.toChars(cp)) + id.substring(at);
        assertThat(IdRule.accepts(bad)).isFalse();
        for (Function<String, Object> make : ID_TYPES) {
            assertThatThrownBy(() -> make.apply(bad))
                    .isInstanceOf(InvalidIdException.class)
                    // the message names the code point, never carries the text
                    .hasMessageContaining(String.format(Locale.ROOT, "U+%04X", cp))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(new String(Character.toChars(cp))));
        }
    }

    @Property
    void anAcceptedIdRoundTripsThroughJsonUnchanged(@ForAll("acceptedIds") String id) throws JsonProcessingException {
        assertThat(IdRule.problem(id, "$.id")).isEmpty();
        String json = "[{\"participant\":" + ContestJson.jsonMapper().writeValueAsString(id)
                + ",\"indicator\":" + ContestJson.jsonMapper().writeValueAsString(id)
                + ",\"period\":" + ContestJson.jsonMapper().writeValueAsString(id) + ",\"value\":1}]";
        Measurement m = ContestJson.readMeasurements(json, Format.JSON).get().get(0);
        assertThat(m.participant().value()).isEqualTo(id);
        assertThat(m.indicator().value()).isEqualTo(id);
        assertThat(m.period().value()).isEqualTo(id);
        String written = ContestJson.writeJson(List.of(m));
        Measurement again =
                ContestJson.readMeasurements(written, Format.JSON).get().get(0);
        assertThat(again).isEqualTo(m);
        for (Function<String, Object> make : ID_TYPES) {
            Object value = make.apply(id);
            String text = ContestJson.jsonMapper().writeValueAsString(value);
            assertThat(ContestJson.jsonMapper().readValue(text, value.getClass()))
                    .isEqualTo(value);
        }
    }

    @Example
    void aParticipantIdWithALineBreakIsAProblemNamingTheFieldInBothLanguages() {
        String json = "[{\"participant\":\"P-1\\nok E-VICTIM\",\"indicator\":\"i\",\"period\":\"Q1\",\"value\":1}]";
        Problem p = ContestJson.readMeasurements(json, Format.JSON).getError().single();
        assertThat(p.code()).isEqualTo(ModelProblem.ID_CONTROL_CHARACTER);
        assertThat(p.path()).isEqualTo("$[0].participant");
        assertThat(p.message(Locale.CHINESE))
                .isEqualTo("$[0].participant: 标识“participantId”含有控制字符 U+000A（第 4 个字符），" + "不允许换行、回车、ESC、NUL 等控制字符");
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("$[0].participant: id \"participantId\" contains the control character U+000A"
                        + " (character 4); line breaks, carriage returns, ESC, NUL and other control characters"
                        + " are not allowed");
    }

    @Example
    void eachPartOfTheRuleHasItsOwnProblem() {
        assertThat(code("")).isEqualTo(ModelProblem.ID_BLANK);
        assertThat(code(" \t")).isEqualTo(ModelProblem.ID_BLANK);
        assertThat(code("x".repeat(IdRule.MAX_LENGTH + 1))).isEqualTo(ModelProblem.ID_TOO_LONG);
        assertThat(IdRule.accepts("x".repeat(IdRule.MAX_LENGTH))).isTrue();
        // 200 characters outside the BMP are 400 chars, still 200 characters
        assertThat(IdRule.accepts("\uD840\uDC00".repeat(IdRule.MAX_LENGTH))).isTrue();
        assertThat(code("P-1\u0000")).isEqualTo(ModelProblem.ID_CONTROL_CHARACTER);
        assertThat(code("\u001B[2JP-1")).isEqualTo(ModelProblem.ID_CONTROL_CHARACTER);
        assertThat(code("P-1\u2028")).isEqualTo(ModelProblem.ID_CONTROL_CHARACTER);
        assertThat(code("P-\u202E1-E")).isEqualTo(ModelProblem.ID_FORMAT_CHARACTER);
        assertThat(code("P-\u200B1")).isEqualTo(ModelProblem.ID_FORMAT_CHARACTER);
        assertThat(code("P-\uD800")).isEqualTo(ModelProblem.ID_UNPAIRED_SURROGATE);
        assertThat(code(" P-1")).isEqualTo(ModelProblem.ID_SURROUNDING_SPACE);
        assertThat(code("P-1\u3000")).isEqualTo(ModelProblem.ID_SURROUNDING_SPACE);
        assertThat(code("P-1\u00A0")).isEqualTo(ModelProblem.ID_SURROUNDING_SPACE);
        assertThat(code("Cafe\u0301")).isEqualTo(ModelProblem.ID_NOT_NFC);
        assertThat(IdRule.accepts("Caf\u00E9")).isTrue();
        assertThat(IdRule.accepts("市南区 P-001")).isTrue();
    }

    @Example
    void modelChecksApplyTheRuleToCodesThatAreNotIdTypes() {
        String json = "[{\"participant\":\"P\",\"indicator\":\"i\",\"period\":\"Q1\\u202E\",\"value\":1}]";
        Problem p = ContestJson.readMeasurements(json, Format.JSON).getError().single();
        assertThat(p.code()).isEqualTo(ModelProblem.ID_FORMAT_CHARACTER);
        assertThat(p.path()).isEqualTo("$[0].period");
        assertThat(p.message(Locale.ENGLISH)).contains("U+202E").doesNotContain("\u202E");
    }

    private static ModelProblem code(String id) {
        return (ModelProblem) IdRule.problem(id, "$.x").orElseThrow().code();
    }
}
