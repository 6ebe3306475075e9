// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.fixtures.TestdataCompetitions;
import io.github.laborcontest.model.internal.BuiltinIndicatorSetProvider;
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

/**
 * Feeds mutated and garbage documents to every reader: only typed problems may come back (never
 * an exception), each with a JSON path and a message rendered from a real template in both
 * languages.
 */
class ParserFuzzPropertiesTest {

    private static final String COMPETITION = ContestJson.writeJson(TestdataCompetitions.keyProjectContest());
    private static final String SET =
            ContestJson.writeJson(BuiltinIndicatorSetProvider.load("builtin/skill-contest.json"));
    private static final List<String> TOKENS = List.of(
            "null",
            "true",
            "-1",
            "1e999",
            "\"\"",
            "[]",
            "{}",
            "\"x\"",
            "0.1234567890123456",
            "NaN",
            "{",
            "]",
            ",",
            ":",
            "\"",
            "\\u0000",
            "!!",
            "- ",
            "&a",
            "*a");

    @Property(tries = 300)
    void mutatedCompetitionsGiveOnlyTypedProblems(@ForAll("mutatedCompetitions") String text, @ForAll Format format) {
        assertOnlyTypedProblems(ContestJson.readCompetition(text, format));
    }

    @Property(tries = 300)
    void mutatedIndicatorSetsGiveOnlyTypedProblems(@ForAll("mutatedSets") String text) {
        assertOnlyTypedProblems(ContestJson.readIndicatorSet(text, Format.JSON));
        assertOnlyTypedProblems(ContestJson.readMeasurements(text, Format.JSON));
    }

    @Property(tries = 300)
    void garbageGivesOnlyTypedProblems(@ForAll("garbage") String text, @ForAll Format format) {
        assertOnlyTypedProblems(ContestJson.readPlan(text, format));
        assertOnlyTypedProblems(ContestJson.readMeasurements(text, format));
    }

    private static void assertOnlyTypedProblems(Validation<Seq<Problem>, ?> result) {
        if (result.isValid()) {
            return;
        }
        assertThat(result.getError()).isNotEmpty();
        for (Problem p : result.getError()) {
            assertThat(p.path()).startsWith("$");
            String zh = p.message(Locale.CHINESE);
            String en = p.message(Locale.ENGLISH);
            assertThat(zh).as("zh template of %s", p.codeName()).doesNotEndWith(": " + p.codeName());
            assertThat(en).as("en template of %s", p.codeName()).doesNotEndWith(": " + p.codeName());
        }
    }

    @Provide
    Arbitrary<String> mutatedCompetitions() {
        return mutations(COMPETITION);
    }

    @Provide
    Arbitrary<String> mutatedSets() {
        return mutations(SET);
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings()
                        .withChars("{}[]:,\"-0123456789.eE truefalsnl\n#&*!|>")
                        .ofMaxLength(200));
    }

    private static Arbitrary<String> mutations(String doc) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, doc.length() - 1);
        Arbitrary<String> deleted = Combinators.combine(
                        at, Arbitraries.integers().between(1, 40))
                .as((i, n) -> doc.substring(0, i) + doc.substring(Math.min(doc.length(), i + n)));
        Arbitrary<String> inserted = Combinators.combine(at, Arbitraries.of(TOKENS))
                .as((i, t) -> doc.substring(0, i) + t + doc.substring(i));
        Arbitrary<String> truncated = at.map(i -> doc.substring(0, i));
        Arbitrary<String> valueSwapped = Combinators.combine(at, Arbitraries.of(TOKENS))
                .as((i, t) -> {
                    int colon = doc.indexOf(" : ", i);
                    if (colon < 0) {
                        return doc;
                    }
                    int end = doc.indexOf('\n', colon);
                    return doc.substring(0, colon + 3) + t + (end < 0 ? "" : doc.substring(end));
                });
        return Arbitraries.oneOf(deleted, inserted, truncated, valueSwapped);
    }
}
