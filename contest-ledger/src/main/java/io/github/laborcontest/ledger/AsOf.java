// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which entries an as-of query takes into account.
 *
 * @since 0.1.0
 */
public sealed interface AsOf {

    /** Everything recorded so far. */
    AsOf LATEST = new Latest();

    /**
     * The standings as they were known at a record time: entries recorded at or before it.
     *
     * @param time the record time
     * @return the query
     */
    static AsOf recordTime(Instant time) {
        return new RecordTime(time);
    }

    /**
     * The standings as of a business date: entries that happened on or before it, with the
     * corrections recorded since (a reversal counts with the business date of the entry it
     * reverses), so that a corrected month is shown as corrected.
     *
     * @param date the business date
     * @return the query
     */
    static AsOf businessDate(LocalDate date) {
        return new BusinessDate(date);
    }

    /** Everything recorded so far. */
    record Latest() implements AsOf {}

    /**
     * Entries recorded at or before a time.
     *
     * @param time the time
     */
    record RecordTime(Instant time) implements AsOf {
        /** Refuses null. */
        public RecordTime {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * Entries that happened on or before a date, with their corrections.
     *
     * @param date the date
     */
    record BusinessDate(LocalDate date) implements AsOf {
        /** Refuses null. */
        public BusinessDate {
            Objects.requireNonNull(date, "date");
        }
    }
}
