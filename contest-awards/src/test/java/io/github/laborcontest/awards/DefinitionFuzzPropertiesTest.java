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
        Arbitraries.of("\"type\":\"nope\"", "null", "-1", "1e999", "[]", "{}", "\"percent\": 0", "\"ge\"", "true", "\"all-of\"", "\"\"", "💥"));
    return Combinators.combine(at, len, junk, Arbitraries.integers().between(0, 2)).as((i, n, j, mode) -> {
      int end = Math.min(BUILTIN.length(), i + n);
      return switch (mode) {
        case 0 -> BUILTIN.substring(0, i) + BUILTIN.substring(end);
        case 1 -> BUILTIN.substring(0, i) + j + BUILTIN.substring(end);
        default -> BUILTIN.substring(0, end) + BUILTIN.substring(i);
      };
    });
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
        assertThat(p.code().render(Locale.CHINESE, p.args().toArray())).isNotEqualTo(p.code().code());
        assertThat(p.code().render(Locale.ENGLISH, p.args().toArray())).isNotEqualTo(p.code().code());
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
