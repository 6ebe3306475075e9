// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Open-addressing map from 64-bit id fingerprints to chain positions; equal fingerprints occupy
 * several slots. About 24 bytes per entry, instead of a hundred for a map of strings.
 */
final class IdIndex {
  private long[] keys;
  private long[] values;
  private int size;
  private int mask;

  IdIndex() {
    keys = new long[1024];
    values = new long[1024];
    Arrays.fill(values, -1);
    mask = keys.length - 1;
  }

  void put(long fp, long position) {
    if ((size + 1) * 3L > keys.length * 2L) {
      grow();
    }
    insert(fp, position);
    size++;
  }

  private void insert(long fp, long position) {
    int i = (int) (fp ^ (fp >>> 32)) & mask;
    while (values[i] >= 0) {
      i = (i + 1) & mask;
    }
    keys[i] = fp;
    values[i] = position;
  }

  private void grow() {
    long[] k = keys;
    long[] v = values;
    keys = new long[k.length * 2];
    values = new long[k.length * 2];
    Arrays.fill(values, -1);
    mask = keys.length - 1;
    for (int i = 0; i < k.length; i++) {
      if (v[i] >= 0) {
        insert(k[i], v[i]);
      }
    }
  }

  /**
   * Calls the predicate with every position of this fingerprint until it returns true.
   *
   * @return the position it accepted, or -1
   */
  long find(long fp, LongPredicate accept) {
    int i = (int) (fp ^ (fp >>> 32)) & mask;
    while (values[i] >= 0) {
      if (keys[i] == fp && accept.test(values[i])) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Removes every position at or after a size (after a failed write). */
  void truncate(long newSize) {
    long[] k = keys;
    long[] v = values;
    keys = new long[k.length];
    values = new long[k.length];
    Arrays.fill(values, -1);
    size = 0;
    for (int i = 0; i < k.length; i++) {
      if (v[i] >= 0 && v[i] < newSize) {
        insert(k[i], v[i]);
        size++;
      }
    }
  }
}
