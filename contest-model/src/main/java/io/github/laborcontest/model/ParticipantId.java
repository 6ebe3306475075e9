// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The stable id of a participant (unit, team, worker or project) within a competition. Written in JSON as a plain string.
 *
 * @param value the id, not blank, for example {@code "P-0001"}
 * @since 0.1.0
 */
public record ParticipantId(@JsonValue String value) implements Comparable<ParticipantId> {

    /** Refuses a null or blank id. */
    public ParticipantId {
        Objects.requireNonNull(value, "participantId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("participantId must not be blank");
        }
    }

    /**
     * The id with this value.
     *
     * @param value not blank
     * @return the id
     */
    @JsonCreator
    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    @Override
    public int compareTo(ParticipantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
