// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.PeriodId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Snapshots of the same standings share their contribution and measurement values instead of
 * each making its own (what keeps many snapshots of a big ledger in memory), and stay equal to a
 * fold of the entries they cover.
 */
class SnapshotSharingTest {

    @Test
    void aLaterSnapshotSharesTheValuesOfAnEarlierOneAndStillEqualsTheFold() {
        List<Entry> entries = SampleEntries.generate(400, 3);
        Ledger l = Ledgers.inMemory();
        entries.subList(0, 200).forEach(l::append);
        Snapshot first = l.snapshot(Optional.empty());
        entries.subList(200, 400).forEach(l::append);
        Snapshot second = l.snapshot(Optional.empty());

        assertThat(first.standings())
                .isEqualTo(LedgerFold.of(entries.subList(0, 200)).standings());
        assertThat(second.standings()).isEqualTo(LedgerFold.of(entries).standings());

        int sharedContributions = 0;
        int sharedMeasurements = 0;
        for (Standing earlier : first.standings().standings()) {
            Standing later = second.standings().of(earlier.key()).orElse(null);
            if (later == null) {
                continue;
            }
            for (Contribution c : earlier.contributions()) {
                if (later.contributions().stream().anyMatch(x -> x == c)) {
                    sharedContributions++;
                }
            }
            for (var m : earlier.measurements()) {
                if (later.measurements().stream().anyMatch(x -> x == m)) {
                    sharedMeasurements++;
                }
            }
        }
        assertThat(sharedContributions).isPositive();
        assertThat(sharedMeasurements).isPositive();
    }

    @Test
    void aPeriodSnapshotTakenTwiceGivesEqualStandingsMadeOfTheSameValues() {
        List<Entry> entries = SampleEntries.generate(300, 8);
        Ledger l = Ledgers.inMemory();
        entries.forEach(l::append);
        PeriodId period = entries.get(0).period();
        Snapshot a = l.snapshot(Optional.of(period));
        Snapshot b = l.snapshot(Optional.of(period));
        assertThat(b.standings()).isEqualTo(a.standings());
        assertThat(b.hash()).isEqualTo(a.hash());
        assertThat(a.standings().size()).isPositive();
        for (int i = 0; i < a.standings().size(); i++) {
            List<Contribution> ca = a.standings().standings().get(i).contributions();
            List<Contribution> cb = b.standings().standings().get(i).contributions();
            for (int j = 0; j < ca.size(); j++) {
                assertThat(cb.get(j)).isSameAs(ca.get(j));
            }
        }
        // the live view is still equal to the fold of every entry
        assertThat(l.standings()).isEqualTo(LedgerFold.of(entries).standings());
    }
}
