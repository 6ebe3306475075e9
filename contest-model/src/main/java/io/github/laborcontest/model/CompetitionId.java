// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The stable id of a competition. Written in JSON as a plain string.
 *
 * @param value the id, not blank, for example {@code "qd-2026-key-projects"}
 * @since 0.1.0
 */
public record CompetitionId(@JsonValue String value) implements Comparable<CompetitionId> {

    /** Refuses a null or blank id. */
    public CompetitionId {
        Objects.requireNonNull(value, "competitionId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("competitionId must not be blank");
        }
    }

    /**
     * The id with this value.
     *
     * @param value not blank
     * @return the id
     */
    @JsonCreator
    public static CompetitionId of(String value) {
        return new CompetitionId(value);
    }

    @Override
    public int compareTo(CompetitionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
