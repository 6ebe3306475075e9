// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.util.Objects;

/**
 * The outcome of an accepted append: the entry as it stands in the chain, and whether it was
 * already recorded (the same id with the same content was sent again; nothing new was written).
 *
 * @param recorded the entry in the chain
 * @param alreadyRecorded true if this was a repeat of an entry already in the ledger
 * @since 0.1.0
 */
public record Appended(Recorded recorded, boolean alreadyRecorded) {

    /** Refuses null. */
    public Appended {
        Objects.requireNonNull(recorded, "recorded");
    }
}
