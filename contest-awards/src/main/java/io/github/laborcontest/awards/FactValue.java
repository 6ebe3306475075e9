// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The known value of a named candidate fact: a yes/no flag, a quantity, a date or a text. Written
 * in JSON as the bare value: {@code true}, {@code 12.5}, {@code "2026-05-01"} (an ISO date) or
 * any other string. A fact that is absent is <em>unknown</em>, never false.
 *
 * @since 0.1.0
 */
public sealed interface FactValue {

    /** The value as written to JSON. */
    @JsonValue
    Object json();

    /** The value as text for people. */
    String text();

    /**
     * A flag.
     *
     * @param value the flag
     * @return the fact value
     */
    static FactValue of(boolean value) {
        return new Flag(value);
    }

    /**
     * A quantity.
     *
     * @param value the quantity
     * @return the fact value
     */
    static FactValue of(BigDecimal value) {
        return new Quantity(value);
    }

    /**
     * A whole quantity.
     *
     * @param value the quantity
     * @return the fact value
     */
    static FactValue of(long value) {
        return new Quantity(BigDecimal.valueOf(value));
    }

    /**
     * A date.
     *
     * @param value the date
     * @return the fact value
     */
    static FactValue of(LocalDate value) {
        return new Day(value);
    }

    /**
     * A text.
     *
     * @param value the text
     * @return the fact value
     */
    static FactValue of(String value) {
        return new Text(value);
    }

    /**
     * Reads the JSON form: a boolean, a number, an ISO date string or any other string.
     *
     * @param raw the bound JSON scalar
     * @return the fact value
     * @throws IllegalArgumentException for null, arrays and objects
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static FactValue fromJson(Object raw) {
        if (raw instanceof Boolean b) {
            return new Flag(b);
        }
        if (raw instanceof BigDecimal d) {
            return new Quantity(d);
        }
        if (raw instanceof BigInteger i) {
            return new Quantity(new BigDecimal(i));
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            return new Quantity(BigDecimal.valueOf(((Number) raw).longValue()));
        }
        if (raw instanceof Double || raw instanceof Float) {
            return new Quantity(new BigDecimal(raw.toString()));
        }
        if (raw instanceof String s) {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    return new Day(LocalDate.parse(s));
                } catch (DateTimeParseException e) {
                    return new Text(s);
                }
            }
            return new Text(s);
        }
        throw new IllegalArgumentException("a fact must be true/false, a number or a string, not " + describe(raw));
    }

    private static String describe(Object raw) {
        return raw instanceof java.util.Map
                ? "an object"
                : raw instanceof java.util.List ? "an array" : String.valueOf(raw);
    }

    /**
     * A yes/no fact, such as "had a serious safety accident".
     *
     * @param value the flag
     */
    record Flag(boolean value) implements FactValue {
        @Override
        public Object json() {
            return value;
        }

        @Override
        public String text() {
            return String.valueOf(value);
        }
    }

    /**
     * A numeric fact, such as the number of entrants of the event.
     *
     * @param value the exact quantity
     */
    record Quantity(BigDecimal value) implements FactValue {
        /** Refuses null. */
        public Quantity {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object json() {
            return value;
        }

        @Override
        public String text() {
            return value.toPlainString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Quantity q && value.compareTo(q.value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }
    }

    /**
     * A date fact, such as the day an accident happened.
     *
     * @param value the day
     */
    record Day(LocalDate value) implements FactValue {
        /** Refuses null. */
        public Day {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object json() {
            return value.toString();
        }

        @Override
        public String text() {
            return value.toString();
        }
    }

    /**
     * A text fact, such as a document number.
     *
     * @param value the text
     */
    record Text(String value) implements FactValue {
        /** Refuses null. */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Object json() {
            return value;
        }

        @Override
        public String text() {
            return value;
        }
    }
}
