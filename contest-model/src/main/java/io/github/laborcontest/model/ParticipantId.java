// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable id of a participant (unit, team, worker or project) within a competition. Written in JSON as a plain string.
 *
 * @param value the id, as {@link IdRule} allows, for example {@code "P-0001"}
 * @since 0.1.0
 */
public record ParticipantId(@JsonValue String value) implements Comparable<ParticipantId> {

    /**
     * Refuses a null id and one that breaks {@link IdRule} (blank, too long, control or format
     * characters, surrounding white space, not NFC).
     */
    public ParticipantId {
        IdRule.require(value, "participantId");
    }

    /**
     * The id with this value.
     *
     * @param value as {@link IdRule} allows
     * @return the id
     * @throws io.github.laborcontest.model.problem.InvalidIdException if the rule refuses it
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
