// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** SHA-256 of chain links, id fingerprints. */
public final class Hashing {

    /** The length of a chain hash (SHA-256). */
    static final int HASH_BYTES = 32;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private Hashing() {}

    /** A new SHA-256 digest. */
    public static MessageDigest newSha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * The chain hash of an entry: SHA-256 over the predecessor's hash, the position (8 bytes,
     * big-endian) and the canonical bytes.
     *
     * @param previous the predecessor's hash (32 zero bytes for the first)
     * @param position the position
     * @param payload the canonical bytes
     * @return the hash
     */
    public static byte[] link(byte[] previous, long position, byte[] payload) {
        MessageDigest md = SCRATCH.get().md;
        md.update(previous);
        byte[] pos = new byte[8];
        for (int i = 0; i < 8; i++) {
            pos[i] = (byte) (position >>> (56 - 8 * i));
        }
        md.update(pos);
        md.update(payload);
        return md.digest();
    }

    /**
     * Whether a stored hash is the chain hash of an entry, as {@link #link(byte[], long, byte[])}
     * computes it, all given as ranges of arrays; computed in scratch arrays of the calling
     * thread, so that checking a link allocates nothing.
     *
     * @param previous the array holding the predecessor's hash
     * @param previousOffset where that hash ({@link #HASH_BYTES} bytes) starts
     * @param position the position
     * @param bytes the array holding the canonical bytes
     * @param offset where they start
     * @param length their length
     * @param hash the array holding the stored hash
     * @param hashOffset where it ({@link #HASH_BYTES} bytes) starts
     * @return whether the stored hash is the one computed
     */
    static boolean linkMatches(
            byte[] previous,
            int previousOffset,
            long position,
            byte[] bytes,
            int offset,
            int length,
            byte[] hash,
            int hashOffset) {
        Scratch s = SCRATCH.get();
        MessageDigest md = s.md;
        try {
            System.arraycopy(previous, previousOffset, s.head, 0, HASH_BYTES);
            putPosition(s.head, position);
            md.update(s.head);
            md.update(bytes, offset, length);
            md.digest(s.out, 0, HASH_BYTES);
        } catch (java.security.DigestException | RuntimeException e) {
            md.reset(); // the thread's next link starts from a clean digest
            throw e instanceof RuntimeException r ? r : new IllegalStateException("SHA-256 gives 32 bytes", e);
        }
        return Arrays.equals(s.out, 0, HASH_BYTES, hash, hashOffset, hashOffset + HASH_BYTES);
    }

    /** Writes a position, 8 bytes big-endian, after the predecessor's hash in {@code head}. */
    private static void putPosition(byte[] head, long position) {
        for (int i = 0; i < 8; i++) {
            head[HASH_BYTES + i] = (byte) (position >>> (56 - 8 * i));
        }
    }

    /** A thread's digest (for {@link #link} too) and arrays for {@link #linkMatches}. */
    private static final class Scratch {
        final MessageDigest md = newSha();
        final byte[] head = new byte[HASH_BYTES + 8];
        final byte[] out = new byte[HASH_BYTES];
    }

    /**
     * A 64-bit fingerprint of an id, for the in-memory index (collisions are resolved by reading).
     *
     * @param id the id
     * @return the fingerprint
     */
    public static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** What {@link #asciiFingerprint} gives for bytes that are not all ASCII. */
    static final long NOT_ASCII = 0;

    /**
     * The {@link #fingerprint} of an id given as its UTF-8 bytes, if they are all printable ASCII
     * (each byte is then one char of the same value; no control character), else {@link
     * #NOT_ASCII}, so that the caller checks the id as text; an ASCII id whose fingerprint
     * happens to be {@link #NOT_ASCII} also gives it, and is then fingerprinted from its text.
     *
     * @param b the array
     * @param from where the id starts
     * @param n its length in bytes
     * @return the fingerprint, or {@link #NOT_ASCII}
     */
    static long asciiFingerprint(byte[] b, int from, int n) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + n; i++) {
            byte c = b[i];
            if (c < 0x20 || c == 0x7F) { // not ASCII (negative), or an ASCII control character
                return NOT_ASCII;
            }
            h ^= c;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /**
     * The bytes of a text, UTF-8.
     *
     * @param s the text
     * @return its bytes
     */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Computes chain links as {@link #link} does, with its own digest and one scratch array for the
     * predecessor's hash and the position (one digest update instead of two, no array per link),
     * for the ledger's append path under its lock. Not thread-safe.
     */
    static final class Linker {
        private final MessageDigest md = newSha();
        private final byte[] head = new byte[HASH_BYTES + 8];

        /** The same as {@link Hashing#link}. */
        byte[] link(byte[] previous, long position, byte[] payload) {
            if (previous.length != HASH_BYTES) {
                return Hashing.link(previous, position, payload);
            }
            System.arraycopy(previous, 0, head, 0, HASH_BYTES);
            putPosition(head, position);
            md.update(head);
            md.update(payload);
            return md.digest();
        }
    }
}
