// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda.internal;

/**
 * Ranks from preferences: 1 = best, ties share the minimum rank (1, 2, 2, 4). Two preferences tie
 * when they differ by at most {@code tolerance × max_k |p_k|} from the first (best) preference of
 * their group.
 *
 * <p>Sorting, O(m), stable, without boxing: each preference becomes an order-preserving 64-bit key
 * whose lowest {@code b} bits are replaced by the alternative's index ({@code b} = bits needed for
 * {@code m − 1}); an LSD radix sort sorts the packed longs on the bits of their upper {@code 64 − b}
 * in which the keys differ (found by OR and AND over all keys), in as few digits of at most 11 bits
 * (2,048 counters stay in the L1 cache) as cover them, skipping digits that are the same for every
 * key. Any sort of the packed longs gives this order: the index in the low bits makes them unique
 * and orders equal truncated keys by input order.
 * Runs of equal truncated keys (preferences within {@code 2^b} ulps) are then ordered by the full
 * key. The ranks pass decides ties from the truncated keys' value intervals and reads the exact
 * preferences only when an interval cannot decide.
 */
public final class Ranks {
    /** Digit width of the sort of runs ({@link #fixRun}). */
    private static final int BITS = 8;

    private static final int RADIX = 1 << BITS;
    /** Widest digit of the main sort: 2,048 counters (8 KiB) per pass stay in the L1 cache. */
    private static final int MAX_BITS = 11;
    /** Runs up to this length are fixed by insertion sort, longer ones by a full radix sort. */
    private static final int SHORT_RUN = 32;

    private Ranks() {}

    /**
     * Alternatives best first, with the packed sorted keys.
     *
     * @param order alternative indices, best first
     * @param packed the sorted keys; the upper {@code 64 − indexBits} bits are the truncated key
     * @param indexBits the number of low bits replaced by indices
     */
    public record Sorted(int[] order, long[] packed, int indexBits) {}

    /**
     * The order-preserving key of a preference: unsigned order of keys is the order of the values,
     * best first.
     *
     * @param v a finite preference
     * @param higherIsBetter whether larger preferences are better
     * @return the key
     */
    static long key(double v, boolean higherIsBetter) {
        long bits = Double.doubleToLongBits(v + 0.0);
        long key = bits ^ ((bits >> 63) | Long.MIN_VALUE);
        return higherIsBetter ? ~key : key;
    }

