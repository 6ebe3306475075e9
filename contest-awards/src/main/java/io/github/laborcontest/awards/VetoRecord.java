// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.model.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-vote veto (一票否决) that fired for a candidate in the period, with its reason, as the
 * scoring result published it.
 *
 * @param code the veto's code, for example {@code "fatal-accident"}
 * @param reason why it fired, in Chinese and English
 * @param date the day of the event, if known
 * @since 0.1.0
 */
public record VetoRecord(String code, LocalizedText reason, Optional<LocalDate> date) {

    /** Checks the fields. */
    public VetoRecord {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        date = date == null ? Optional.empty() : date;
    }

    /**
     * A veto without a date.
     *
     * @param code the veto's code
     * @param reason why it fired
     * @return the record
     */
    public static VetoRecord of(String code, LocalizedText reason) {
        return new VetoRecord(code, reason, Optional.empty());
    }
}
