// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.ledger.internal.FoldState;

/**
 * The fold of a run of entries into standings. Folds are associative: the fold of a whole chain
 * equals the {@linkplain #merge(LedgerFold) merge} of the folds of its consecutive segments, so
 * that a host can fold segments in parallel or inside a distributed engine and merge them in
 * chain order. A reversal in a later segment cancels the reversed entry of an earlier segment.
 *
 * <pre>{@code
 * LedgerFold a = LedgerFold.of(firstHalf), b = LedgerFold.of(secondHalf);
 * Standings standings = a.merge(b).standings();   // equals LedgerFold.of(all).standings()
 * }</pre>
 *
 * <p>Values of this class are immutable.
 *
 * @since 0.1.0
 */
public final class LedgerFold {

    private static final LedgerFold EMPTY = new LedgerFold(new FoldState());

    private final FoldState state;

    private LedgerFold(FoldState state) {
        this.state = state;
    }

    /** The fold of no entries. */
    public static LedgerFold empty() {
        return EMPTY;
    }

    /**
     * The fold of consecutive entries in chain order.
     *
     * @param entries the entries, in chain order
     * @return the fold
     */
    public static LedgerFold of(Iterable<Entry> entries) {
        FoldState s = new FoldState();
        for (Entry e : entries) {
            s.add(e);
        }
        return new LedgerFold(s);
    }

    /**
     * The fold of this segment followed by a later one.
     *
     * @param later the fold of the entries that follow this segment in the chain
     * @return the fold of both
     */
    public LedgerFold merge(LedgerFold later) {
        FoldState s = state.copy();
        s.mergeLater(later.state);
        return new LedgerFold(s);
    }

    /** The standings of this fold. */
    public Standings standings() {
        return state.view(k -> true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerFold f && standings().equals(f.standings());
    }

    @Override
    public int hashCode() {
        return standings().hashCode();
    }
}
