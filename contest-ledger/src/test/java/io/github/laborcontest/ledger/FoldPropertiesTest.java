// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FoldPropertiesTest {

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(0, 1_000_000);
    }

    @Property(tries = 100)
    void foldsOfSegmentsMergeIntoTheFoldOfTheWhole(
            @ForAll("seeds") long seed,
            @ForAll @IntRange(min = 0, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 6) int parts) {
        List<Entry> all = SampleEntries.generate(n, seed);
        Random r = new Random(seed);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < parts - 1; i++) {
            cuts.add(n == 0 ? 0 : r.nextInt(n + 1));
        }
        cuts.add(0);
        cuts.add(n);
        cuts.sort(null);
        LedgerFold merged = LedgerFold.empty();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            merged = merged.merge(LedgerFold.of(all.subList(cuts.get(i), cuts.get(i + 1))));
        }
        assertThat(merged.standings()).isEqualTo(LedgerFold.of(all).standings());
    }

    @Property(tries = 50)
    void mergeIsAssociative(@ForAll("seeds") long seed, @ForAll @IntRange(min = 0, max = 300) int n) {
        List<Entry> all = SampleEntries.generate(n, seed);
        int a = n / 3;
        int b = 2 * n / 3;
        LedgerFold x = LedgerFold.of(all.subList(0, a));
        LedgerFold y = LedgerFold.of(all.subList(a, b));
        LedgerFold z = LedgerFold.of(all.subList(b, n));
        assertThat(x.merge(y).merge(z).standings())
                .isEqualTo(x.merge(y.merge(z)).standings());
    }

    @Property(tries = 30)
    void theLedgerAcceptsSampleChainsAndItsStandingsAreTheFold(
            @ForAll("seeds") long seed, @ForAll @IntRange(min = 0, max = 400) int n) {
        List<Entry> all = SampleEntries.generate(n, seed);
        Ledger l = Ledgers.inMemory();
        for (Entry e : all) {
            assertThat(l.append(e).isRight()).as("%s", e).isTrue();
        }
        assertThat(l.standings()).isEqualTo(LedgerFold.of(all).standings());
        assertThat(l.verify().sound()).isTrue();
    }
}
