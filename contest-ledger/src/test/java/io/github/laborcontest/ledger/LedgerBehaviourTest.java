// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static io.github.laborcontest.ledger.TestEntries.MARCH;
import static io.github.laborcontest.ledger.TestEntries.P1;
import static io.github.laborcontest.ledger.TestEntries.award;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.ledger.internal.DefaultLedger;
import io.github.laborcontest.ledger.internal.Hashing;
import io.github.laborcontest.ledger.internal.MemoryStore;
import io.github.laborcontest.model.PeriodId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Signed heads, chain links, forEach bounds, far as-of times, period snapshots, forcing and closing. */
class LedgerBehaviourTest {

    private static final String T = "2026-03-13T08:00:00Z";

    @Test
    void a_head_is_signed_with_hmac_sha256_over_size_and_hash() throws Exception {
        byte[] key = new byte[16];
        key[0] = 7;
        Ledger l = Ledgers.inMemory(LedgerOptions.DEFAULT.withHeadKey(key));
        l.append(award("E-1", P1, "1", "x", T));
        l.append(award("E-2", P1, "1", "x", T));
        ChainHead head = l.head();
        // docs/ledger.md: HMAC-SHA256(key, "contest-ledger-head:<size>:" ‖ hash)
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update("contest-ledger-head:2:".getBytes(StandardCharsets.UTF_8));
        mac.update(head.hash().bytes());
        assertThat(head.signature()).contains(HexFormat.of().formatHex(mac.doFinal()));
        assertThat(l.verify(head).sound()).isTrue();
    }

    @Test
    void a_chain_link_hashes_the_position_as_eight_big_endian_bytes() throws Exception {
        byte[] prev = new byte[32];
        prev[3] = 9;
        byte[] payload = {1, 2, 3};
        // position 0x0102 = 258: bytes 00 00 00 00 00 00 01 02
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(prev);
        md.update(new byte[] {0, 0, 0, 0, 0, 0, 1, 2});
        md.update(payload);
        assertThat(Hashing.link(prev, 258, payload)).isEqualTo(md.digest());
    }

    @Test
    void for_each_starts_where_asked_and_stops_at_the_size() {
        MemoryStore store = new MemoryStore();
        DefaultLedger l = DefaultLedger.open(store, LedgerOptions.DEFAULT, false);
        SampleEntries.generate(5, 2).forEach(l::append);
        // a record beyond the size (written by nobody the ledger knows) is not read
        store.records().add(store.records().get(4));
        store.records()
                .add(new io.github.laborcontest.ledger.spi.StoredRecord(
                        5, store.records().get(4).hash(), store.records().get(4).payload()));
        List<Long> seen = new ArrayList<>();
        l.forEach(3, r -> seen.add(r.position()));
        assertThat(seen).containsExactly(3L, 4L);
        seen.clear();
        l.forEach(0, r -> seen.add(r.position()));
        assertThat(seen).containsExactly(0L, 1L, 2L, 3L, 4L);
        seen.clear();
        l.forEach(5, r -> seen.add(r.position()));
        assertThat(seen).isEmpty();
    }

    @Test
    void record_times_beyond_the_nanosecond_range_take_all_or_nothing() {
        Ledger l = Ledgers.inMemory();
        l.append(award("E-1", P1, "1", "x", T));
        // epoch nanoseconds overflow a long before 1677 and after 2262
        assertThat(l.standings(AsOf.recordTime(Instant.parse("3000-01-01T00:00:00Z")))
                        .size())
                .isEqualTo(1);
        assertThat(l.standings(AsOf.recordTime(Instant.parse("1000-01-01T00:00:00Z")))
                        .size())
                .isZero();
        assertThat(l.standings(AsOf.recordTime(Instant.parse("1970-01-01T00:00:00Z")))
                        .size())
                .isZero();
    }

    @Test
    void a_period_snapshot_holds_only_that_period() {
        Ledger l = Ledgers.inMemory();
        l.append(award("E-1", P1, "1", "x", T));
        l.append(new Entry.Builder()
                .from(award("E-2", P1, "2", "x", T))
                .period(PeriodId.of("2026-04"))
                .build());
        Snapshot march = l.snapshot(Optional.of(MARCH));
        assertThat(march.standings().size()).isEqualTo(1);
        assertThat(march.standings().standings().get(0).key().period()).isEqualTo(MARCH);
        assertThat(march.size()).isEqualTo(2);
        assertThat(march.chainHash()).isEqualTo(l.head().hash());
        assertThat(l.snapshot(Optional.empty()).standings().size()).isEqualTo(2);
    }

    @Test
    void a_ledger_that_is_not_durable_never_forces_on_append_but_forces_on_close() {
        StoreFailureTest.FaultyStore s = new StoreFailureTest.FaultyStore();
        Ledger l = Ledgers.open(s, LedgerOptions.DEFAULT, false).get();
        l.append(award("E-1", P1, "1", "x", T));
        l.appendBatch(List.of(award("E-2", P1, "1", "x", T)));
        l.appendAll(List.of(award("E-3", P1, "1", "x", T)));
        assertThat(s.forces).isZero();
        assertThat(l.toString())
                .startsWith("Ledger[3 entries, head " + l.head().hash().hex().substring(0, 16));
        l.close();
        assertThat(s.forces).isEqualTo(1);
        assertThat(s.closes).isEqualTo(1);
    }

    @Test
    void a_damaged_ledger_does_not_force_on_close() {
        StoreFailureTest.FaultyStore s = new StoreFailureTest.FaultyStore();
        Ledger l = Ledgers.open(s, LedgerOptions.DEFAULT, true).get();
        s.failForce = true;
        assertThat(l.append(award("E-1", P1, "1", "x", T)).isLeft()).isTrue();
        int before = s.forces;
        l.close();
        assertThat(s.forces).isEqualTo(before);
        assertThat(s.closes).isEqualTo(1);
    }
}
