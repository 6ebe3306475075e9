// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.util.Arrays;

/**
 * A growable array of longs, in chunks of {@value #CHUNK} (1 MiB): the first chunk doubles from
 * 1,024 slots as a small list fills, later chunks are made full, so that a list of millions is
 * never copied as it grows, and each chunk is large enough that G1 does not copy it either.
 */
final class LongList {
    private static final int SHIFT = 17;

    /** The slots of a full chunk. */
    static final int CHUNK = 1 << SHIFT;

    private static final int MASK = CHUNK - 1;

    private long[][] chunks = {new long[1024]};
    private int n;

    void add(long v) {
        int c = n >>> SHIFT;
        int i = n & MASK;
        if (c == 0) {
            if (i == chunks[0].length) {
                chunks[0] = Arrays.copyOf(chunks[0], 2 * i);
            }
        } else if (i == 0) {
            if (c == chunks.length) {
                chunks = Arrays.copyOf(chunks, 2 * c);
            }
            if (chunks[c] == null) {
                chunks[c] = new long[CHUNK];
            }
        }
        chunks[c][i] = v;
        n++;
    }

    void set(long i, long v) {
        check(i);
        chunks[(int) (i >>> SHIFT)][(int) i & MASK] = v;
    }

    long get(long i) {
        check(i);
        return chunks[(int) (i >>> SHIFT)][(int) i & MASK];
    }

    private void check(long i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("index " + i + " of " + n);
        }
    }

    int size() {
        return n;
    }

    void truncate(long size) {
        n = (int) Math.min(n, size);
    }
}
