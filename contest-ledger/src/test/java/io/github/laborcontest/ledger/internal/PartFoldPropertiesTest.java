// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.LedgerFold;
import io.github.laborcontest.ledger.LedgerOptions;
import io.github.laborcontest.ledger.SampleEntries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Opening folds each part of the standing keys on its own thread, batch after batch, and joins
 * the parts at the end, without merging batch folds: these properties check that this gives
 * exactly the standings of adding the entries one by one.
 */
class PartFoldPropertiesTest {

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(0, 1_000_000);
    }

    /**
     * The decoders number at most {@code numbered} ids (the samples have one competition, twelve
     * periods and ten participants up to 10,000 entries), so that some keys fold by their packed
     * numbers and the others, whose ids were not all numbered, by the key itself.
     */
    @Property(tries = 100)
    void partFoldsOfPreparedBatchesAreTheFoldOfTheEntriesOneByOne(
            @ForAll("seeds") long seed,
            @ForAll @IntRange(min = 0, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 60) int batchSize,
            @ForAll @IntRange(min = 0, max = 30) int numbered) {
        List<Entry> all = SampleEntries.generate(n, seed);
        FoldState oneByOne = new FoldState();
        all.forEach(oneByOne::add);

        EntryCodec codec = new EntryCodec(EntryCodec.Shared.numberingAtMost(numbered));
        EntryCodec.Fields fields = new EntryCodec.Fields();
        FoldState[] parts = new FoldState[FoldState.PARTS];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = new FoldState();
        }
        for (int from = 0; from < n; from += batchSize) {
            int to = Math.min(n, from + batchSize);
            FoldState.Prepared batch = new FoldState.Prepared(to - from);
            for (Entry e : all.subList(from, to)) {
                byte[] bytes = EntryCodec.encode(e);
                codec.decode(bytes, 0, bytes.length, fields);
                batch.add(fields);
            }
            assertThat(batch.size()).isEqualTo(to - from);
            for (int p = 0; p < parts.length; p++) {
                parts[p].addPrepared(batch, p);
            }
        }
        FoldState joined = new FoldState();
        for (FoldState part : parts) {
            joined.absorbDisjoint(part);
        }
        assertThat(joined.size()).isEqualTo(oneByOne.size());
        assertThat(joined.view(k -> true)).isEqualTo(oneByOne.view(k -> true));
    }

    @Property(tries = 8)
    void aReopenedLedgerOfSeveralLoadBatchesHasTheStandingsOfTheLiveOne(
            @ForAll("seeds") long seed,
            @ForAll @IntRange(min = 0, max = 3) int batches,
            @ForAll @IntRange(min = 0, max = 8191) int extra) {
        int n = batches * 8192 + extra;
        List<Entry> all = SampleEntries.generate(n, seed);
        MemoryStore store = new MemoryStore();
        DefaultLedger live = DefaultLedger.open(store, LedgerOptions.DEFAULT, false);
        assertThat(live.appendBatch(all)).allMatch(a -> a.isRight());

        DefaultLedger reopened = DefaultLedger.open(store, LedgerOptions.DEFAULT, false);

        assertThat(reopened.openReport().clean()).isTrue();
        assertThat(reopened.size()).isEqualTo(n);
        assertThat(reopened.standings()).isEqualTo(live.standings());
        assertThat(reopened.standings()).isEqualTo(LedgerFold.of(all).standings());
    }
}
