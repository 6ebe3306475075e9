// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The fast logarithm agrees with {@link Math#log} to 2 ulp of {@code max(|ln x|, 1)}. */
class FastLogPropertiesTest {

    @Provide
    Arbitrary<Double> positives() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 0x7FEFFFFFFFFFFFFFL).map(Double::longBitsToDouble),
                Arbitraries.doubles().between(0.5, 2.0).ofScale(15),
                Arbitraries.doubles().between(1e-9, 1.0).ofScale(15));
    }

    @Property(tries = 2000)
    void agreesWithMathLog(@ForAll("positives") double x) {
        double expected = Math.log(x);
        // 2 ulp of the result, but at least 2 ulp of 1: below 1 in magnitude (x in (1/e, e)) the
        // error is absolute, from the cancellation of e·ln 2 and ln c
        double tolerance = 2 * Math.ulp(Math.max(Math.abs(expected), 1.0));
        assertThat(Math.abs(FastLog.ln(x) - expected)).as("ln %s", x).isLessThanOrEqualTo(tolerance);
    }

    @Test
    void specialValuesFollowMathLog() {
        assertThat(FastLog.ln(1)).isZero();
        assertThat(FastLog.ln(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(FastLog.ln(-1)).isNaN();
        assertThat(FastLog.ln(Double.NaN)).isNaN();
        assertThat(FastLog.ln(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(FastLog.ln(Double.MIN_VALUE)).isEqualTo(Math.log(Double.MIN_VALUE));
        assertThat(FastLog.ln(Math.E)).isCloseTo(1, org.assertj.core.data.Offset.offset(2 * Math.ulp(1.0)));
    }
}
