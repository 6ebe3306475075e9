// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.util.Arrays;

/** A growable array of longs. */
final class LongList {
    private long[] a = new long[1024];
    private int n;

    void add(long v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, a.length + (a.length >> 1));
        }
        a[n++] = v;
    }

    void set(long i, long v) {
        a[(int) i] = v;
    }

    long get(long i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("index " + i + " of " + n);
        }
        return a[(int) i];
    }

    int size() {
        return n;
    }

    void truncate(long size) {
        n = (int) Math.min(n, size);
    }
}
