// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A raw value of one indicator for one participant in one period, with where it came from: the
 * input of scoring and the unit the ledger records. Exactly one kind of value is present, the one
 * the indicator's value type needs: a number ({@link #value()}: rates, counts, durations in
 * seconds), a flag ({@link #flag()}), judge marks ({@link #marks()}) or achieved items ({@link
 * #items()}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasurement.class)
@JsonDeserialize(as = ImmutableMeasurement.class)
public interface Measurement {

    /** Who was measured. */
    ParticipantId participant();

    /** What was measured. */
    IndicatorCode indicator();

    /** In which evaluation period. */
    PeriodId period();

    /** A numeric value: a rate, a count, a duration in seconds, points. */
    Optional<BigDecimal> value();

    /** A yes/no value, for pass/fail and veto indicators. */
    Optional<Boolean> flag();

    /** The marks of a judge panel, one per judge, in the order given. */
    List<BigDecimal> marks();

    /** The codes of achieved items, for an item table (e.g. {@code "luban"} for 鲁班奖). */
    List<String> items();

    /** Evidence references: inspection record numbers, photo numbers, documents. */
    List<String> evidence();

    /** Who or what supplied the value, for example an inspection team. */
    Optional<String> source();

    /**
     * A numeric measurement.
     *
     * @param participant who
     * @param indicator what
     * @param period when
     * @param value the value
     * @return the measurement
     */
    static Measurement of(ParticipantId participant, IndicatorCode indicator, PeriodId period, BigDecimal value) {
        return new Builder()
                .participant(participant)
                .indicator(indicator)
                .period(period)
                .value(value)
                .build();
    }

    /** Builds a {@link Measurement}. */
    class Builder extends ImmutableMeasurement.Builder {}
}
