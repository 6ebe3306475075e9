// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry that contributes to a standing, other than a measurement: an award, a deduction, a
 * veto, a finding or a stage change; the explanation of the standing's points.
 *
 * @param entry the entry's id
 * @param type its type
 * @param amount its amount, if any
 * @param reason its reason, if any
 * @param businessDate when it happened
 * @since 0.1.0
 */
public record Contribution(
        EntryId entry, EntryType type, Optional<BigDecimal> amount, Optional<String> reason, LocalDate businessDate) {

    /** Refuses nulls. */
    public Contribution {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(businessDate, "businessDate");
    }
}
