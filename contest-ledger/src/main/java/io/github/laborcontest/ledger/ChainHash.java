// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SHA-256 value of the chain (32 bytes), written as 64 lower-case hex digits.
 *
 * @since 0.1.0
 */
public final class ChainHash {

    /** The hash that precedes the first entry: 32 zero bytes. */
    public static final ChainHash GENESIS = new ChainHash(new byte[32]);

    private final byte[] bytes;

    private ChainHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The hash of these 32 bytes (copied).
     *
     * @param bytes 32 bytes
     * @return the hash
     */
    public static ChainHash of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a chain hash has 32 bytes, not " + bytes.length);
        }
        return new ChainHash(bytes.clone());
    }

    /**
     * The hash written as hex.
     *
     * @param hex 64 hex digits
     * @return the hash
     */
    @JsonCreator
    public static ChainHash ofHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The 64 lower-case hex digits. */
    @JsonValue
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainHash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
