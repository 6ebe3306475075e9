// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The stable code of a dimension of an indicator set, such as one of the six comparisons of 六比一创. Written in JSON as a plain string.
 *
 * @param value the id, not blank, for example {@code "quality"}
 * @since 0.1.0
 */
public record DimensionCode(@JsonValue String value) implements Comparable<DimensionCode> {

    /** Refuses a null or blank id. */
    public DimensionCode {
        Objects.requireNonNull(value, "dimensionCode");
        if (value.isBlank()) {
            throw new IllegalArgumentException("dimensionCode must not be blank");
        }
    }

    /**
     * The id with this value.
     *
     * @param value not blank
     * @return the id
     */
    @JsonCreator
    public static DimensionCode of(String value) {
        return new DimensionCode(value);
    }

    @Override
    public int compareTo(DimensionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
