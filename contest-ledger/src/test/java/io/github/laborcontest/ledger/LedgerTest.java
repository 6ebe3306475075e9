// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static io.github.laborcontest.ledger.TestEntries.INSPECTOR;
import static io.github.laborcontest.ledger.TestEntries.MARCH;
import static io.github.laborcontest.ledger.TestEntries.P1;
import static io.github.laborcontest.ledger.TestEntries.P2;
import static io.github.laborcontest.ledger.TestEntries.award;
import static io.github.laborcontest.ledger.TestEntries.deduct;
import static io.github.laborcontest.ledger.TestEntries.measurement;
import static io.github.laborcontest.ledger.TestEntries.reversal;
import static io.github.laborcontest.ledger.TestEntries.veto;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.ledger.internal.DefaultLedger;
import io.github.laborcontest.ledger.internal.MemoryStore;
import io.github.laborcontest.ledger.spi.StoredRecord;
import io.github.laborcontest.model.Points;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {

    /** The worked example of the March standing of P-001. */
    private static List<Entry> marchOfP1() {
        return List.of(
                measurement("m1", P1, "92.50", "2026-03-05T08:00:00Z"),
                award("a1", P1, "3.00", "泰山杯", "2026-03-06T08:00:00Z"),
                deduct("d1", P1, "2", "隐患未按期整改", "2026-03-07T08:00:00Z"),
                deduct("d2", P1, "1.50", "围挡破损", "2026-03-08T08:00:00Z"),
                measurement("m2", P1, "95.00", "2026-03-20T08:00:00Z"),
                reversal("r1", P1, "d2", "2026-04-02T08:00:00Z"),
                reversal("r2", P1, "m2", "2026-04-03T08:00:00Z"));
    }

    @Test
    void foldsTheWorkedExampleWithReversals() {
        Ledger l = Ledgers.inMemory();
        marchOfP1().forEach(e -> assertThat(l.append(e).isRight()).isTrue());
        Standing s = l.standings().of(new StandingKey(TestEntries.C, P1, MARCH)).orElseThrow();
        // awarded = 3.00; deducted = 2 + 1.50 - 1.50 (d2 reversed by r1) = 2; net = 3.00 - 2 = 1.00
        assertThat(s.awarded()).isEqualTo(Points.of("3.00"));
        assertThat(s.deducted()).isEqualTo(Points.of("2"));
        assertThat(s.net()).isEqualTo(Points.of("1.00"));
        // m2 (95.00) reversed by r2: the latest standing measurement is m1 = 92.50
        assertThat(s.measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).contains(new BigDecimal("92.50"));
            assertThat(m.participant()).isEqualTo(P1);
            assertThat(m.period()).isEqualTo(MARCH);
            assertThat(m.source()).contains("inspector-07");
        });
        assertThat(s.contributions()).extracting(c -> c.entry().value()).containsExactly("a1", "d1");
        assertThat(s.vetoed()).isFalse();
    }

    @Test
    void asOfRecordTimeShowsTheMonthBeforeItsCorrection() {
        Ledger l = Ledgers.inMemory();
        marchOfP1().forEach(l::append);
        StandingKey k = new StandingKey(TestEntries.C, P1, MARCH);
        // as known on 31 March: no reversal yet: deducted = 2 + 1.50 = 3.50, latest measurement m2 = 95.00
        Standing known = l.standings(AsOf.recordTime(Instant.parse("2026-03-31T23:59:59Z")))
                .of(k)
                .orElseThrow();
        assertThat(known.deducted()).isEqualTo(Points.of("3.50"));
        assertThat(known.measurements().get(0).value()).contains(new BigDecimal("95.00"));
        // as of business date 31 March: the corrections count with the dates of what they correct
        Standing corrected = l.standings(AsOf.businessDate(LocalDate.parse("2026-03-31")))
                .of(k)
                .orElseThrow();
        assertThat(corrected.deducted()).isEqualTo(Points.of("2"));
        assertThat(corrected.measurements().get(0).value()).contains(new BigDecimal("92.50"));
        // as of business date 6 March: m1 and a1 only
        Standing early = l.standings(AsOf.businessDate(LocalDate.parse("2026-03-06")))
                .of(k)
                .orElseThrow();
        assertThat(early.awarded()).isEqualTo(Points.of("3.00"));
        assertThat(early.deducted()).isEqualTo(Points.ZERO);
    }

    @Test
    void snapshotsNameTheirPositionAndServeAsOfQueries() {
        Ledger l = Ledgers.inMemory();
        List<Entry> es = marchOfP1();
        es.subList(0, 5).forEach(l::append);
        Snapshot snap = l.snapshot(Optional.of(MARCH));
        assertThat(snap.size()).isEqualTo(5);
        assertThat(snap.chainHash()).isEqualTo(l.head().hash());
        es.subList(5, 7).forEach(l::append);
        Snapshot later = l.snapshot(Optional.of(MARCH));
        assertThat(later.hash()).isNotEqualTo(snap.hash());
        Standings viaSnapshot = l.standings(MARCH, AsOf.recordTime(Instant.parse("2026-05-01T00:00:00Z")));
        assertThat(viaSnapshot).isEqualTo(l.standings());
        Standings before = l.standings(MARCH, AsOf.recordTime(Instant.parse("2026-03-31T00:00:00Z")));
        assertThat(before).isEqualTo(snap.standings());
    }

    @Test
    void sameIdSameContentIsAlreadyRecordedAndDifferentContentIsRefused() {
        Ledger l = Ledgers.inMemory();
        Entry a = award("a1", P1, "3.00", "泰山杯", "2026-03-06T08:00:00Z");
        assertThat(l.append(a).get().alreadyRecorded()).isFalse();
        Appended again = l.append(a).get();
        assertThat(again.alreadyRecorded()).isTrue();
        assertThat(again.recorded().position()).isZero();
        var refused = l.append(award("a1", P1, "4.00", "泰山杯", "2026-03-06T08:00:00Z"));
        assertThat(refused.getLeft().code()).isEqualTo(LedgerProblem.DUPLICATE_ID_DIFFERENT_CONTENT);
        assertThat(refused.getLeft().message(Locale.CHINESE)).contains("a1").contains("不同的内容");
        assertThat(refused.getLeft().message(Locale.ENGLISH)).contains("different content");
        assertThat(l.size()).isEqualTo(1);
    }

    @Test
    void reversalsAreOnceAndOnlyOfKnownEntriesOfTheSameStanding() {
        Ledger l = Ledgers.inMemory();
        l.append(deduct("d1", P1, "2", "x", "2026-03-07T08:00:00Z"));
        assertThat(l.append(reversal("r0", P1, "nope", "2026-03-08T08:00:00Z"))
                        .getLeft()
                        .code())
                .isEqualTo(LedgerProblem.REVERSAL_OF_UNKNOWN);
        assertThat(l.append(reversal("rX", P2, "d1", "2026-03-08T08:00:00Z"))
                        .getLeft()
                        .code())
                .isEqualTo(LedgerProblem.REVERSAL_MISMATCH);
        assertThat(l.append(reversal("r1", P1, "d1", "2026-03-08T08:00:00Z")).isRight())
                .isTrue();
        var twice = l.append(reversal("r2", P1, "d1", "2026-03-09T08:00:00Z"));
        assertThat(twice.getLeft().code()).isEqualTo(LedgerProblem.ALREADY_REVERSED);
        assertThat(twice.getLeft().message(Locale.ENGLISH)).contains("already reversed by entry r1");
        assertThat(l.append(reversal("r3", P1, "r1", "2026-03-09T08:00:00Z"))
                        .getLeft()
                        .code())
                .isEqualTo(LedgerProblem.REVERSAL_OF_REVERSAL);
        assertThat(l.size()).isEqualTo(2);
    }

    @Test
    void invalidEntriesAreRefusedWithPaths() {
        Ledger l = Ledgers.inMemory();
        Entry bad = TestEntries.base("x1", P1, "2026-03-07T08:00:00Z")
                .type(EntryType.POINTS_DEDUCTED)
                .amount(new BigDecimal("-2"))
                .build();
        LedgerRejection r = l.append(bad).getLeft();
        assertThat(r.problems()).extracting(p -> p.path()).containsExactlyInAnyOrder("$.amount", "$.reason");
        assertThat(r.message(Locale.CHINESE)).contains("必须为正数").contains("reason");
        assertThat(l.size()).isZero();
    }

    @Test
    void theAuthorisationHookRefusesAndNothingIsWritten() {
        AuthorisationPolicy onlyOwnDistrict = e -> e.actor().organisation().equals(Optional.of("市南区"))
                        && !e.participant().equals(P1)
                ? Optional.empty()
                : Optional.of("P-001 不属于市南区");
        Ledger l = Ledgers.inMemory(LedgerOptions.DEFAULT.withPolicy(onlyOwnDistrict));
        LedgerRejection r =
                l.append(veto("v1", P1, "死亡事故", "2026-03-07T08:00:00Z")).getLeft();
        assertThat(r.code()).isEqualTo(LedgerProblem.NOT_AUTHORISED);
        assertThat(r.message(Locale.CHINESE)).contains(INSPECTOR.id()).contains("不属于市南区");
        assertThat(l.size()).isZero();
        assertThat(l.append(veto("v2", P2, "死亡事故", "2026-03-07T08:00:00Z")).isRight())
                .isTrue();
        assertThat(l.standings().standings().get(0).vetoed()).isTrue();
    }

    @Test
    void appendAllIsAllOrNothing() {
        Ledger l = Ledgers.inMemory();
        var result = l.appendAll(List.of(
                award("a1", P1, "1", "x", "2026-03-06T08:00:00Z"),
                reversal("r1", P1, "a1", "2026-03-06T09:00:00Z"),
                reversal("r2", P1, "a1", "2026-03-06T10:00:00Z")));
        assertThat(result.getLeft()).extracting(LedgerRejection::code).containsExactly(LedgerProblem.ALREADY_REVERSED);
        assertThat(l.size()).isZero();
        assertThat(l.appendAll(List.of(
                                award("a1", P1, "1", "x", "2026-03-06T08:00:00Z"),
                                reversal("r1", P1, "a1", "2026-03-06T09:00:00Z")))
                        .get())
                .hasSize(2);
    }

    private static DefaultLedger tamperable(MemoryStore store, int n) {
        DefaultLedger l = DefaultLedger.open(store, LedgerOptions.DEFAULT.withHeadKey(new byte[32]), false);
        SampleEntries.generate(n, 7).forEach(l::append);
        return l;
    }

    @Test
    void verifyNamesTheFirstAlteredEntry() {
        MemoryStore store = new MemoryStore();
        DefaultLedger l = tamperable(store, 50);
        assertThat(l.verify().sound()).isTrue();
        StoredRecord r = store.records().get(17);
        byte[] altered = r.payload().clone();
        altered[altered.length - 3] ^= 1;
        store.records().set(17, new StoredRecord(17, r.hash(), altered));
        ChainBreak b = l.verify().firstBreak().orElseThrow();
        assertThat(b.position()).isEqualTo(17);
        assertThat(b.kind()).isEqualTo(ChainBreak.Kind.ALTERED);
        assertThat(b.entryId()).contains(EntryId.of("E-7-0000000017"));
        assertThat(b.message(Locale.CHINESE)).contains("第 17 条");
    }

    @Test
    void verifyNamesMissingAndReorderedEntries() {
        MemoryStore store = new MemoryStore();
        DefaultLedger l = tamperable(store, 30);
        store.records().remove(10);
        ChainBreak missing = l.verify().firstBreak().orElseThrow();
        assertThat(missing.position()).isEqualTo(10);
        assertThat(missing.kind()).isEqualTo(ChainBreak.Kind.MISSING);

        MemoryStore store2 = new MemoryStore();
        DefaultLedger l2 = tamperable(store2, 30);
        StoredRecord a = store2.records().get(5);
        store2.records().set(5, store2.records().get(6));
        store2.records().set(6, a);
        ChainBreak reordered = l2.verify().firstBreak().orElseThrow();
        assertThat(reordered.position()).isEqualTo(5);
        assertThat(reordered.kind()).isEqualTo(ChainBreak.Kind.REORDERED);
        assertThat(reordered.entryId()).contains(EntryId.of("E-7-0000000006"));
    }

    @Test
    void aSignedHeadCatchesAnAdministratorWhoRewritesTheWholeChain() {
        MemoryStore store = new MemoryStore();
        DefaultLedger l = tamperable(store, 20);
        ChainHead trusted = l.head();
        assertThat(trusted.signature()).isPresent();
        assertThat(l.verify(trusted).sound()).isTrue();
        // the administrator rewrites entry 3 and recomputes every later hash: the chain alone holds
        byte[] prev = store.records().get(2).hash();
        for (int i = 3; i < 20; i++) {
            StoredRecord r = store.records().get(i);
            byte[] payload = r.payload().clone();
            if (i == 3) {
                payload[payload.length - 3] ^= 1;
            }
            byte[] h = io.github.laborcontest.ledger.internal.Hashing.link(prev, i, payload);
            store.records().set(i, new StoredRecord(i, h, payload));
            prev = h;
        }
        // reopened on the rewritten store, the chain alone verifies ...
        DefaultLedger reopened = DefaultLedger.open(store, LedgerOptions.DEFAULT.withHeadKey(new byte[32]), false);
        assertThat(reopened.verify().sound()).isTrue();
        // ... but not against the head the host kept
        ChainBreak b = reopened.verify(trusted).firstBreak().orElseThrow();
        assertThat(b.kind()).isEqualTo(ChainBreak.Kind.HEAD_MISMATCH);
        assertThat(b.detail()).contains("rewritten");
        // and a head forged without the key does not pass either
        ChainHead forged = new ChainHead(20, ChainHash.of(prev), Optional.of("00".repeat(32)));
        assertThat(reopened.verify(forged).firstBreak().orElseThrow().detail()).contains("signature");
        assertThat(reopened.verify(reopened.head()).sound()).isTrue();
    }
}
