// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.ledger.Contribution;
import io.github.laborcontest.ledger.EntryId;
import io.github.laborcontest.ledger.EntryType;
import io.github.laborcontest.model.ProjectStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The non-reversed entries of one standing other than measurements and reversals (points awarded
 * and deducted, vetoes, findings, stage changes), in chain order, as rows of one array of longs
 * ({@link IdRows}); the public {@link Contribution} values are made only when standings are
 * viewed.
 *
 * <p>A row is its id, its amount, its business day (a long of its own), and in its bits its type,
 * whether it has an amount and, for a stage change, the new stage; its reason is in a column of
 * references. A snapshot keeps the values it made ({@link #values}) in a column of their own, so
 * that later snapshots of the same rows share them.
 */
final class Contributions extends IdRows {
    private static final EntryType[] TYPES = EntryType.values();
    private static final ProjectStage[] STAGES = ProjectStage.values();
    private static final int TYPE_BITS = 5;
    private static final int AMOUNT_BIT = 1 << TYPE_BITS;
    private static final int STAGE_SHIFT = TYPE_BITS + 1;
    private static final int DAY = 0;
    private static final Object[] NO_REASONS = new Object[0];

    static {
        if (TYPES.length > 1 << TYPE_BITS) {
            throw new AssertionError("more entry types than " + TYPE_BITS + " bits hold");
        }
    }

    /** Per row, its reason: an {@code Optional<String>}, shared with the decoder's cache. */
    private Object[] reasons = NO_REASONS;

    /** Per row, the public value made for a snapshot, shared by later snapshots and views. */
    private volatile Contribution @Nullable [] kept;

    /** No contributions. */
    Contributions() {
        super(1);
    }

    /**
     * Adds the next contribution.
     *
     * @param type its entry type
     * @param idWords the id's words ({@link IdRows#words}) from {@code at}, if it is inline
     * @param at where they start
     * @param length the id's length in UTF-8 bytes
     * @param longId the id's bytes if it is longer than {@link IdRows#INLINE_ID_BYTES}
     * @param hasAmount whether it has an amount
     * @param unscaledValue the amount's unscaled long, when {@code big} is null
     * @param scale the amount's scale, when {@code big} is null
     * @param big the amount when it has more than 18 digits, else null
     * @param reason its reason
     * @param epochDay its business date as an epoch day
     * @param stage the new stage of a stage change, else null
     */
    void add(
            EntryType type,
            long[] idWords,
            int at,
            int length,
            byte @Nullable [] longId,
            boolean hasAmount,
            long unscaledValue,
            int scale,
            @Nullable BigDecimal big,
            Optional<String> reason,
            long epochDay,
            @Nullable ProjectStage stage) {
        int i = addRow(bits(type, hasAmount, stage), idWords, at, length, longId, unscaledValue, scale, big);
        setExtra(i, DAY, epochDay);
        reasons[i] = reason;
        Contribution[] k = kept;
        if (k != null) {
            k[i] = null;
        }
    }

    private static int bits(EntryType type, boolean hasAmount, @Nullable ProjectStage stage) {
        return type.ordinal()
                | (hasAmount ? AMOUNT_BIT : 0)
                | (stage == null ? 0 : (stage.ordinal() + 1) << STAGE_SHIFT);
    }

    @Override
    void grow(int capacity) {
        reasons = Arrays.copyOf(reasons, capacity);
        Contribution[] k = kept;
        if (k != null) {
            kept = Arrays.copyOf(k, capacity);
        }
    }

    /**
     * Appends the rows of the standing's next segment, in their order.
     *
     * @param later the later segment's contributions (not changed)
     */
    void addAll(Contributions later) {
        Contribution[] theirs = later.kept;
        for (int j = 0; j < later.n; j++) {
            int i = addRowLike(later, j, later.bits(j));
            reasons[i] = later.reasons[j];
            Contribution value = theirs != null ? theirs[j] : null;
            Contribution[] k = kept;
            if (value != null && k == null) {
                k = new Contribution[capacity()];
                kept = k;
            }
            if (k != null) {
                k[i] = value;
            }
        }
    }

    /** A deep copy (the values it holds are immutable and shared). */
    Contributions copy() {
        Contributions c = new Contributions();
        copyRowsInto(c);
        c.reasons = Arrays.copyOf(reasons, n);
        Contribution[] k = kept;
        c.kept = k != null ? Arrays.copyOf(k, n) : null;
        return c;
    }

    @Override
    void removeColumns(int i, int tail) {
        shift(reasons, i, tail);
        shift(kept, i, tail);
    }

    private EntryType type(int i) {
        return TYPES[bits(i) & (AMOUNT_BIT - 1)];
    }

    private @Nullable ProjectStage stage(int i) {
        int s = bits(i) >>> STAGE_SHIFT;
        return s == 0 ? null : STAGES[s - 1];
    }

    @SuppressWarnings("unchecked")
    private Optional<String> reason(int i) {
        return (Optional<String>) reasons[i];
    }

    private Optional<BigDecimal> amount(int i) {
        if ((bits(i) & AMOUNT_BIT) == 0) {
            return Optional.empty();
        }
        BigDecimal big = big(i);
        return big != null ? Optional.of(big) : FoldState.Values.amount(unscaled(i), scale(i));
    }

    /**
     * The public values of the rows in chain order: those kept, else new ones.
     *
     * @param keep whether to keep the values made, for the snapshots that follow
     * @return the contributions
     */
    List<Contribution> values(boolean keep) {
        Contribution[] k = kept;
        if (keep && k == null && n > 0) {
            k = new Contribution[capacity()];
            kept = k;
        }
        List<Contribution> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Contribution c = k != null ? k[i] : null;
            if (c == null) {
                c = new Contribution(
                        EntryId.of(idText(i)), type(i), amount(i), reason(i), FoldState.Values.day(extra(i, DAY)));
                if (keep) {
                    k[i] = c;
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * The exact sum of the amounts of the rows of a type.
     *
     * @param type the type
     * @return the sum, with the scale of {@code BigDecimal.ZERO.add(a).add(b)…}
     */
    BigDecimal total(EntryType type) {
        FoldState.Sum sum = new FoldState.Sum();
        int t = type.ordinal();
        for (int i = 0; i < n; i++) {
            int b = bits(i);
            if ((b & (AMOUNT_BIT - 1)) == t && (b & AMOUNT_BIT) != 0) {
                sum.add(unscaled(i), scale(i), big(i));
            }
        }
        return sum.value();
    }

    /** The new stage of the latest stage change, if any. */
    Optional<ProjectStage> latestStage() {
        for (int i = n - 1; i >= 0; i--) {
            ProjectStage s = stage(i);
            if (s != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
