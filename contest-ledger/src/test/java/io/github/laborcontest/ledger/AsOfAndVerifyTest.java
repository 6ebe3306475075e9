// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static io.github.laborcontest.ledger.TestEntries.MARCH;
import static io.github.laborcontest.ledger.TestEntries.P1;
import static io.github.laborcontest.ledger.TestEntries.award;
import static io.github.laborcontest.ledger.TestEntries.reversal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.ledger.internal.DefaultLedger;
import io.github.laborcontest.ledger.internal.MemoryStore;
import io.github.laborcontest.ledger.spi.StoredRecord;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.Points;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** As-of answers with and without snapshots, and verify() on missing, moved and trusted entries. */
class AsOfAndVerifyTest {

    private static final PeriodId APRIL = PeriodId.of("2026-04");

    private static Entry inApril(Entry e) {
        return new Entry.Builder().from(e).period(APRIL).build();
    }

    private static Entry onDay(Entry e, String day) {
        return new Entry.Builder().from(e).businessDate(LocalDate.parse(day)).build();
    }

    private static Optional<BigDecimal> awarded(Standings st, PeriodId period) {
        return st.of(new StandingKey(TestEntries.C, P1, period))
                .map(Standing::awarded)
                .map(Points::value);
    }

    /**
     * a1 March 1 point (recorded 03-06), a2 April 2 points (03-07), snapshot of all at size 2, a3
     * March 4 points (03-08), snapshot of March at size 3, a4 April 8 points (03-09).
     */
    private static Ledger ledger() {
        Ledger l = Ledgers.inMemory();
        l.append(onDay(award("a1", P1, "1", "x", "2026-03-06T08:00:00Z"), "2026-03-01"));
        l.append(onDay(inApril(award("a2", P1, "2", "x", "2026-03-07T08:00:00Z")), "2026-03-02"));
        l.snapshot(Optional.empty());
        l.append(onDay(award("a3", P1, "4", "x", "2026-03-08T08:00:00Z"), "2026-03-03"));
        l.snapshot(Optional.of(MARCH));
        l.append(onDay(inApril(award("a4", P1, "8", "x", "2026-03-09T08:00:00Z")), "2026-03-04"));
        return l;
    }

    private static AsOf at(String t) {
        return AsOf.recordTime(Instant.parse(t));
    }

    @Test
    void record_time_before_every_snapshot_folds_from_the_start() {
        Standings st = ledger().standings(at("2026-03-06T08:00:00Z"));
        // only a1 is recorded by then (the limit itself counts)
        assertThat(awarded(st, MARCH)).contains(new BigDecimal("1"));
        assertThat(awarded(st, APRIL)).isEmpty();
        assertThat(ledger().standings(at("2026-03-06T07:59:59Z")).size()).isZero();
    }

    @Test
    void a_period_snapshot_does_not_stand_in_for_the_whole_ledger() {
        Ledger l = ledger();
        Standings st = l.standings(at("2026-03-08T08:00:00Z"));
        // March: a1 + a3 = 1 + 4 = 5; April: a2 = 2 (a4 is later)
        assertThat(awarded(st, MARCH)).contains(new BigDecimal("5"));
        assertThat(awarded(st, APRIL)).contains(new BigDecimal("2"));
        Standings all = l.standings(at("2026-03-31T00:00:00Z"));
        assertThat(awarded(all, APRIL)).contains(new BigDecimal("10"));
    }

    @Test
    void a_period_as_of_keeps_only_that_period() {
        Ledger l = ledger();
        Standings march = l.standings(MARCH, at("2026-03-09T08:00:00Z"));
        assertThat(march.size()).isEqualTo(1);
        assertThat(awarded(march, MARCH)).contains(new BigDecimal("5"));
        Standings april = l.standings(APRIL, at("2026-03-08T08:00:00Z"));
        assertThat(april.size()).isEqualTo(1);
        assertThat(awarded(april, APRIL)).contains(new BigDecimal("2"));
        Standings aprilEarly = l.standings(APRIL, at("2026-03-06T08:00:00Z"));
        assertThat(aprilEarly.size()).isZero();
        assertThat(l.standings(PeriodId.of("2026-12"), at("2026-03-31T00:00:00Z"))
                        .size())
                .isZero();
        assertThat(l.standings(APRIL, AsOf.LATEST).size()).isEqualTo(1);
        assertThat(awarded(l.standings(APRIL, AsOf.LATEST), APRIL)).contains(new BigDecimal("10"));
    }

    @Test
    void business_date_counts_the_day_itself() {
        Ledger l = ledger();
        Standings st = l.standings(AsOf.businessDate(LocalDate.parse("2026-03-03")));
        // a1 (03-01), a2 (03-02), a3 (03-03); a4 (03-04) not yet
        assertThat(awarded(st, MARCH)).contains(new BigDecimal("5"));
        assertThat(awarded(st, APRIL)).contains(new BigDecimal("2"));
        Standings early = l.standings(MARCH, AsOf.businessDate(LocalDate.parse("2026-03-02")));
        assertThat(awarded(early, MARCH)).contains(new BigDecimal("1"));
    }

