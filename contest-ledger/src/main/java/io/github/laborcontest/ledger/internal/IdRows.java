// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a standing's fold kept in one array of longs rather than as an object each, each row
 * with the id of its entry and a decimal value: a large ledger's standings hold millions of rows,
 * and the collector copies one array of longs per standing faster than the same values spread over
 * millions of small objects. A row's longs are side by side, so that adding a row writes one or two
 * cache lines. This class keeps the id, the value and the row count; a subclass adds longs of its
 * own to each row ({@link #extra}) and columns of references, grown and shifted with the rows
 * ({@link #grow}, {@link #removeColumns}).
 *
 * <p>A row is {@code stride} longs: four for the id, one for the subclass's bits, the id's length
 * and the value's scale, one for the value's unscaled long, then the subclass's. An id is kept as
 * UTF-8 bytes: up to {@link #INLINE_ID_BYTES} of them in the four longs (little-endian, zero past
 * its end), else in an array of a column made only when a row needs it; a value of more than 18
 * digits is kept in a column of {@code BigDecimal}s made only when needed. An id is only compared
 * when a reversal takes its row out, and read when a contribution is viewed.
 */
abstract class IdRows {
    /** The longest id kept in the row's own longs. */
    static final int INLINE_ID_BYTES = 32;

    private static final int LENGTH_BITS = 6;
    private static final int LENGTH_MASK = (1 << LENGTH_BITS) - 1;
    private static final int LONG_ID = INLINE_ID_BYTES + 1;
    private static final int META = 4;
    private static final int UNSCALED = 5;
    private static final int EXTRA = 6;
    private static final long[] NO_LONGS = new long[0];
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final ThreadLocal<byte[]> ID_SCRATCH = ThreadLocal.withInitial(() -> new byte[INLINE_ID_BYTES]);

    private final int stride;

    /** The number of rows. */
    int n;

    private int capacity;
    private long[] data = NO_LONGS;
    private byte @Nullable [] @Nullable [] longIds;
    private @Nullable BigDecimal @Nullable [] bigs;

    /**
     * No rows.
     *
     * @param extraLongs the number of the subclass's longs per row
     */
    IdRows(int extraLongs) {
        stride = EXTRA + extraLongs;
    }

    /**
     * Bytes {@code 8k} to {@code 8k + 7} of an id, little-endian, zero past its end: one load of
     * eight bytes when the array has them (an id is followed by the rest of its record).
     */
    static long word(byte[] b, int offset, int length, int k) {
        int from = offset + 8 * k;
        int left = length - 8 * k;
        if (left <= 0) {
            return 0;
        }
        if (from + 8 <= b.length) {
            long w = (long) LONG.get(b, from);
            return left >= 8 ? w : w & ((1L << (8 * left)) - 1);
        }
        long w = 0;
        for (int i = from + Math.min(left, 8) - 1; i >= from; i--) {
            w = (w << 8) | (b[i] & 0xFF);
        }
        return w;
    }

    /** The four words of an id as a row holds them (zero if it is longer). */
    static long[] words(byte[] id) {
        long[] w = new long[4];
        if (id.length <= INLINE_ID_BYTES) {
            for (int k = 0; k < 4; k++) {
                w[k] = word(id, 0, id.length, k);
            }
        }
        return w;
    }

    /** The number of rows. */
    final int size() {
        return n;
    }

    /** Whether there are no rows. */
    final boolean isEmpty() {
        return n == 0;
    }

    /** The capacity of the rows and columns. */
    final int capacity() {
        return capacity;
    }

    /** The subclass's bits of row {@code i}. */
    final int bits(int i) {
        return (int) data[stride * i + META] >>> LENGTH_BITS;
    }

    private int length(int i) {
        return (int) data[stride * i + META] & LENGTH_MASK;
    }

    /** The value's scale of row {@code i} (when {@link #big} is null). */
    final int scale(int i) {
        return (int) (data[stride * i + META] >> 32);
    }

    /** The value's unscaled long of row {@code i} (when {@link #big} is null). */
    final long unscaled(int i) {
        return data[stride * i + UNSCALED];
    }

    /** The value of row {@code i} if it has more than 18 digits, else null. */
    final @Nullable BigDecimal big(int i) {
        BigDecimal[] v = bigs;
        return v != null ? v[i] : null;
    }

    /** The value of row {@code i}. */
    final BigDecimal value(int i) {
        BigDecimal big = big(i);
        return big != null ? big : FoldState.Values.decimal(unscaled(i), scale(i));
    }

    /** The subclass's {@code k}-th long of row {@code i}. */
    final long extra(int i, int k) {
        return data[stride * i + EXTRA + k];
    }

    /** Sets the subclass's {@code k}-th long of row {@code i}. */
    final void setExtra(int i, int k, long v) {
        data[stride * i + EXTRA + k] = v;
    }

    /** The next free row, the rows and columns grown when full. */
    private int next() {
        if (n == capacity) {
            int c = Math.max(8, 2 * n);
            data = Arrays.copyOf(data, stride * c);
            if (longIds != null) {
                longIds = Arrays.copyOf(longIds, c);
            }
            if (bigs != null) {
                bigs = Arrays.copyOf(bigs, c);
            }
            capacity = c;
            grow(c);
        }
        return n++;
    }

    /**
     * Adds a row; the subclass's longs and columns are then set by the caller.
     *
     * @param bits the subclass's bits of the row (26 at most)
     * @param idWords the id's words ({@link #words}) from {@code at}, if it is inline
     * @param at where they start
     * @param length the id's length in UTF-8 bytes
     * @param longId the id's bytes if it is longer than {@link #INLINE_ID_BYTES}
     * @param unscaledValue the value's unscaled long, when {@code big} is null
     * @param scale the value's scale, when {@code big} is null
     * @param big the value when it has more than 18 digits, else null
     * @return the row
     */
    final int addRow(
            int bits,
            long[] idWords,
            int at,
            int length,
            byte @Nullable [] longId,
            long unscaledValue,
            int scale,
            @Nullable BigDecimal big) {
        if (bits >>> (32 - LENGTH_BITS) != 0) {
            throw new IllegalArgumentException("row bits out of range: " + bits);
        }
        int i = next();
        int r = stride * i;
        boolean inline = length <= INLINE_ID_BYTES;
        if (inline) {
            System.arraycopy(idWords, at, data, r, 4);
        } else {
            data[r] = data[r + 1] = data[r + 2] = data[r + 3] = 0;
            setLongId(i, Objects.requireNonNull(longId, "longId"));
        }
        int meta = (bits << LENGTH_BITS) | (inline ? length : LONG_ID);
        if (big != null) {
            setBig(i, big);
            data[r + META] = meta & 0xFFFFFFFFL;
            data[r + UNSCALED] = 0;
        } else {
            data[r + META] = ((long) scale << 32) | (meta & 0xFFFFFFFFL);
            data[r + UNSCALED] = unscaledValue;
        }
        return i;
    }

    /**
     * Adds a copy of row {@code j} of {@code other} (of the same class), with other bits; the
     * subclass's columns are then set by the caller.
     *
     * @param other the rows to copy from
     * @param j the row there
     * @param bits the subclass's bits of the new row
     * @return the new row
     */
    final int addRowLike(IdRows other, int j, int bits) {
        int i = next();
        int r = stride * i;
        System.arraycopy(other.data, other.stride * j, data, r, stride);
        long meta = data[r + META];
        data[r + META] = (meta & 0xFFFFFFFF00000000L) | (((long) bits << LENGTH_BITS) | (meta & LENGTH_MASK));
        byte[] longId = other.longIds != null ? other.longIds[j] : null;
        if (longId != null) {
            setLongId(i, longId);
        }
        BigDecimal big = other.big(j);
        if (big != null) {
            setBig(i, big);
        }
        return i;
    }

    /** Puts a long id in its column, made when first needed. */
    private void setLongId(int i, byte[] id) {
        byte[][] l = longIds;
        if (l == null) {
            l = new byte[capacity][];
            longIds = l;
        }
        l[i] = id;
    }

    /** Puts a value of more than 18 digits in its column, made when first needed. */
    private void setBig(int i, BigDecimal big) {
        BigDecimal[] v = bigs;
        if (v == null) {
            v = new BigDecimal[capacity];
            bigs = v;
        }
        v[i] = big;
    }

    /** Grows the subclass's columns to {@code capacity} rows. */
    abstract void grow(int capacity);

    /** Moves the subclass's column rows {@code i + 1 …} one down over row {@code i} ({@link #shift}). */
    abstract void removeColumns(int i, int tail);

    /** Called before row {@code i} is taken out; does nothing unless a subclass needs it. */
    void removing(int i) {}

    /** Copies the rows into {@code c} (of the same class), trimmed to the rows held. */
    final void copyRowsInto(IdRows c) {
        c.n = n;
        c.capacity = n;
        c.data = Arrays.copyOf(data, stride * n);
        c.longIds = longIds != null ? Arrays.copyOf(longIds, n) : null;
        c.bigs = bigs != null ? Arrays.copyOf(bigs, n) : null;
    }

    /**
     * Takes out the row with an id, the latest first.
     *
     * @param id the id's UTF-8 bytes
     * @param idWords its words ({@link #words})
     * @return whether a row had the id
     */
    final boolean remove(byte[] id, long[] idWords) {
        boolean inline = id.length <= INLINE_ID_BYTES;
        int length = inline ? id.length : LONG_ID;
        long[] d = data;
        for (int i = n - 1; i >= 0; i--) {
            int r = stride * i;
            if (((int) d[r + META] & LENGTH_MASK) != length) {
                continue;
            }
            boolean same = inline
                    ? d[r] == idWords[0] && d[r + 1] == idWords[1] && d[r + 2] == idWords[2] && d[r + 3] == idWords[3]
                    : Arrays.equals(Objects.requireNonNull(longIds)[i], id);
            if (same) {
                removing(i);
                int tail = n - i - 1;
                System.arraycopy(d, r + stride, d, r, stride * tail);
                shift(longIds, i, tail);
                shift(bigs, i, tail);
                removeColumns(i, tail);
                n--;
                return true;
            }
        }
        return false;
    }

    /** Moves a column's rows {@code i + 1 …} one down over row {@code i}, clearing the last. */
    static void shift(Object @Nullable [] column, int i, int tail) {
        if (column != null) {
            System.arraycopy(column, i + 1, column, i, tail);
            column[i + tail] = null;
        }
    }

    /** The id of row {@code i} as text, decoded through a scratch array of the thread. */
    final String idText(int i) {
        int length = length(i);
        if (length == LONG_ID) {
            return new String(Objects.requireNonNull(Objects.requireNonNull(longIds)[i]), StandardCharsets.UTF_8);
        }
        byte[] scratch = ID_SCRATCH.get();
        int r = stride * i;
        for (int b = 0; b < length; b++) {
            scratch[b] = (byte) (data[r + (b >>> 3)] >>> (8 * (b & 7)));
        }
        return new String(scratch, 0, length, StandardCharsets.UTF_8);
    }
}
