// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The stable id of an award definition, for example {@code "qingdao-may-day-medal"}. Written in
 * JSON as a plain string.
 *
 * @param value lower-case letters, digits, dots and hyphens
 * @since 0.1.0
 */
public record AwardId(@JsonValue String value) implements Comparable<AwardId> {

    /** Checks the id's form. */
    public AwardId {
        Objects.requireNonNull(value, "id");
        if (!value.matches("[a-z0-9][a-z0-9.-]{0,99}")) {
            throw new IllegalArgumentException(
                    "award id (" + value + ") must be lower-case letters, digits, dots and hyphens");
        }
    }

    /**
     * The id with this value.
     *
     * @param value the id
     * @return the id
     */
    @JsonCreator
    public static AwardId of(String value) {
        return new AwardId(value);
    }

    @Override
    public int compareTo(AwardId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