    /**
     * The preference a key stands for.
     *
     * @param key a key from {@link #key}
     * @param higherIsBetter as given to {@link #key}
     * @return the preference
     */
    static double value(long key, boolean higherIsBetter) {
        long k = higherIsBetter ? ~key : key;
        long bits = k < 0 ? k ^ Long.MIN_VALUE : ~k;
        return Double.longBitsToDouble(bits);
    }

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
     * Sorts the alternatives best first (see the class comment).
     *
     * @param p the preferences, finite
     * @param higherIsBetter whether larger preferences are better
     * @return the order and the packed keys
     */
    public static Sorted sort(double[] p, boolean higherIsBetter) {
        int m = p.length;
        int b = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(0, m - 1)));
        long mask = (1L << b) - 1;
        long[] a = new long[m];
        long any = 0;
        long all = -1L;
        for (int i = 0; i < m; i++) {
            long k = (key(p[i], higherIsBetter) & ~mask) | i;
            a[i] = k;
            any |= k;
            all &= k;
        }
        // Only the bits in which the truncated keys differ need sorting: for preferences in (0, 1)
        // the sign and most of the exponent are the same for all, so 1,000,000 closeness values
        // need 3 passes of 11-bit digits instead of 6 passes of 8 bits
        long varying = m < 2 ? 0 : (any ^ all) & ~mask;
        if (varying != 0) {
            int lo = Long.numberOfTrailingZeros(varying);
            int span = 64 - Long.numberOfLeadingZeros(varying) - lo;
            int passes = (span + MAX_BITS - 1) / MAX_BITS;
            int bits = (span + passes - 1) / passes;
            int radix = 1 << bits;
            int[][] count = new int[passes][radix];
            for (int d = 0; d < passes; d++) {
                // one loop per digit: in a loop over all digits, the runs of equal top digits of
                // clustered preferences made every increment wait for the one before
                int[] c = count[d];
                int shift = lo + d * bits;
                for (int i = 0; i < m; i++) {
                    c[(int) ((a[i] >>> shift) & (radix - 1))]++;
                }
            }
            long[] t = new long[m];
            for (int d = 0; d < passes; d++) {
                int[] c = count[d];
                int shift = lo + d * bits;
                if (c[(int) ((a[0] >>> shift) & (radix - 1))] == m) {
                    continue;
                }
                int sum = 0;
                for (int x = 0; x < radix; x++) {
                    int v = c[x];
                    c[x] = sum;
                    sum += v;
                }
                for (int i = 0; i < m; i++) {
                    long k = a[i];
                    t[c[(int) ((k >>> shift) & (radix - 1))]++] = k;
                }
                long[] swap = a;
                a = t;
                t = swap;
            }
        }
        int[] order = new int[m];
        long previous = 0;
        int runStart = 0;
        for (int k = 0; k < m; k++) {
            long packed = a[k];
            order[k] = (int) (packed & mask);
            long prefix = packed & ~mask;
            if (k > 0 && prefix != previous) {
                if (k - runStart > 1) {
                    fixRun(p, higherIsBetter, order, runStart, k);
                }
                runStart = k;
            }
            previous = prefix;
        }
        if (m - runStart > 1) {
            fixRun(p, higherIsBetter, order, runStart, m);
        }
        return new Sorted(order, a, b);
    }

    /** Orders {@code order[s, e)} (input order within, equal truncated keys) by full key, stably. */
    private static void fixRun(double[] p, boolean higherIsBetter, int[] order, int s, int e) {
        if (e - s <= SHORT_RUN) {
            for (int i = s + 1; i < e; i++) {
                int oi = order[i];
                long ki = key(p[oi], higherIsBetter);
                int j = i - 1;
                while (j >= s && Long.compareUnsigned(key(p[order[j]], higherIsBetter), ki) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = oi;
            }
            return;
        }
        int n = e - s;
        long[] keys = new long[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = order[s + i];
            keys[i] = key(p[idx[i]], higherIsBetter);
        }
        long[] keys2 = new long[n];
        int[] idx2 = new int[n];
        int[] count = new int[RADIX];
        for (int shift = 0; shift < 64; shift += BITS) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((keys[i] >>> shift) & (RADIX - 1))]++;
            }
            if (count[(int) ((keys[0] >>> shift) & (RADIX - 1))] == n) {
                continue;
            }
            int sum = 0;
            for (int x = 0; x < RADIX; x++) {
                int v = count[x];
                count[x] = sum;
                sum += v;
            }
            for (int i = 0; i < n; i++) {
                int pos = count[(int) ((keys[i] >>> shift) & (RADIX - 1))]++;
                keys2[pos] = keys[i];
                idx2[pos] = idx[i];
            }
            long[] tk = keys;
            keys = keys2;
            keys2 = tk;
            int[] ti = idx;
            idx = idx2;
            idx2 = ti;
        }
        System.arraycopy(idx, 0, order, s, n);
    }

    /**
     * The ranks of the alternatives from a sort. Each truncated key stands for an interval of
     * preferences; a tie (or its absence) that the intervals decide with a margin of 4 ulp of the
     * scale needs no exact value, otherwise the exact preferences decide, so the result is that of
     * {@link #ranks(double[], int[], double)}.
     *
     * @param p the preferences
     * @param sorted from {@link #sort}
     * @param higherIsBetter as given to {@link #sort}
     * @param scale {@code max_k |p_k|}
     * @param tolerance the relative tolerance, &gt;= 0
     * @return the rank of every alternative, 1 = best
     */
    public static int[] ranks(double[] p, Sorted sorted, boolean higherIsBetter, double scale, double tolerance) {
        int[] order = sorted.order();
        long[] packed = sorted.packed();
        long mask = (1L << sorted.indexBits()) - 1;
        int m = order.length;
        double eps = tolerance * scale;
        double margin = 4 * Math.ulp(scale);
        int[] ranks = new int[m];
        double leaderLo = 0;
        double leaderHi = 0;
        int leader = -1;
        double leaderExact = Double.NaN;
        int leaderRank = 0;
        for (int k = 0; k < m; k++) {
            int idx = order[k];
            long prefix = packed[k] & ~mask;
            double v1 = value(prefix, higherIsBetter);
            double v2 = value(prefix | mask, higherIsBetter);
            double lo = Math.min(v1, v2);
            double hi = Math.max(v1, v2);
            boolean newGroup;
            if (k == 0) {
                newGroup = true;
            } else {
                double minDist = Math.max(0, Math.max(lo - leaderHi, leaderLo - hi));
                double maxDist = Math.max(hi - leaderLo, leaderHi - lo);
                if (minDist > eps + margin) {
                    newGroup = true;
                } else if (maxDist < eps - margin) {
                    newGroup = false;
                } else {
                    if (Double.isNaN(leaderExact)) {
                        leaderExact = p[leader];
                    }
                    newGroup = Math.abs(p[idx] - leaderExact) > eps;
                }
            }
            if (newGroup) {
                leader = idx;
                leaderLo = lo;
                leaderHi = hi;
                leaderExact = Double.NaN;
                leaderRank = k + 1;
            }
            ranks[idx] = leaderRank;
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
     * The ranks of the alternatives, reading the exact preferences in order (the definition).
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
