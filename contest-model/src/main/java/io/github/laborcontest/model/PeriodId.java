// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The id of an evaluation period (考评周期), such as a month, a quarter or the final assessment. Written in JSON as a plain string.
 *
 * @param value the id, not blank, for example {@code "2026-Q1"}
 * @since 0.1.0
 */
public record PeriodId(@JsonValue String value) implements Comparable<PeriodId> {

    /** Refuses a null or blank id. */
    public PeriodId {
        Objects.requireNonNull(value, "periodId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("periodId must not be blank");
        }
    }

    /**
     * The id with this value.
     *
     * @param value not blank
     * @return the id
     */
    @JsonCreator
    public static PeriodId of(String value) {
        return new PeriodId(value);
    }

    @Override
    public int compareTo(PeriodId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
