// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The globally unique id of a ledger entry, also its idempotency key. Written in JSON as a plain
 * string.
 *
 * @param value the id, not blank, at most 200 characters, for example {@code "E-2026-000017"}
 * @since 0.1.0
 */
public record EntryId(@JsonValue String value) implements Comparable<EntryId> {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = 200;

    /** Refuses a null, blank or too long id. */
    public EntryId {
        Objects.requireNonNull(value, "entryId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("entryId must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("entryId longer than " + MAX_LENGTH + " characters");
        }
    }

    /**
     * The id with this value.
     *
     * @param value not blank
     * @return the id
     */
    @JsonCreator
    public static EntryId of(String value) {
        return new EntryId(value);
    }

    @Override
    public int compareTo(EntryId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
