// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.util.Objects;

/**
 * An entry at its place in the hash chain.
 *
 * @param position the 0-based position in the chain
 * @param entry the entry
 * @param hash SHA-256 over the predecessor's hash, the position and the entry's canonical encoding
 * @since 0.1.0
 */
public record Recorded(long position, Entry entry, ChainHash hash) {

    /** Checks the fields. */
    public Recorded {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(hash, "hash");
        if (position < 0) {
            throw new IllegalArgumentException("position (" + position + ") must be >= 0");
        }
    }
}
