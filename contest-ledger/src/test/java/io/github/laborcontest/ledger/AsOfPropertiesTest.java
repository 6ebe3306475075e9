// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.PeriodId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * As-of queries start from a snapshot and fold the later entries onto it, sharing the snapshot's
 * standings and scanning only the queried period's positions: the answer must be the one of a
 * ledger without snapshots, which folds every entry from the start.
 */
class AsOfPropertiesTest {

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(0, 1_000_000);
    }

    @Property(tries = 60)
    void asOfFromSnapshotsEqualsAsOfFromTheStart(
            @ForAll("seeds") long seed,
            @ForAll @IntRange(min = 1, max = 1500) int n,
            @ForAll @IntRange(min = 0, max = 5) int snapshots) {
        List<Entry> all = SampleEntries.generate(n, seed);
        Random r = new Random(seed);
        Ledger plain = Ledgers.inMemory();
        Ledger snapped = Ledgers.inMemory();
        for (int i = 0; i < n; i++) {
            Entry e = all.get(i);
            assertThat(plain.append(e).isRight()).isTrue();
            assertThat(snapped.append(e).isRight()).isTrue();
            if (r.nextInt(n) < snapshots) {
                snapped.snapshot(r.nextBoolean() ? Optional.empty() : Optional.of(e.period()));
            }
        }
        for (int q = 0; q < 8; q++) {
            Entry at = all.get(r.nextInt(n));
            AsOf asOf = r.nextBoolean()
                    ? AsOf.recordTime(at.recordedAt().plusSeconds(r.nextInt(7 * 86_400) - 3 * 86_400))
                    : AsOf.businessDate(at.businessDate().plusDays(r.nextInt(20) - 10));
            PeriodId period = all.get(r.nextInt(n)).period();
            assertThat(snapped.standings(asOf)).as("all periods %s", asOf).isEqualTo(plain.standings(asOf));
            assertThat(snapped.standings(period, asOf))
                    .as("%s %s", period, asOf)
                    .isEqualTo(plain.standings(period, asOf));
            // the queries also keep working as the ledger grows after them
        }
        assertThat(snapped.standings(PeriodId.of("2099-01"), AsOf.businessDate(java.time.LocalDate.of(2026, 12, 31))))
                .isEqualTo(plain.standings(
                        PeriodId.of("2099-01"), AsOf.businessDate(java.time.LocalDate.of(2026, 12, 31))));
    }
}
