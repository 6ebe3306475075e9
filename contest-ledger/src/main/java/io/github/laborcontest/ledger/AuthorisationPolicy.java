// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.util.Optional;

/**
 * Decides whether an entry's actor may record it, for example a district inspector only for
 * participants of that district. A refused entry is reported ({@link
 * LedgerProblem#NOT_AUTHORISED}) and never written. Implementations must be thread-safe and
 * should be fast: the ledger calls them under its append lock.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AuthorisationPolicy {

    /** Allows everything. */
    AuthorisationPolicy ALLOW_ALL = entry -> Optional.empty();

    /**
     * Decides.
     *
     * @param entry the entry about to be written
     * @return empty to allow; otherwise why it is refused
     */
    Optional<String> refusal(Entry entry);
}
