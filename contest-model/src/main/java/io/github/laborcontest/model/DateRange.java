// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive range of calendar dates, such as a competition's start and end dates
 * (竞赛起止时间). A range whose end lies before its start can be built, so that input can be
 * read whole, but it is reported by validation ({@code plan.end-before-start}).
 *
 * @param start the first day
 * @param end the last day
 * @since 0.1.0
 */
public record DateRange(LocalDate start, LocalDate end) {

    /** Refuses nulls. */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * The range from start to end, both included.
     *
     * @param start the first day
     * @param end the last day
     * @return the range
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /** Whether the end is on or after the start. */
    @JsonIgnore
    public boolean isOrdered() {
        return !end.isBefore(start);
    }

    /**
     * Whether a day lies within the range.
     *
     * @param day the day
     * @return true when start ≤ day ≤ end
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Whether another range lies wholly within this one.
     *
     * @param other the other range
     * @return true when it does
     */
    public boolean encloses(DateRange other) {
        return contains(other.start) && contains(other.end);
    }
}
