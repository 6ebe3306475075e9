// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.PeriodId;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of the fold at a chain position, optionally restricted to one period (monthly or
 * quarterly assessment). Later as-of queries start from it instead of from the first entry. Its
 * {@link #hash()} is SHA-256 over the covered position, the chain hash there and the canonical
 * encoding of the standings, so it names exactly the chain prefix it covers.
 *
 * @param period the period covered, or empty for all periods
 * @param size the number of entries covered (positions {@code 0 .. size-1})
 * @param chainHash the chain hash of the last covered entry
 * @param standings the standings at that point
 * @param hash the snapshot's own hash
 * @since 0.1.0
 */
public record Snapshot(Optional<PeriodId> period, long size, ChainHash chainHash, Standings standings, ChainHash hash) {

    /** Refuses nulls. */
    public Snapshot {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(chainHash, "chainHash");
        Objects.requireNonNull(standings, "standings");
        Objects.requireNonNull(hash, "hash");
    }
}