    @Test
    void a_reversal_takes_effect_at_the_business_date_of_what_it_reverses() {
        Ledger l = ledger();
        l.append(onDay(reversal("r1", P1, "a3", "2026-03-20T08:00:00Z"), "2026-03-20"));
        // the reversal counts from 03-03, the day of a3: a1 = 1 remains
        Standings st = l.standings(MARCH, AsOf.businessDate(LocalDate.parse("2026-03-03")));
        assertThat(awarded(st, MARCH)).contains(new BigDecimal("1"));
        // by record time it only counts from 03-20
        assertThat(awarded(l.standings(MARCH, at("2026-03-19T00:00:00Z")), MARCH))
                .contains(new BigDecimal("5"));
        assertThat(l.snapshots()).hasSize(2);
        assertThat(l.snapshots().get(0).size()).isEqualTo(2);
        assertThat(l.snapshots().get(1).period()).contains(MARCH);
    }

    private static DefaultLedger tamperable(MemoryStore store, int n) {
        DefaultLedger l = DefaultLedger.open(store, LedgerOptions.DEFAULT, false);
        SampleEntries.generate(n, 7).forEach(l::append);
        return l;
    }

    @Test
    void an_entry_moved_further_down_is_reported_as_reordered_at_its_position() {
        MemoryStore store = new MemoryStore();
        DefaultLedger l = tamperable(store, 12);
        StoredRecord five = store.records().remove(5);
        store.records().add(8, five);
        ChainBreak b = l.verify().firstBreak().orElseThrow();
        assertThat(b.position()).isEqualTo(5);
        assertThat(b.kind()).isEqualTo(ChainBreak.Kind.REORDERED);
        assertThat(b.entryId()).contains(EntryId.of("E-7-0000000006"));
        assertThat(b.detail())
                .isEqualTo("found the entry recorded at position 6; the entry of this position comes later");
    }

    @Test
    void a_cut_tail_is_reported_as_missing() {
        MemoryStore store = new MemoryStore();
        DefaultLedger l = tamperable(store, 12);
        store.records().remove(11);
        VerificationReport r = l.verify();
        assertThat(r.checked()).isEqualTo(11);
        ChainBreak b = r.firstBreak().orElseThrow();
        assertThat(b.position()).isEqualTo(11);
        assertThat(b.kind()).isEqualTo(ChainBreak.Kind.MISSING);
        assertThat(b.detail()).isEqualTo("the store holds 11 of 12 entries");
        // an extra record after the head is not checked
        MemoryStore store2 = new MemoryStore();
        DefaultLedger l2 = tamperable(store2, 12);
        store2.records().add(store2.records().get(11));
        assertThat(l2.verify().sound()).isTrue();
        assertThat(l2.verify().checked()).isEqualTo(12);
    }

    @Test
    void a_trusted_head_beyond_the_chain_or_signed_without_a_key_is_refused() {
        MemoryStore store = new MemoryStore();
        DefaultLedger l = tamperable(store, 12);
        ChainHead head = l.head();
        assertThat(head.signature()).isEmpty();
        assertThat(l.verify(head).sound()).isTrue();
        assertThat(l.verify(new ChainHead(0, ChainHash.GENESIS, Optional.empty()))
                        .sound())
                .isTrue();
        ChainBreak beyond = l.verify(new ChainHead(13, head.hash(), Optional.empty()))
                .firstBreak()
                .orElseThrow();
        assertThat(beyond.kind()).isEqualTo(ChainBreak.Kind.MISSING);
        assertThat(beyond.position()).isEqualTo(12);
        assertThat(beyond.detail()).isEqualTo("the trusted head covers 13 entries, the chain holds 12");
        ChainBreak signed = l.verify(new ChainHead(12, head.hash(), Optional.of("ab")))
                .firstBreak()
                .orElseThrow();
        assertThat(signed.kind()).isEqualTo(ChainBreak.Kind.HEAD_MISMATCH);
        assertThat(signed.position()).isEqualTo(11);
        assertThat(signed.detail()).isEqualTo("the ledger has no key to check the signature");
        ChainBreak other = l.verify(new ChainHead(4, head.hash(), Optional.empty()))
                .firstBreak()
                .orElseThrow();
        assertThat(other.position()).isEqualTo(3);
        assertThat(other.entryId()).contains(EntryId.of("E-7-0000000003"));
        // an earlier break of the chain itself comes first
        StoredRecord r = store.records().get(2);
        byte[] altered = r.payload().clone();
        altered[altered.length - 3] ^= 1;
        store.records().set(2, new StoredRecord(2, r.hash(), altered));
        ChainBreak first = l.verify(new ChainHead(4, head.hash(), Optional.empty()))
                .firstBreak()
                .orElseThrow();
        assertThat(first.position()).isEqualTo(2);
        assertThat(first.kind()).isEqualTo(ChainBreak.Kind.ALTERED);
    }
}
