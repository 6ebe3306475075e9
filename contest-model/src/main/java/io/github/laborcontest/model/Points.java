// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of points (分), exact. Arithmetic never rounds; {@link #rounded(Precision)} does, at
 * the steps a plan declares. Two amounts are equal when they are numerically equal, whatever
 * their scale: {@code 5} equals {@code 5.00}. Written in JSON as a number.
 *
 * @param value the amount; may be negative (deductions)
 * @since 0.1.0
 */
public record Points(BigDecimal value) implements Comparable<Points> {

    /** No points. */
    public static final Points ZERO = new Points(BigDecimal.ZERO);

    /** Refuses null. */
    public Points {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The points of a decimal text, for example {@code "12.50"}.
     *
     * @param value a decimal number
     * @return the points
     */
    public static Points of(String value) {
        return new Points(new BigDecimal(value));
    }

    /**
     * The points of a decimal value.
     *
     * @param value the amount
     * @return the points
     */
    @JsonCreator
    public static Points of(BigDecimal value) {
        return new Points(value);
    }

    /**
     * The points of a whole number.
     *
     * @param value the amount
     * @return the points
     */
    public static Points of(long value) {
        return new Points(BigDecimal.valueOf(value));
    }

    /** The amount, as written to JSON. */
    @Override
    @JsonValue
    public BigDecimal value() {
        return value;
    }

    /**
     * Adds exactly.
     *
     * @param other the points to add
     * @return the sum
     */
    public Points plus(Points other) {
        return new Points(value.add(other.value));
    }

    /**
     * Subtracts exactly.
     *
     * @param other the points to subtract
     * @return the difference
     */
    public Points minus(Points other) {
        return new Points(value.subtract(other.value));
    }

    /**
     * Multiplies exactly, for example by a weight.
     *
     * @param factor the factor
     * @return the product
     */
    public Points times(BigDecimal factor) {
        return new Points(value.multiply(factor));
    }

    /** The negated amount. */
    public Points negate() {
        return new Points(value.negate());
    }

    /**
     * Rounds to a declared precision.
     *
     * @param precision scale and rounding mode
     * @return the rounded points
     */
    public Points rounded(Precision precision) {
        return new Points(precision.round(value));
    }

    /**
     * The smaller of two amounts.
     *
     * @param other the other amount
     * @return this if not greater than other, else other
     */
    public Points min(Points other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * The greater of two amounts.
     *
     * @param other the other amount
     * @return this if not less than other, else other
     */
    public Points max(Points other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /** Whether the amount is zero. */
    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Points other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Points p && value.compareTo(p.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
