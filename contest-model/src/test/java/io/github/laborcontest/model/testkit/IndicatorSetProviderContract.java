// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.json.ContestJson.Format;
import io.github.laborcontest.model.spi.IndicatorSetProvider;
import io.github.laborcontest.model.validation.ContestValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The contract every {@link IndicatorSetProvider} must meet, for plugin authors: implement this
 * interface in a test class and return your provider from {@link #provider()}. Shipped in
 * contest-model's {@code tests} jar ({@code <classifier>tests</classifier>}).
 *
 * <pre>{@code
 * class MyProviderTest implements IndicatorSetProviderContract {
 *   public IndicatorSetProvider provider() { return new MyProvider(); }
 * }
 * }</pre>
 */
public interface IndicatorSetProviderContract {

    /**
     * The provider under test.
     *
     * @return a new instance
     */
    IndicatorSetProvider provider();

    /** The id is stable text and the provider contributes at least one set. */
    @Example
    default void hasAnIdAndAtLeastOneSet() {
        assertThat(provider().id()).isNotBlank();
        assertThat(provider().indicatorSets()).isNotEmpty();
    }

    /** No two contributed sets share a code and version. */
    @Example
    default void setRefsAreUnique() {
        Set<IndicatorSetRef> seen = new HashSet<>();
        for (IndicatorSet set : provider().indicatorSets()) {
            assertThat(seen.add(set.ref())).as("duplicate %s", set.ref()).isTrue();
        }
    }

    /** Every set is valid: unique codes, points and weights adding up to the declared maximum. */
    @Example
    default void everySetIsValid() {
        for (IndicatorSet set : provider().indicatorSets()) {
            var result = ContestValidator.validate(set);
            assertThat(result.isValid())
                    .as(() -> set.ref() + ": "
                            + result.getError()
                                    .map(p -> p.message(Locale.ENGLISH))
                                    .mkString("; "))
                    .isTrue();
        }
    }

    /**
     * Every set reads back equal from its own JSON and YAML.
     *
     * @param format the format
     */
    @Property(tries = 2)
    default void everySetRoundTrips(@ForAll Format format) {
        for (IndicatorSet set : provider().indicatorSets()) {
            String text = ContestJson.write(set, format);
            assertThat(ContestJson.readIndicatorSet(text, format).get()).isEqualTo(set);
        }
    }

    /** Two instances give equal sets in the same order: providers are deterministic. */
    @Example
    default void isDeterministic() {
        List<IndicatorSet> first = provider().indicatorSets();
        List<IndicatorSet> second = provider().indicatorSets();
        assertThat(second).isEqualTo(first);
        assertThat(provider().id()).isEqualTo(provider().id());
    }
}
