// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable code of an indicator, unique within its indicator set. Written in JSON as a plain string.
 *
 * @param value the id, as {@link IdRule} allows, for example {@code "quality.pass-rate"}
 * @since 0.1.0
 */
public record IndicatorCode(@JsonValue String value) implements Comparable<IndicatorCode> {

    /**
     * Refuses a null id and one that breaks {@link IdRule} (blank, too long, control or format
     * characters, surrounding white space, not NFC).
     */
    public IndicatorCode {
        IdRule.require(value, "indicatorCode");
    }

    /**
     * The id with this value.
     *
     * @param value as {@link IdRule} allows
     * @return the id
     * @throws io.github.laborcontest.model.problem.InvalidIdException if the rule refuses it
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
