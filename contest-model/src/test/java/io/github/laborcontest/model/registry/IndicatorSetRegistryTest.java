// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.fixtures.FixtureIndicatorSetProvider;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.spi.IndicatorSetProvider;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorSetRegistryTest {

    @Test
    void discoversBuiltinAndFixtureProvidersThroughServiceLoader() {
        IndicatorSetRegistry registry = discovered();
        assertThat(registry.sets())
                .extracting(IndicatorSet::ref)
                .containsExactly(
                        IndicatorSetRef.of("ankang-cup", "2026.1"),
                        IndicatorSetRef.of("fixture-parking", "1"),
                        IndicatorSetRef.of("six-comparisons", "2026.1"),
                        IndicatorSetRef.of("skill-contest", "2026.1"));
        assertThat(registry.providerOf(IndicatorSetRef.of("fixture-parking", "1")))
                .contains("fixture.parking");
        assertThat(registry.providerOf(IndicatorSetRef.of("six-comparisons", "2026.1")))
                .contains("contest.builtin");
    }

    @Test
    void rejectsDuplicateSetIdsNamingBothProviders() {
        IndicatorSetProvider second =
                provider("acme.copy", List.of(FixtureIndicatorSetProvider.parkingSet("fixture-parking", "1")));
        var result = IndicatorSetRegistry.of(List.of(new FixtureIndicatorSetProvider(), second));
        assertThat(result.isInvalid()).isTrue();
        Problem p = result.getError().single();
        assertThat(p.code()).isEqualTo(ModelProblem.DUPLICATE_INDICATOR_SET);
        assertThat(p.message(Locale.ENGLISH))
                .contains("fixture-parking")
                .contains("fixture.parking")
                .contains("acme.copy");
        assertThat(p.message(Locale.CHINESE)).contains("重复提供");
    }

    @Test
    void sameCodeWithAnotherVersionIsNoConflict() {
        var result = IndicatorSetRegistry.of(List.of(
                new FixtureIndicatorSetProvider(),
                provider("acme.v2", List.of(FixtureIndicatorSetProvider.parkingSet("fixture-parking", "2")))));
        assertThat(result.get().sets()).hasSize(2);
    }

    @Test
    void aProviderThatThrowsBecomesAProblemNamingItsClass() {
        IndicatorSetProvider broken = new IndicatorSetProvider() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<IndicatorSet> indicatorSets() {
                throw new IllegalStateException("boom");
            }
        };
        var result = IndicatorSetRegistry.of(List.of(broken));
        Problem p = result.getError().single();
        assertThat(p.code()).isEqualTo(ModelProblem.PROVIDER_FAILED);
        assertThat(p.args()).anySatisfy(a -> assertThat(a).contains("IndicatorSetRegistryTest"));
        assertThat(p.args()).contains("boom");
    }

    @Test
    void anInvalidContributedSetIsReportedUnderItsRef() {
        IndicatorSet bad = new IndicatorSet.Builder()
                .from(FixtureIndicatorSetProvider.parkingSet("bad-set", "1"))
                .totalPoints(Points.of(90))
                .build();
        var result = IndicatorSetRegistry.of(List.of(provider("acme.bad", List.of(bad))));
        Problem p = result.getError().single();
        assertThat(p.code()).isEqualTo(ModelProblem.POINTS_DO_NOT_ADD_UP);
        assertThat(p.path()).isEqualTo("$.bad-set@1.totalPoints");
    }

    @Test
    void requireNamesAnUnknownSet() {
        IndicatorSetRegistry registry = discovered();
        Problem p = registry.require(IndicatorSetRef.of("nope", "9")).getError();
        assertThat(p.code()).isEqualTo(ModelProblem.UNKNOWN_INDICATOR_SET);
        assertThat(p.message(Locale.ENGLISH))
                .isEqualTo("$.indicatorSet: no indicator set nope version 9 is registered");
    }

    private static IndicatorSetRegistry discovered() {
        var result = IndicatorSetRegistry.discover();
        assertThat(result.isValid())
                .as(() -> result.getError().map(p -> p.message(Locale.ENGLISH)).mkString("\n"))
                .isTrue();
        return result.get();
    }

    private static IndicatorSetProvider provider(String id, List<IndicatorSet> sets) {
        return new IndicatorSetProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<IndicatorSet> indicatorSets() {
                return sets;
            }
        };
    }
}
