// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link Ledger#verify()}: how many entries were checked and the first break, if
 * any.
 *
 * @param checked the number of entries whose hash was recomputed
 * @param head the head found
 * @param firstBreak the first altered, missing, reordered or corrupt entry, if any
 * @since 0.1.0
 */
public record VerificationReport(long checked, ChainHead head, Optional<ChainBreak> firstBreak) {

    /** Refuses nulls. */
    public VerificationReport {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(firstBreak, "firstBreak");
    }

    /** Whether the whole chain holds. */
    public boolean sound() {
        return firstBreak.isEmpty();
    }
}
