// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.problem.Problem;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a ledger extends one {@link Checkpoint}, from {@link Checkpoint#verify}.
 *
 * @param checkpoint the checkpoint
 * @param failure why the ledger does not extend it ({@code ledger.checkpoint-not-extended}:
 *     truncated, rewritten, the chain broken before its end, unsigned or a wrong HMAC), or empty
 *     when it does
 * @since 0.2.0
 */
public record CheckpointVerification(Checkpoint checkpoint, Optional<Problem> failure) {

    /** Refuses nulls. */
    public CheckpointVerification {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(failure, "failure");
    }

    /** Whether the ledger extends the checkpoint. */
    public boolean holds() {
        return failure.isEmpty();
    }
}
