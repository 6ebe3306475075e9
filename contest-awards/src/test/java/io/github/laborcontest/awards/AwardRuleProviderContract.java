// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.awards.spi.AwardRuleProvider;
import io.github.laborcontest.awards.spi.CustomPredicate;
import io.github.laborcontest.model.json.ContestJson.Format;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks every plugin author should run against an {@link AwardRuleProvider}: implement it in a
 * test class and return the provider. Shipped in the {@code tests} jar of contest-awards.
 */
public interface AwardRuleProviderContract {

    /** The provider under test. */
    AwardRuleProvider provider();

    /** Whether the provider is registered together with the built-in awards (true for plugins). */
    default boolean withBuiltins() {
        return true;
    }

    private List<AwardRuleProvider> providers() {
        return withBuiltins()
                ? List.of(new io.github.laborcontest.awards.internal.BuiltinAwardProvider(), provider())
                : List.of(provider());
    }

    /** The provider's id is stable and not blank. */
    @Test
    default void idIsStable() {
        assertThat(provider().id()).isNotBlank().isEqualTo(provider().id());
    }

    /** Award ids and predicate names are unique and the lists are the same on every call. */
    @Test
    default void contributionsAreUniqueAndDeterministic() {
        List<AwardDefinition> awards = provider().awards();
        Set<AwardId> ids = new HashSet<>();
        awards.forEach(a ->
                assertThat(ids.add(a.id())).as("duplicate award %s", a.id()).isTrue());
        assertThat(provider().awards()).isEqualTo(awards);
        Set<String> names = new HashSet<>();
        provider()
                .predicates()
                .forEach(p -> assertThat(names.add(p.name()))
                        .as("duplicate predicate %s", p.name())
                        .isTrue());
    }

    /** The provider registers on its own together with the built-in awards, without problems. */
    @Test
    default void registersWithTheBuiltins() {
        var registry = AwardRegistry.of(providers());
        assertThat(registry.isValid())
                .as("%s", registry.isInvalid() ? registry.getError() : "")
                .isTrue();
    }

    /** Every definition survives a JSON round trip, so organisers can export and edit it. */
    @Test
    default void definitionsRoundTripThroughJson() {
        var registry = AwardRegistry.of(providers()).get();
        List<AwardDefinition> awards = provider().awards();
        assertThat(AwardJson.readDefinitions(AwardJson.writeDefinitions(awards), Format.JSON, registry)
                        .get())
                .isEqualTo(awards);
    }

    /** Every predicate describes itself in both languages for the parameters its awards use. */
    @Test
    default void predicatesDescribeThemselves() {
        for (AwardDefinition a : provider().awards()) {
            for (Condition.Custom c : customs(a.eligibility())) {
                CustomPredicate p = provider().predicates().stream()
                        .filter(x -> x.name().equals(c.predicate()))
                        .findFirst()
                        .orElse(null);
                if (p != null) {
                    assertThat(p.checkParams(c.params())).isEmpty();
                    assertThat(p.describe(c.params()).in(Locale.CHINESE)).isNotBlank();
                    assertThat(p.describe(c.params()).in(Locale.ENGLISH)).isNotBlank();
                }
            }
        }
    }

    private static List<Condition.Custom> customs(Condition c) {
        if (c instanceof Condition.Custom cu) {
            return List.of(cu);
        }
        if (c instanceof Condition.AllOf a) {
            return a.conditions().stream().flatMap(x -> customs(x).stream()).toList();
        }
        if (c instanceof Condition.AnyOf a) {
            return a.conditions().stream().flatMap(x -> customs(x).stream()).toList();
        }
        if (c instanceof Condition.Not n) {
            return customs(n.condition());
        }
        return List.of();
    }
}
