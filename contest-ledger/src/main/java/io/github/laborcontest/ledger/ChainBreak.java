// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The first place where the chain does not hold.
 *
 * @param position the 0-based position of the first bad entry
 * @param entryId the id of the entry found there, if it could be read
 * @param kind what is wrong
 * @param detail a short technical detail (English)
 * @since 0.1.0
 */
public record ChainBreak(long position, Optional<EntryId> entryId, Kind kind, String detail) {

    /** What is wrong at the break. */
    public enum Kind {
        /** The entry's content or stored hash was changed. */
        ALTERED,
        /** One or more entries before this one are missing. */
        MISSING,
        /** The entry stands at another position than the one it was recorded at. */
        REORDERED,
        /** The record cannot be read (bad frame, checksum or encoding). */
        CORRUPT,
        /** A trusted head does not match the chain, or its signature is wrong. */
        HEAD_MISMATCH
    }

    /** Checks the fields. */
    public ChainBreak {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * A one-line description for people.
     *
     * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
     * @return the description
     */
    public String message(Locale locale) {
        return LedgerProblem.CHAIN_BROKEN.render(
                locale, position, entryId.map(EntryId::value).orElse("?"), kind.name() + " (" + detail + ")");
    }
}
