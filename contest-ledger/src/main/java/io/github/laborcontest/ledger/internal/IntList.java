// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.util.Arrays;

/**
 * A growable array of ints, in chunks of {@value #CHUNK} (256 KiB) as {@link LongList} keeps longs:
 * never copied once past its first chunk.
 */
final class IntList {
    private static final int SHIFT = 16;

    /** The slots of a full chunk. */
    static final int CHUNK = 1 << SHIFT;

    private static final int MASK = CHUNK - 1;

    private int[][] chunks = {new int[1024]};
    private int n;

    void add(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("out of int range: " + v);
        }
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
                chunks[c] = new int[CHUNK];
            }
        }
        chunks[c][i] = (int) v;
        n++;
    }

    void set(long i, long v) {
        if (i < 0 || i >= n || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cannot set " + v + " at " + i + " of " + n);
        }
        chunks[(int) (i >>> SHIFT)][(int) i & MASK] = (int) v;
    }

    long get(long i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("index " + i + " of " + n);
        }
        return chunks[(int) (i >>> SHIFT)][(int) i & MASK];
    }

    int size() {
        return n;
    }
}
