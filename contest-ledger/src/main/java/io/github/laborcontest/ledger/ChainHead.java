// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.util.Objects;
import java.util.Optional;

/**
 * The head of the chain: how many entries it holds and the hash of the last one, optionally
 * signed with the ledger's HMAC key. A host that keeps a signed head outside the store can later
 * prove, with {@link Ledger#verify(ChainHead)}, that nobody rewrote the history it covers.
 *
 * @param size the number of entries
 * @param hash the hash of the last entry ({@link ChainHash#GENESIS} if empty)
 * @param signature HMAC-SHA256 over size and hash, as hex, if the ledger has a key
 * @since 0.1.0
 */
public record ChainHead(long size, ChainHash hash, Optional<String> signature) {

    /** Checks the fields. */
    public ChainHead {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(signature, "signature");
        if (size < 0) {
            throw new IllegalArgumentException("size (" + size + ") must be >= 0");
        }
    }
}
