// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The packed radix sort and the interval ranks agree with a plain stable sort and the definition. */
class RanksPropertiesTest {

    /** Preferences with many exact ties and near ties (a few ulps or about the tolerance apart). */
    @Provide
    Arbitrary<double[]> preferences() {
        Arbitrary<Double> base = Arbitraries.of(0.0, 0.3, -0.7, 1.0, 1e-300, 2.5e6);
        Arbitrary<Double> offset = Arbitraries.oneOf(
                Arbitraries.integers().between(-3, 3).map(k -> k * 1e-12),
                Arbitraries.integers().between(-5, 5).map(k -> k * 2.220446049250313e-16),
                Arbitraries.doubles().between(-1, 1));
        return net.jqwik.api.Combinators.combine(base, offset)
                .as(Double::sum)
                .array(double[].class)
                .ofMinSize(0)
                .ofMaxSize(300);
    }

    @Property
    void orderIsAStableSortAndRanksFollowTheDefinition(
            @ForAll("preferences") double[] p, @ForAll boolean higherIsBetter) {
        Comparator<Integer> byValue = Comparator.comparingDouble(i -> p[i] + 0.0);
        Integer[] expected = IntStream.range(0, p.length)
                .boxed()
                .sorted(higherIsBetter ? byValue.reversed() : byValue)
                .toArray(Integer[]::new);
        Ranks.Sorted sorted = Ranks.sort(p, higherIsBetter);
        assertThat(Arrays.stream(sorted.order()).boxed().toArray(Integer[]::new))
                .containsExactly(expected);
        for (double tolerance : new double[] {0, 1e-12, 1e-9}) {
            assertThat(Ranks.ranks(p, sorted, higherIsBetter, Ranks.scale(p), tolerance))
                    .containsExactly(Ranks.ranks(p, sorted.order(), tolerance));
        }
    }
}
