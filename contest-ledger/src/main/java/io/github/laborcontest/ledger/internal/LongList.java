// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.util.Arrays;

/**
 * A growable array of longs, in chunks of {@value #CHUNK} (256 KiB): the first chunk doubles from
 * 1,024 slots as a small list fills, later chunks are made full, so that a list of millions is not
 * copied again each time it outgrows its array. A chunk stays below the size at which G1 makes an
 * array humongous (half a region, 512 KiB at the least): a humongous array takes whole regions,
 * and the rest of its last one is lost.
 */
final class LongList {
    private static final int SHIFT = 15;

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
