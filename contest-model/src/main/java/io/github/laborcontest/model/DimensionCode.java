// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable code of a dimension of an indicator set, such as one of the six comparisons of 六比一创. Written in JSON as a plain string.
 *
 * @param value the id, as {@link IdRule} allows, for example {@code "quality"}
 * @since 0.1.0
 */
public record DimensionCode(@JsonValue String value) implements Comparable<DimensionCode> {

    /**
     * Refuses a null id and one that breaks {@link IdRule} (blank, too long, control or format
     * characters, surrounding white space, not NFC).
     */
    public DimensionCode {
        IdRule.require(value, "dimensionCode");
    }

    /**
     * The id with this value.
     *
     * @param value as {@link IdRule} allows
     * @return the id
     * @throws io.github.laborcontest.model.problem.InvalidIdException if the rule refuses it
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
