// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.json.ContestJson.Format;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The definition and candidate readers never throw: any text gives values or typed problems. */
class DefinitionFuzzPropertiesTest {

    private static final AwardRegistry REGISTRY = AwardRegistry.builtin();
    private static final String BUILTIN = AwardJson.writeDefinitions(REGISTRY.awards());

    /** The built-in definitions with one span deleted, replaced or duplicated. */
    @Provide
    Arbitrary<String> mutatedDefinitions() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, BUILTIN.length() - 1);
        Arbitrary<Integer> len = Arbitraries.integers().between(1, 40);
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(8),
                Arbitraries.of(
                        "\"type\":\"nope\"",
                        "null",
                        "-1",
                        "1e999",
                        "[]",
                        "{}",
                        "\"percent\": 0",
                        "\"ge\"",
                        "true",
                        "\"all-of\"",
                        "\"\"",
                        "💥"));
        return Combinators.combine(at, len, junk, Arbitraries.integers().between(0, 2))
                .as((i, n, j, mode) -> {
                    int end = Math.min(BUILTIN.length(), i + n);
                    return switch (mode) {
                        case 0 -> BUILTIN.substring(0, i) + BUILTIN.substring(end);
                        case 1 -> BUILTIN.substring(0, i) + j + BUILTIN.substring(end);
                        default -> BUILTIN.substring(0, end) + BUILTIN.substring(i);
                    };
                });
    }

    private static final String CANDIDATES = """
      {"entrants": 31, "candidates": [
        {"participant": "W1", "name": "张三", "kind": "individual", "rank": 1, "rankShared": false, "total": 96.5,
         "vetoes": [{"code": "fatal", "reason": {"zh": "死亡事故", "en": "fatal"}, "date": "2026-03-01"}],
         "facts": {"disciplinary-record": false, "years": 12}},
        {"participant": "W2", "name": "李四", "kind": "team", "unit": "某局", "rank": 2, "total": 95, "grade": "excellent"}
      ]}
      """;

    /** A valid candidates document with one span deleted, replaced or duplicated. */
    @Provide
    Arbitrary<String> mutatedCandidates() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, CANDIDATES.length() - 1);
        Arbitrary<Integer> len = Arbitraries.integers().between(1, 30);
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.of(
                        "null",
                        "-1",
                        "0",
                        "1e999",
                        "[]",
                        "{}",
                        "[null]",
                        "\"\"",
                        "true",
                        "\"2026-02-30\"",
                        "99999999999"));
        return Combinators.combine(at, len, junk, Arbitraries.integers().between(0, 2))
                .as((i, n, j, mode) -> {
                    int end = Math.min(CANDIDATES.length(), i + n);
                    return switch (mode) {
                        case 0 -> CANDIDATES.substring(0, i) + CANDIDATES.substring(end);
                        case 1 -> CANDIDATES.substring(0, i) + j + CANDIDATES.substring(end);
                        default -> CANDIDATES.substring(0, end) + CANDIDATES.substring(i);
                    };
                });
    }

    @Property(tries = 500)
    void mutatedCandidatesGiveValuesOrTypedProblems(@ForAll("mutatedCandidates") String text) {
        typedProblemsOnly(AwardJson.readInput(TestdataAwards.jointCityWide(), text, Format.JSON));
        typedProblemsOnly(AwardJson.readInput(TestdataAwards.jointCityWide(), text, Format.YAML));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().ofMaxLength(200);
    }

    private static void typedProblemsOnly(Validation<Seq<Problem>, ?> v) {
        if (v.isInvalid()) {
            assertThat(v.getError()).isNotEmpty();
            for (Problem p : v.getError()) {
                assertThat(p.path()).startsWith("$");
                // a missing message template would render as the bare code
                assertThat(p.code().render(Locale.CHINESE, p.args().toArray()))
                        .isNotEqualTo(p.code().code());
                assertThat(p.code().render(Locale.ENGLISH, p.args().toArray()))
                        .isNotEqualTo(p.code().code());
            }
        }
    }

    @Property(tries = 500)
    void mutatedDefinitionsGiveValuesOrTypedProblems(@ForAll("mutatedDefinitions") String text) {
        Validation<Seq<Problem>, List<AwardDefinition>> v = AwardJson.readDefinitions(text, Format.JSON, REGISTRY);
        typedProblemsOnly(v);
    }

    @Property
    void arbitraryTextGivesTypedProblems(@ForAll("anyText") String text) {
        typedProblemsOnly(AwardJson.readDefinitions(text, Format.JSON, REGISTRY));
        typedProblemsOnly(AwardJson.readDefinitions(text, Format.YAML, REGISTRY));
        typedProblemsOnly(AwardJson.readCandidates(text, Format.JSON));
        typedProblemsOnly(AwardJson.readInput(TestdataAwards.jointCityWide(), text, Format.YAML));
    }
}
