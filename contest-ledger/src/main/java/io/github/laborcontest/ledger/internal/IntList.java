// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.util.Arrays;

/** A growable array of ints. */
final class IntList {
    private int[] a = new int[1024];
    private int n;

    void add(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("out of int range: " + v);
        }
        if (n == a.length) {
            a = Arrays.copyOf(a, a.length + (a.length >> 1));
        }
        a[n++] = (int) v;
    }

    void set(long i, long v) {
        if (i < 0 || i >= n || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cannot set " + v + " at " + i + " of " + n);
        }
        a[(int) i] = (int) v;
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
}
