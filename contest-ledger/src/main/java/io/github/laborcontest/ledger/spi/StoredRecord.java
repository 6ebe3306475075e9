// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * One record as a store keeps it: the chain position, the chain hash and the entry's canonical
 * bytes. Stores must not change the arrays.
 *
 * @param position the 0-based chain position as recorded
 * @param hash the 32-byte chain hash
 * @param payload the entry's canonical encoding
 * @since 0.1.0
 */
public record StoredRecord(long position, byte[] hash, byte[] payload) {

    /** Refuses nulls. */
    public StoredRecord {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredRecord r
                && position == r.position
                && Arrays.equals(hash, r.hash)
                && Arrays.equals(payload, r.payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(position) * 31 + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "StoredRecord[position=" + position + ", " + payload.length + " bytes]";
    }
}
