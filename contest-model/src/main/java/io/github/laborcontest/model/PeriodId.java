// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of an evaluation period (考评周期), such as a month, a quarter or the final assessment. Written in JSON as a plain string.
 *
 * @param value the id, as {@link IdRule} allows, for example {@code "2026-Q1"}
 * @since 0.1.0
 */
public record PeriodId(@JsonValue String value) implements Comparable<PeriodId> {

    /**
     * Refuses a null id and one that breaks {@link IdRule} (blank, too long, control or format
     * characters, surrounding white space, not NFC).
     */
    public PeriodId {
        IdRule.require(value, "periodId");
    }

    /**
     * The id with this value.
     *
     * @param value as {@link IdRule} allows
     * @return the id
     * @throws io.github.laborcontest.model.problem.InvalidIdException if the rule refuses it
     */
    @JsonCreator
    public static PeriodId of(String value) {
        return new PeriodId(value);
    }

    @Override
    public int compareTo(PeriodId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
