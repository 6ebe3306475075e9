// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.problem.Problem;
import io.vavr.control.Either;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Garbage and mutated documents give typed problems with paths, never an exception. */
class McdaJsonFuzzPropertiesTest {

    private static final List<String> SEEDS = List.of(
            "{\"alternatives\":[\"P1\",\"P2\",\"P3\"],\"criteria\":[{\"id\":\"quality\",\"type\":\"benefit\",\"weight\":0.4},"
                    + "{\"id\":\"cost\",\"type\":\"cost\",\"weight\":0.6}],\"matrix\":[[0.9,120],[0.7,100],[0.8,90]],"
                    + "\"weighting\":\"given\",\"method\":{\"name\":\"topsis\",\"normalization\":\"minmax\"}}",
            "{\"alternatives\":[\"A\",\"B\"],\"criteria\":[{\"id\":\"x\",\"type\":\"benefit\",\"preference\":{\"function\":\"linear\",\"q\":1,\"p\":3}},"
                    + "{\"id\":\"y\",\"type\":\"cost\"}],\"matrix\":[[1,2],[3,4]],\"weighting\":\"entropy\",\"method\":{\"name\":\"promethee2\"}}",
            "{\"alternatives\":[\"A\",\"B\"],\"criteria\":[{\"id\":\"x\",\"type\":\"cost\",\"weight\":2}],\"matrix\":[[5],[6]],"
                    + "\"weighting\":\"critic\",\"method\":{\"name\":\"vikor\",\"v\":0.25}}");

    private static final String TOKENS = "{}[]\",:-0123456789.eE tnrufals\\";

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars(TOKENS).ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        return Combinators.combine(
                        seed,
                        Arbitraries.integers()
                                .between(0, 1000)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(4),
                        Arbitraries.strings().withChars(TOKENS).ofMinLength(0).ofMaxLength(6),
                        Arbitraries.integers().between(0, 2))
                .as((s, positions, insert, op) -> {
                    StringBuilder b = new StringBuilder(s);
                    for (int p : positions) {
                        int at = p % (b.length() + 1);
                        switch (op) {
                            case 0 -> b.insert(at, insert);
                            case 1 -> b.delete(at, Math.min(b.length(), at + 1 + insert.length()));
                            default -> {
                                if (at < b.length()) {
                                    b.setCharAt(at, insert.isEmpty() ? '"' : insert.charAt(0));
                                }
                            }
                        }
                    }
                    return b.toString();
                });
    }

    private static void assertTyped(String json) {
        Either<io.vavr.collection.Seq<Problem>, String> answer = McdaJson.solve(json);
        if (answer.isLeft()) {
            assertThat(answer.getLeft()).isNotEmpty().hasSizeLessThanOrEqualTo(101);
            for (Problem p : answer.getLeft()) {
                assertThat(p.path()).startsWith("$");
                assertThat(p.message(Locale.ENGLISH)).doesNotContain("{0}");
                assertThat(p.message(Locale.CHINESE)).isNotBlank();
            }
            assertThat(McdaJson.writeProblems(answer.getLeft())).startsWith("{\"problems\":[");
        } else {
            assertThat(answer.get()).startsWith("{\"weights\":[");
        }
    }

    @Property
    void garbageGivesOnlyTypedProblems(@ForAll("garbage") String json) {
        assertTyped(json);
    }

    @Property
    void mutatedDocumentsGiveTypedProblemsOrAnswers(@ForAll("mutated") String json) {
        assertTyped(json);
    }

    @Property(tries = 20)
    void seedsAreValid(@ForAll("seeds") String json) {
        assertThat(McdaJson.solve(json).isRight()).as(json).isTrue();
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of(SEEDS);
    }
}
