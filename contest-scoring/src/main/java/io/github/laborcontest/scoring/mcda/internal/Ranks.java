// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

/**
 * Ranks from preferences: 1 = best, ties share the minimum rank (1, 2, 2, 4). Two preferences tie
 * when they differ by at most {@code tolerance × max_k |p_k|} from the first (best) preference of
 * their group. Sorting is an LSD radix sort on order-preserving 64-bit keys with 8-bit digits
 * (256 buckets stay in the L1 cache; measured faster here than 11- or 16-bit digits), O(m),
 * stable, without boxing.
 */
public final class Ranks {
  private static final int BITS = 8;
  private static final int RADIX = 1 << BITS;

  private Ranks() {}

  /** Alternatives best first, with their sort keys in the same order. */
  public record Sorted(int[] order, long[] keys) {}

  /**
   * The order of the alternatives, best first; equal preferences keep input order.
   *
   * @param p the preferences, finite
   * @param higherIsBetter whether larger preferences are better
   * @return alternative indices, best first
   */
  public static int[] order(double[] p, boolean higherIsBetter) {
    return sort(p, higherIsBetter).order();
  }

  /**
   * Sorts the alternatives best first: one pass builds the order-preserving keys and the
   * histograms of all eight digits, then one scatter pass per digit that is not the same for every
   * key.
   *
   * @param p the preferences, finite
   * @param higherIsBetter whether larger preferences are better
   * @return the order and the sorted keys
   */
  public static Sorted sort(double[] p, boolean higherIsBetter) {
    int m = p.length;
    int passes = (64 + BITS - 1) / BITS;
    long[] keys = new long[m];
    int[] idx = new int[m];
    int[][] count = new int[passes][RADIX];
    long flip = higherIsBetter ? -1L : 0L;
    for (int i = 0; i < m; i++) {
      long bits = Double.doubleToLongBits(p[i] + 0.0);
      long key = (bits ^ ((bits >> 63) | Long.MIN_VALUE)) ^ flip;
      keys[i] = key;
      idx[i] = i;
      for (int d = 0; d < passes; d++) {
        count[d][(int) ((key >>> (d * BITS)) & (RADIX - 1))]++;
      }
    }
    long[] keys2 = new long[m];
    int[] idx2 = new int[m];
    for (int d = 0; d < passes; d++) {
      int[] c = count[d];
      int shift = d * BITS;
      if (m == 0 || c[(int) ((keys[0] >>> shift) & (RADIX - 1))] == m) {
        continue;
      }
      int sum = 0;
      for (int b = 0; b < RADIX; b++) {
        int v = c[b];
        c[b] = sum;
        sum += v;
      }
      for (int i = 0; i < m; i++) {
        long k = keys[i];
        int pos = c[(int) ((k >>> shift) & (RADIX - 1))]++;
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
    return new Sorted(idx, keys);
  }

  /**
   * The preference a sort key stands for.
   *
   * @param key a key from {@link #sort}
   * @param higherIsBetter as given to {@link #sort}
   * @return the preference
   */
  static double value(long key, boolean higherIsBetter) {
    long k = higherIsBetter ? ~key : key;
    long bits = k < 0 ? k ^ Long.MIN_VALUE : ~k;
    return Double.longBitsToDouble(bits);
  }

  /**
   * The ranks of the alternatives, reading the sorted keys in order (no random reads).
   *
   * @param sorted from {@link #sort}
   * @param higherIsBetter as given to {@link #sort}
   * @param scale {@code max_k |p_k|}
   * @param tolerance the relative tolerance, &gt;= 0
   * @return the rank of every alternative, 1 = best
   */
  public static int[] ranks(Sorted sorted, boolean higherIsBetter, double scale, double tolerance) {
    int[] order = sorted.order();
    long[] keys = sorted.keys();
    int m = order.length;
    double eps = tolerance * scale;
    int[] ranks = new int[m];
    double leader = 0;
    int leaderRank = 0;
    for (int k = 0; k < m; k++) {
      double v = value(keys[k], higherIsBetter);
      if (k == 0 || Math.abs(v - leader) > eps) {
        leader = v;
        leaderRank = k + 1;
      }
      ranks[order[k]] = leaderRank;
    }
    return ranks;
  }

  /**
   * The largest magnitude of the preferences.
   *
   * @param p the preferences
   * @return {@code max_k |p_k|}, 0 if empty
   */
  public static double scale(double[] p) {
    double scale = 0;
    for (double v : p) {
      scale = Math.max(scale, Math.abs(v));
    }
    return scale;
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
    double eps = tolerance * scale(p);
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
