// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What opening a store found: repairs made (a torn tail cut off after a crash) and damage that
 * makes the ledger read-only (a corrupt record with sound records after it).
 *
 * @param repairs the repairs made, as problems ({@link LedgerProblem#TORN_TAIL_TRUNCATED})
 * @param damage the first damage found, if any ({@link LedgerProblem#CORRUPT_RECORD})
 * @param loaded the number of entries loaded
 * @since 0.1.0
 */
public record OpenReport(List<Problem> repairs, Optional<Problem> damage, long loaded) {

    /** Copies the list. */
    public OpenReport {
        repairs = List.copyOf(repairs);
    }

    /** Whether the store opened without repair and without damage. */
    public boolean clean() {
        return repairs.isEmpty() && damage.isEmpty();
    }
}
