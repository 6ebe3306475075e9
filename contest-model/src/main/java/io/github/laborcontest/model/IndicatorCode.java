// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The stable code of an indicator, unique within its indicator set. Written in JSON as a plain string.
 *
 * @param value the id, not blank, for example {@code "quality.pass-rate"}
 * @since 0.1.0
 */
public record IndicatorCode(@JsonValue String value) implements Comparable<IndicatorCode> {

    /** Refuses a null or blank id. */
    public IndicatorCode {
        Objects.requireNonNull(value, "indicatorCode");
        if (value.isBlank()) {
            throw new IllegalArgumentException("indicatorCode must not be blank");
        }
    }

    /**
     * The id with this value.
     *
     * @param value not blank
     * @return the id
     */
    @JsonCreator
    public static IndicatorCode of(String value) {
        return new IndicatorCode(value);
    }

    @Override
    public int compareTo(IndicatorCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
