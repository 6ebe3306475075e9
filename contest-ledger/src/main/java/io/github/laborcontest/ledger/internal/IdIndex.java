// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.util.function.LongPredicate;

/**
 * Open-addressing map from id fingerprints to chain positions, at most two thirds full. Each slot
 * is one {@code long}: 32 bits of the fingerprint (its tag, which also places it in the table) in
 * the high half and the position plus one in the low half; 0 marks an empty slot. Equal tags
 * occupy several slots, and a tag that matches is confirmed by the caller (who reads the record),
 * so a tag shared by two ids costs a read, never a wrong answer. About 12 bytes per entry, so that
 * a probe touches one cache line of a table a third the size of a map of strings.
 */
final class IdIndex {
    /** The most slots: positions then stay below 2^31, well inside the low half of a slot. */
    private static final long MAX_CAPACITY = 1L << 30;

    private long[] slots;
    private int size;
    private int mask;

    IdIndex() {
        slots = new long[1024];
        mask = 1023;
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
            rehash(capacity, expected);
        }
    }

    void put(long fp, long position) {
        if (position < 0 || position >= MAX_CAPACITY) {
            throw new IllegalArgumentException("position out of the index's range: " + position);
        }
        if ((size + 1) * 3L > (mask + 1L) * 2L) {
            rehash((mask + 1L) * 2, size + 1L);
        }
        insert(slots, mask, (long) tag(fp) << 32 | (position + 1));
        size++;
    }

    /** The 32 bits of a fingerprint kept in a slot. */
    private static int tag(long fp) {
        return (int) (fp ^ (fp >>> 32));
    }

    private static void insert(long[] table, int mask, long slot) {
        int i = (int) (slot >>> 32) & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = slot;
    }

    private void rehash(long capacity, long expected) {
        if (capacity > MAX_CAPACITY) {
            throw new IllegalStateException("too many entries for the id index: " + expected);
        }
        long[] old = slots;
        long[] table = new long[(int) capacity];
        int m = (int) capacity - 1;
        for (long s : old) {
            if (s != 0) {
                insert(table, m, s);
            }
        }
        slots = table;
        mask = m;
    }

    /**
     * Calls the predicate with every position of this fingerprint's tag until it returns true.
     *
     * @return the position it accepted, or -1
     */
    long find(long fp, LongPredicate accept) {
        long tag = (long) tag(fp) << 32;
        int i = (int) (tag >>> 32) & mask;
        long s;
        while ((s = slots[i]) != 0) {
            if ((s & 0xFFFF_FFFF_0000_0000L) == tag && accept.test((s & 0xFFFF_FFFFL) - 1)) {
                return (s & 0xFFFF_FFFFL) - 1;
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
