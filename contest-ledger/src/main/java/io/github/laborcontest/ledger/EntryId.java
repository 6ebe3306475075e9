// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.IdRule;

/**
 * The globally unique id of a ledger entry, also its idempotency key. Written in JSON as a plain
 * string.
 *
 * @param value the id, as {@link IdRule} allows (at most 200 characters), for example {@code "E-2026-000017"}
 * @since 0.1.0
 */
public record EntryId(@JsonValue String value) implements Comparable<EntryId> {

    /** The longest id accepted, in characters (Unicode code points): {@link IdRule#MAX_LENGTH}. */
    public static final int MAX_LENGTH = IdRule.MAX_LENGTH;

    /**
     * Refuses a null id and one that breaks {@link IdRule} (blank, too long, control or format
     * characters such as a line break or U+202E, surrounding white space, not NFC).
     */
    public EntryId {
        IdRule.require(value, "entryId");
    }

    /**
     * The id with this value.
     *
     * @param value as {@link IdRule} allows
     * @return the id
     * @throws io.github.laborcontest.model.problem.InvalidIdException if the rule refuses it
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
