// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

/**
 * Ranks from preferences: 1 = best, ties share the minimum rank (1, 2, 2, 4). Two preferences tie
 * when they differ by at most {@code tolerance × max_k |p_k|} from the first (best) preference of
 * their group. Sorting is an LSD radix sort on order-preserving 64-bit keys (11-bit digits), O(m),
 * stable, without boxing.
 */
public final class Ranks {
  private static final int BITS = 11;
  private static final int RADIX = 1 << BITS;

  private Ranks() {}

  /**
   * The order of the alternatives, best first; equal preferences keep input order.
   *
   * @param p the preferences, finite
   * @param higherIsBetter whether larger preferences are better
   * @return alternative indices, best first
   */
  public static int[] order(double[] p, boolean higherIsBetter) {
    int m = p.length;
    long[] keys = new long[m];
    int[] idx = new int[m];
    for (int i = 0; i < m; i++) {
      long bits = Double.doubleToLongBits(p[i] + 0.0);
      long key = bits ^ ((bits >> 63) | Long.MIN_VALUE);
      keys[i] = higherIsBetter ? ~key : key;
      idx[i] = i;
    }
    long[] keys2 = new long[m];
    int[] idx2 = new int[m];
    int[] count = new int[RADIX];
    for (int shift = 0; shift < 64; shift += BITS) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < m; i++) {
        count[(int) ((keys[i] >>> shift) & (RADIX - 1))]++;
      }
      boolean trivial = false;
      for (int c : count) {
        if (c == m) {
          trivial = true;
          break;
        }
      }
      if (trivial) {
        continue;
      }
      int sum = 0;
      for (int b = 0; b < RADIX; b++) {
        int c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (int i = 0; i < m; i++) {
        long k = keys[i];
        int pos = count[(int) ((k >>> shift) & (RADIX - 1))]++;
        keys2[pos] = k;
        idx2[pos] = idx[i];
      }
      long[] tk = keys;
      keys = keys2;
      keys2 = tk;
      int[] ti = idx;
      idx = idx2;
      idx2 = ti;
    }
    return idx;
  }

  /**
   * The ranks of the alternatives.
   *
   * @param p the preferences, finite
   * @param order from {@link #order}
   * @param tolerance the relative tolerance, &gt;= 0
   * @return the rank of every alternative, 1 = best
   */
  public static int[] ranks(double[] p, int[] order, double tolerance) {
    int m = p.length;
    double scale = 0;
    for (double v : p) {
      scale = Math.max(scale, Math.abs(v));
    }
    double eps = tolerance * scale;
    int[] ranks = new int[m];
    double leader = 0;
    int leaderRank = 0;
    for (int k = 0; k < m; k++) {
      double v = p[order[k]];
      if (k == 0 || Math.abs(v - leader) > eps) {
        leader = v;
        leaderRank = k + 1;
      }
      ranks[order[k]] = leaderRank;
    }
    return ranks;
  }
}
