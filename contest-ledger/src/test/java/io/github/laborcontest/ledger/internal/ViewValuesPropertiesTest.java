// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The values a view shares between contributions ({@link FoldState.Values}) are exactly the ones it
 * would make itself, whatever else the cache held before: slots taken by other values, read again
 * after being replaced.
 */
class ViewValuesPropertiesTest {

    @Property(tries = 300)
    void sharedAmountsAreTheDecimalsTheyStandFor(
            @ForAll @Size(min = 1, max = 3000) List<@LongRange(min = -50_000, max = 50_000) Long> unscaled,
            @ForAll @IntRange(min = -3, max = 6) int scale,
            @ForAll long far) {
        List<Long> values = new ArrayList<>(unscaled);
        values.add(far);
        values.add(Long.MIN_VALUE);
        for (int round = 0; round < 2; round++) {
            for (long u : values) {
                for (int s : new int[] {scale, scale + 1}) {
                    BigDecimal expected = BigDecimal.valueOf(u, s);
                    assertThat(FoldState.Values.decimal(u, s)).isEqualTo(expected); // equal scale too
                    assertThat(FoldState.Values.amount(u, s)).contains(expected);
                }
            }
            Collections.reverse(values);
        }
    }

    @Property(tries = 300)
    void sharedDatesAreTheDaysTheyStandFor(
            @ForAll @Size(min = 1, max = 3000)
                    List<@LongRange(min = -365_243_219_162L, max = 365_241_780_471L) Long> days) {
        for (int round = 0; round < 2; round++) {
            for (long d : days) {
                assertThat(FoldState.Values.day(d)).isEqualTo(LocalDate.ofEpochDay(d));
                assertThat(FoldState.Values.day(d + 1024 > 365_241_780_471L ? d - 1024 : d + 1024)
                                .toEpochDay())
                        .isEqualTo(d + 1024 > 365_241_780_471L ? d - 1024 : d + 1024);
            }
            Collections.reverse(days);
        }
    }
}
