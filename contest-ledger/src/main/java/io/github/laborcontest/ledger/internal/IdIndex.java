// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.util.function.LongPredicate;

/**
 * Open-addressing map from 64-bit id fingerprints to chain positions, keys and values interleaved
 * in one array (one cache line per probe), at most two thirds full; equal fingerprints occupy several
 * slots. About 32 bytes per entry, instead of a hundred for a map of strings.
 */
final class IdIndex {
    private long[] slots;
    private int size;
    private int mask;

    IdIndex() {
        slots = empty(1024);
        mask = 1023;
    }

    private static long[] empty(int capacity) {
        long[] s = new long[capacity * 2];
        for (int i = 1; i < s.length; i += 2) {
            s[i] = -1;
        }
        return s;
    }

    /**
     * Makes room for {@code expected} positions in all, so that adding them rehashes nothing.
     *
     * @param expected the number of positions the index will hold
     */
    void reserve(long expected) {
        long capacity = mask + 1L;
        while (expected * 3 > capacity * 2) {
            capacity *= 2;
        }
        if (capacity > mask + 1L) {
            if (capacity > (1L << 29)) {
                throw new IllegalStateException("too many entries for the id index: " + expected);
            }
            long[] old = slots;
            slots = empty((int) capacity);
            mask = (int) capacity - 1;
            for (int i = 0; i < old.length; i += 2) {
                if (old[i + 1] >= 0) {
                    insert(old[i], old[i + 1]);
                }
            }
        }
    }

    void put(long fp, long position) {
        if ((size + 1) * 3L > (mask + 1L) * 2L) {
            grow();
        }
        insert(fp, position);
        size++;
    }

    private static int start(long fp, int mask) {
        return (int) (fp ^ (fp >>> 32)) & mask;
    }

    private void insert(long fp, long position) {
        int i = start(fp, mask);
        while (slots[2 * i + 1] >= 0) {
            i = (i + 1) & mask;
        }
        slots[2 * i] = fp;
        slots[2 * i + 1] = position;
    }

    private void grow() {
        long[] old = slots;
        int capacity = (mask + 1) * 2;
        slots = empty(capacity);
        mask = capacity - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] >= 0) {
                insert(old[i], old[i + 1]);
            }
        }
    }

    /**
     * Calls the predicate with every position of this fingerprint until it returns true.
     *
     * @return the position it accepted, or -1
     */
    long find(long fp, LongPredicate accept) {
        int i = start(fp, mask);
        long v;
        while ((v = slots[2 * i + 1]) >= 0) {
            if (slots[2 * i] == fp && accept.test(v)) {
                return v;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The number of positions held. */
    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "IdIndex[" + size + " of " + (mask + 1) + "]";
    }
}
