// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.awards.fixtures.FixtureAwardRuleProvider;
import io.github.laborcontest.awards.internal.BuiltinAwardProvider;
import io.github.laborcontest.awards.spi.AwardRuleProvider;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Plugins come in through ServiceLoader, built-ins the same way, and conflicts are problems. */
class AwardRegistryTest {

    @Test
    void discoversBuiltinAndFixtureProvidersThroughServiceLoader() {
        AwardRegistry registry = AwardRegistry.discover().get();
        assertThat(registry.find(BuiltinAwards.MAY_DAY_MEDAL)).isPresent();
        assertThat(registry.find(FixtureAwardRuleProvider.VETERAN)).isPresent();
        assertThat(registry.providerOf(FixtureAwardRuleProvider.VETERAN)).contains("acme.awards");
        assertThat(registry.predicateNames()).containsExactly("acme.years-of-service");
    }

    @Test
    void thirdPartyPredicateIsEvaluatedWithItsFacts() {
        AwardRegistry registry = AwardRegistry.discover().get();
        AwardEngine engine = AwardEngine.create(registry);
        AwardDefinition veteran =
                registry.find(FixtureAwardRuleProvider.VETERAN).orElseThrow();
        Candidate old = TestdataAwards.person("A", 1, false, "90").withFact("years-of-service", FactValue.of(25));
        Candidate young = TestdataAwards.person("B", 2, false, "89").withFact("years-of-service", FactValue.of(5));
        Candidate unknown = TestdataAwards.person("C", 3, false, "88");
        AwardResult r =
                engine.decide(veteran, AwardInput.of(TestdataAwards.jointCityWide(), List.of(old, young, unknown)));
        assertThat(r.decisionFor(ParticipantId.of("A")).orElseThrow().selection())
                .isEqualTo(Selection.SELECTED);
        assertThat(r.decisionFor(ParticipantId.of("B")).orElseThrow().selection())
                .isEqualTo(Selection.NOT_ELIGIBLE);
        AwardDecision c = r.decisionFor(ParticipantId.of("C")).orElseThrow();
        assertThat(c.selection()).isEqualTo(Selection.UNDETERMINED);
        assertThat(c.eligibility().missingFacts()).containsExactly("years-of-service");
        assertThat(c.eligibility().criteria().get(0).text().zh()).isEqualTo("工龄不少于 20 年");
    }

    @Test
    void rejectsDuplicateAwardIdsNamingBothProviders() {
        AwardRuleProvider copy = new AwardRuleProvider() {
            @Override
            public String id() {
                return "copycat";
            }

            @Override
            public List<AwardDefinition> awards() {
                return new BuiltinAwardProvider().awards().subList(0, 1);
            }
        };
        Validation<Seq<Problem>, AwardRegistry> v = AwardRegistry.of(List.of(new BuiltinAwardProvider(), copy));
        assertThat(v.isInvalid()).isTrue();
        Problem p = v.getError().head();
        assertThat(p.code()).isEqualTo(AwardProblem.DUPLICATE_PROVIDED_AWARD);
        assertThat(p.message(Locale.ENGLISH)).contains("contest.builtin-awards", "copycat");
        assertThat(p.message(Locale.CHINESE)).contains("由两个插件重复提供");
    }

    @Test
    void unknownPredicateAndThrowingProviderAreProblems() {
        AwardRuleProvider needsPredicate = new AwardRuleProvider() {
            @Override
            public String id() {
                return "needs";
            }

            @Override
            public List<AwardDefinition> awards() {
                return new FixtureAwardRuleProvider().awards();
            }
        };
        AwardRuleProvider throwing = new AwardRuleProvider() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<AwardDefinition> awards() {
                throw new IllegalStateException("boom");
            }
        };
        Validation<Seq<Problem>, AwardRegistry> v = AwardRegistry.of(List.of(needsPredicate, throwing));
        assertThat(v.getError().map(Problem::code))
                .containsExactlyInAnyOrder(AwardProblem.UNKNOWN_PREDICATE, AwardProblem.PROVIDER_FAILED);
        Problem unknown = v.getError()
                .find(p -> p.code() == AwardProblem.UNKNOWN_PREDICATE)
                .get();
        assertThat(unknown.path()).isEqualTo("$.acme.veteran-worker.eligibility.predicate");
    }
}
