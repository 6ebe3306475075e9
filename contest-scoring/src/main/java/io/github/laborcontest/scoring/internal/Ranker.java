// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.SortOrder;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.TiePolicy;
import io.github.laborcontest.scoring.RankedEntry;
import io.github.laborcontest.scoring.Ranking;
import io.github.laborcontest.scoring.VetoOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Ranks items: total descending, then the tie-breaker chain (a missing value ranks after a present
 * one), then participant id for a stable listing. Items equal in total and in every tie-breaker
 * value form a tie class: they share a rank and are reported as a tie; the id order between them
 * is only a listing order.
 */
final class Ranker {
    private Ranker() {}

    /** One participant to rank. */
    record Item(
            ParticipantId id,
            Points total,
            boolean disqualified,
            List<VetoOutcome> vetoes,
            @Nullable BigDecimal[] keys) {}

    static Ranking rank(Optional<Ranking.Group> group, TiePolicy policy, List<TieBreaker> chain, List<Item> items) {
        List<Item> ranked = new ArrayList<>(items.size());
        List<Ranking.Disqualification> out = new ArrayList<>();
        for (Item i : items) {
            if (i.disqualified()) {
                out.add(new Ranking.Disqualification(
                        i.id(),
                        i.total(),
                        i.vetoes().stream().filter(VetoOutcome::disqualifies).toList()));
            } else {
                ranked.add(i);
            }
        }
        out.sort(Comparator.comparing(Ranking.Disqualification::participant));
        Item[] sorted = ranked.toArray(new Item[0]);
        sort(sorted, chain);
        int n = sorted.length;
        List<RankedEntry> entries = new ArrayList<>(n);
        List<Ranking.Tie> ties = new ArrayList<>();
        int start = 0;
        int classIndex = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && equivalent(sorted[start], sorted[end])) {
                end++;
            }
            BigDecimal rank = switch (policy) {
                case STANDARD, ORDINAL -> BigDecimal.valueOf(start + 1L);
                case DENSE -> BigDecimal.valueOf(classIndex + 1L);
                case FRACTIONAL -> BigDecimal.valueOf((long) start + 1 + end).divide(BigDecimal.valueOf(2));
            };
            List<ParticipantId> members = List.of();
            if (end - start > 1) {
                List<ParticipantId> ids = new ArrayList<>(end - start);
                for (int k = start; k < end; k++) {
                    ids.add(sorted[k].id());
                }
                members = List.copyOf(ids);
                ties.add(new Ranking.Tie(rank, sorted[start].total(), members));
            }
            for (int k = start; k < end; k++) {
                Optional<RankedEntry.TieBreakDecision> decided = Optional.empty();
                if (k == end - 1 && end < n && sorted[k].total().equals(sorted[end].total())) {
                    decided = decision(chain, sorted[k], sorted[end]);
                }
                entries.add(new RankedEntry(rank, k + 1, sorted[k].id(), sorted[k].total(), decided, members));
            }
            classIndex++;
            start = end;
        }
        return new Ranking(group, policy, entries, ties, out);
    }

    /**
     * Sorts best first. Large fields are sorted on packed primitive keys (total descending), and
     * only the runs of equal totals with the full comparator (tie-breakers, then id); the order is
     * the same as with the comparator alone.
     */
    static void sort(Item[] items, List<TieBreaker> chain) {
        int n = items.length;
        Comparator<Item> full = comparator(chain);
        if (n <= 10_000 || n >= (1 << 22)) {
            Arrays.sort(items, full);
            return;
        }
        int scale = 0;
        for (Item i : items) {
            scale = Math.max(scale, i.total().value().scale());
        }
        long[] unscaled = new long[n];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        try {
            for (int i = 0; i < n; i++) {
                long u = items[i].total().value().movePointRight(scale).longValueExact();
                unscaled[i] = u;
                min = Math.min(min, u);
                max = Math.max(max, u);
            }
        } catch (ArithmeticException e) {
            Arrays.parallelSort(items, full);
            return;
        }
        if (scale > 18 || max - min < 0 || max - min >= (1L << 40)) {
            Arrays.parallelSort(items, full);
            return;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((max - unscaled[i]) << 22) | i;
        }
        Arrays.parallelSort(packed);
        Item[] out = new Item[n];
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < n; k++) {
            out[k] = items[(int) (packed[k] & ((1 << 22) - 1))];
            if (k > 0 && (packed[k] >>> 22) != (packed[k - 1] >>> 22)) {
                if (k - start > 1) {
                    runs.add(new int[] {start, k});
                }
                start = k;
            }
        }
        if (n - start > 1) {
            runs.add(new int[] {start, n});
        }
        Comparator<Item> withinRun = tieComparator(chain);
        runs.parallelStream().forEach(r -> Arrays.sort(out, r[0], r[1], withinRun));
        System.arraycopy(out, 0, items, 0, n);
    }

    /** The order among equal totals: the tie-breaker chain, then id. */
    static Comparator<Item> tieComparator(List<TieBreaker> chain) {
        if (chain.isEmpty()) {
            return (a, b) -> a.id().compareTo(b.id());
        }
        Comparator<Item> c = (a, b) -> 0;
        for (int k = 0; k < chain.size(); k++) {
            int index = k;
            boolean higherFirst = chain.get(k).order() == SortOrder.HIGHER_FIRST;
            c = c.thenComparing((a, b) -> compareKey(a.keys()[index], b.keys()[index], higherFirst));
        }
        return c.thenComparing(Item::id);
    }

    static Comparator<Item> comparator(List<TieBreaker> chain) {
        Comparator<Item> c = (a, b) -> b.total().compareTo(a.total());
        for (int k = 0; k < chain.size(); k++) {
            int index = k;
            boolean higherFirst = chain.get(k).order() == SortOrder.HIGHER_FIRST;
            c = c.thenComparing((a, b) -> compareKey(a.keys()[index], b.keys()[index], higherFirst));
        }
        return c.thenComparing(Item::id);
    }

    private static int compareKey(@Nullable BigDecimal a, @Nullable BigDecimal b, boolean higherFirst) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return higherFirst ? b.compareTo(a) : a.compareTo(b);
    }

    private static boolean equivalent(Item a, Item b) {
        if (a.total().compareTo(b.total()) != 0) {
            return false;
        }
        for (int k = 0; k < a.keys().length; k++) {
            if (compareKey(a.keys()[k], b.keys()[k], true) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<RankedEntry.TieBreakDecision> decision(List<TieBreaker> chain, Item a, Item b) {
        for (int k = 0; k < chain.size(); k++) {
            if (compareKey(a.keys()[k], b.keys()[k], true) != 0) {
                TieBreaker t = chain.get(k);
                return Optional.of(new RankedEntry.TieBreakDecision(
                        k, t.by(), t.ref(), t.order(), b.id(), text(a.keys()[k]), text(b.keys()[k])));
            }
        }
        return Optional.empty();
    }

    private static String text(@Nullable BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }
}
