// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.fixtures.FixtureIndicatorSetProvider;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.spi.IndicatorSetProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery through ServiceLoader when an entry is broken, and providers whose id fails. */
class RegistryDiscoveryTest {

    @Test
    void aServiceEntryNamingAMissingClassBecomesAProblemNamingThatClass(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(
                services.resolve(IndicatorSetProvider.class.getName()),
                "com.example.MissingProvider\n",
                StandardCharsets.UTF_8);
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            var result = IndicatorSetRegistry.discover(loader);
            Problem p = result.getError().single();
            assertThat(p.code()).isEqualTo(ModelProblem.PROVIDER_FAILED);
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.args().get(0)).isEqualTo("com.example.MissingProvider");
            assertThat(p.args().get(1)).contains("com.example.MissingProvider").contains("not found");
        }
    }

    @Test
    void theDefaultClassLoaderFindsTheBuiltInAndFixtureProviders() {
        IndicatorSetRegistry registry =
                IndicatorSetRegistry.discover(getClass().getClassLoader()).get();
        assertThat(registry.sets()).isNotEmpty();
        assertThat(registry.sets()).extracting(IndicatorSet::ref).isSortedAccordingTo(IndicatorSetRef::compareTo);
    }

    @Test
    void aProviderWhoseIdFailsIsNamedByItsClass() {
        IndicatorSet set = FixtureIndicatorSetProvider.parkingSet("anon-set", "1");
        IndicatorSetProvider noId = new IndicatorSetProvider() {
            @Override
            public String id() {
                throw new IllegalStateException("no id");
            }

            @Override
            public List<IndicatorSet> indicatorSets() {
                return List.of(set);
            }
        };
        IndicatorSetRegistry registry = IndicatorSetRegistry.of(List.of(noId)).get();
        assertThat(registry.providerOf(set.ref())).contains(noId.getClass().getName());
        assertThat(registry.find(set.ref())).contains(set);
        assertThat(registry.require(set.ref()).get()).isEqualTo(set);
        assertThat(registry.find(IndicatorSetRef.of("anon-set", "2"))).isEmpty();
        assertThat(registry.providerOf(IndicatorSetRef.of("anon-set", "2"))).isEmpty();
    }

    @Test
    void providersAreReadInTheOrderOfTheirIdsSoTheFirstIdKeepsADuplicate() {
        IndicatorSet set = FixtureIndicatorSetProvider.parkingSet("dup-set", "1");
        var result = IndicatorSetRegistry.of(List.of(provider("z.late", set), provider("a.early", set)));
        Problem p = result.getError().single();
        assertThat(p.code()).isEqualTo(ModelProblem.DUPLICATE_INDICATOR_SET);
        assertThat(p.args()).containsExactly("dup-set", "1", "a.early", "z.late");
    }

    private static IndicatorSetProvider provider(String id, IndicatorSet set) {
        return new IndicatorSetProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<IndicatorSet> indicatorSets() {
                return List.of(set);
            }
        };
    }
}
