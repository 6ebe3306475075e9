// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static io.github.laborcontest.ledger.TestEntries.MARCH;
import static io.github.laborcontest.ledger.TestEntries.P1;
import static io.github.laborcontest.ledger.TestEntries.P2;
import static io.github.laborcontest.ledger.TestEntries.QUALITY;
import static io.github.laborcontest.ledger.TestEntries.award;
import static io.github.laborcontest.ledger.TestEntries.deduct;
import static io.github.laborcontest.ledger.TestEntries.measurement;
import static io.github.laborcontest.ledger.TestEntries.reversal;
import static io.github.laborcontest.ledger.TestEntries.veto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laborcontest.ledger.internal.DefaultLedger;
import io.github.laborcontest.ledger.spi.StoredRecord;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.ProjectStage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small public values: standings, folds, chain hashes, ids, stored records, CSV cells, snapshot hashes. */
class LedgerValuesTest {

    private static final PeriodId APRIL = PeriodId.of("2026-04");
    private static final String T = "2026-03-13T08:00:00Z";

    private static Entry finding(String id, ParticipantId p) {
        return TestEntries.base(id, p, T)
                .type(EntryType.INSPECTION_FINDING)
                .indicator(QUALITY)
                .amount(BigDecimal.ONE)
                .reason("隐患")
                .build();
    }

    private static Entry inApril(Entry e) {
        return new Entry.Builder().from(e).period(APRIL).build();
    }

    @Test
    void standings_select_by_key_period_and_participant() {
        Standings st = LedgerFold.of(List.of(
                        measurement("E-1", P1, "0.9", T),
                        inApril(measurement("E-2", P1, "0.8", T)),
                        award("E-3", P2, "2", "创新", T)))
                .standings();
        assertThat(st.size()).isEqualTo(3);
        StandingKey p1March = new StandingKey(TestEntries.C, P1, MARCH);
        assertThat(st.of(p1March)).map(s -> s.key()).contains(p1March);
        assertThat(st.of(new StandingKey(TestEntries.C, P2, APRIL))).isEmpty();
        assertThat(st.ofPeriod(MARCH)).extracting(s -> s.key().participant()).containsExactly(P1, P2);
        assertThat(st.ofPeriod(APRIL)).extracting(s -> s.key().participant()).containsExactly(P1);
        assertThat(st.ofParticipant(P1)).extracting(s -> s.key().period()).containsExactly(MARCH, APRIL);
        assertThat(st.ofParticipant(P2)).extracting(s -> s.key().period()).containsExactly(MARCH);
        assertThat(st.measurements(MARCH)).hasSize(1);
        assertThat(st.measurements(MARCH).get(0).value()).contains(new BigDecimal("0.9"));
        assertThat(st.measurements(APRIL).get(0).value()).contains(new BigDecimal("0.8"));
    }

    @Test
    void a_standing_lists_its_vetoes_and_findings_apart() {
        Standing s = LedgerFold.of(List.of(
                        award("E-1", P1, "2", "创新", T),
                        finding("E-2", P1),
                        veto("E-3", P1, "事故", T),
                        finding("E-4", P1)))
                .standings()
                .standings()
                .get(0);
        assertThat(s.vetoes()).extracting(c -> c.entry().value()).containsExactly("E-3");
        assertThat(s.findings()).extracting(c -> c.entry().value()).containsExactly("E-2", "E-4");
        assertThat(s.vetoed()).isTrue();
        Standing clean = LedgerFold.of(List.of(award("E-1", P1, "2", "创新", T)))
                .standings()
                .standings()
                .get(0);
        assertThat(clean.vetoes()).isEmpty();
        assertThat(clean.findings()).isEmpty();
        assertThat(clean.vetoed()).isFalse();
    }

    @Test
    void folds_are_equal_when_their_standings_are() {
        LedgerFold a = LedgerFold.of(List.of(award("E-1", P1, "2", "创新", T)));
        LedgerFold b = LedgerFold.of(List.of(award("E-9", P1, "2", "另一原因", T)));
        LedgerFold c = LedgerFold.of(List.of(award("E-1", P1, "3", "创新", T)));
        // a and b differ in id and reason: contributions name the entry, so they differ too
        assertThat(a).isEqualTo(LedgerFold.of(List.of(award("E-1", P1, "2", "创新", T))));
        assertThat(a.hashCode())
                .isEqualTo(
                        LedgerFold.of(List.of(award("E-1", P1, "2", "创新", T))).hashCode())
                .isEqualTo(a.standings().hashCode());
        assertThat(a).isNotEqualTo(b).isNotEqualTo(c).isNotEqualTo("not a fold");
    }

    @Test
    void chain_hashes_round_trip_through_hex() {
        byte[] b = new byte[32];
        b[0] = (byte) 0xab;
        b[31] = 0x01;
        ChainHash h = ChainHash.of(b);
        String hex = "ab" + "00".repeat(30) + "01";
        assertThat(h.hex()).isEqualTo(hex);
        assertThat(h.toString()).isEqualTo(hex);
        assertThat(ChainHash.ofHex(hex)).isEqualTo(h).hasSameHashCodeAs(h);
        assertThat(ChainHash.ofHex(hex).hashCode()).isNotEqualTo(ChainHash.GENESIS.hashCode());
        assertThat(ChainHash.GENESIS.hex()).isEqualTo("00".repeat(32));
        b[0] = 0;
        assertThat(h.bytes()[0]).isEqualTo((byte) 0xab);
        assertThatThrownBy(() -> ChainHash.ofHex("abcd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entry_ids_have_at_most_200_characters_and_order_by_text() {
        assertThat(EntryId.of("x".repeat(200)).value()).hasSize(200);
        assertThatThrownBy(() -> EntryId.of("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThat(EntryId.of("E-1").compareTo(EntryId.of("E-2"))).isNegative();
        assertThat(EntryId.of("E-2").compareTo(EntryId.of("E-1"))).isPositive();
        assertThat(EntryId.of("E-1").compareTo(EntryId.of("E-1"))).isZero();
    }

    @Test
    void head_keys_need_16_bytes() {
        assertThat(LedgerOptions.DEFAULT.withHeadKey(new byte[16]).headKey()).isPresent();
        assertThatThrownBy(() -> LedgerOptions.DEFAULT.withHeadKey(new byte[15]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15");
    }

    @Test
    void stored_records_compare_by_content() {
        StoredRecord r = new StoredRecord(3, new byte[] {1, 2}, new byte[] {9, 9, 9});
        assertThat(r).isEqualTo(new StoredRecord(3, new byte[] {1, 2}, new byte[] {9, 9, 9}));
        assertThat(r.hashCode()).isEqualTo(new StoredRecord(3, new byte[] {1, 2}, new byte[] {7}).hashCode());
        // Long.hashCode(3) * 31 + Arrays.hashCode({1, 2}) = 93 + ((31 + 1) * 31 + 2) = 93 + 994 = 1087
        assertThat(r.hashCode()).isEqualTo(1087);
        assertThat(r)
                .isNotEqualTo(new StoredRecord(4, new byte[] {1, 2}, new byte[] {9, 9, 9}))
                .isNotEqualTo(new StoredRecord(3, new byte[] {1, 3}, new byte[] {9, 9, 9}))
                .isNotEqualTo(new StoredRecord(3, new byte[] {1, 2}, new byte[] {9, 9}))
                .isNotEqualTo("record");
        assertThat(r.toString()).isEqualTo("StoredRecord[position=3, 3 bytes]");
    }

    @Test
    void csv_writes_every_optional_column_and_quotes_cells_that_start_with_a_separator() {
        Ledger l = Ledgers.inMemory();
        Entry stage = TestEntries.base("E-2", P1, T)
                .type(EntryType.STAGE_CHANGE)
                .stage(ProjectStage.SIGNED)
                .build();
        Entry fix = new Entry.Builder()
                .from(reversal("E-3", P1, "E-1", T))
                .replacement(EntryId.of("E-4"))
                .build();
        assertThat(l.appendAll(List.of(
                                measurement("E-1", P1, "0.9", T),
                                stage,
                                measurement("E-4", P1, "0.8", T),
                                fix,
                                deduct("E-5", P1, "1", ",逗号开头", T),
                                deduct("E-6", P1, "1", "\"引号开头", T),
                                deduct("E-7", P1, "1", "\n换行开头", T)))
                        .isRight())
                .isTrue();
        String zh = csv(l, Locale.CHINESE);
        String en = csv(l, Locale.ENGLISH);
        String[] zhRows = zh.split("\r\n", -1);
        String[] enRows = en.split("\r\n", -1);
        assertThat(zhRows[1]).startsWith("0,E-1,qd-2026,P-001,2026-03,测量值,quality.pass-rate,0.9,,,");
        assertThat(zhRows[2]).startsWith("1,E-2,qd-2026,P-001,2026-03,阶段变更,,,签约,,");
        assertThat(enRows[2]).startsWith("1,E-2,qd-2026,P-001,2026-03,stage-change,,,signed,,");
        assertThat(zhRows[4]).contains(",2026-03-13,2026-03-13T08:00:00Z,E-1,E-4,");
        assertThat(zhRows[5]).contains(",扣分,,1,,\",逗号开头\",");
        assertThat(zhRows[6]).contains(",扣分,,1,,\"\"\"引号开头\",");
        assertThat(zh).contains(",扣分,,1,,\"\n换行开头\",");
    }

    private static String csv(Ledger l, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerCsv.export(l, out, locale);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_snapshot_hash_covers_every_field_of_every_standing() {
        Entry stage = TestEntries.base("E-5", P1, T)
                .type(EntryType.STAGE_CHANGE)
                .stage(ProjectStage.SIGNED)
                .build();
        List<Entry> base = List.of(
                measurement("E-1", P1, "0.9", T),
                award("E-2", P1, "2", "创新", T),
                deduct("E-3", P1, "1", "隐患", T),
                veto("E-4", P1, "事故", T),
                stage);
        byte[] chain = new byte[32];
        byte[] h = hash(Optional.of(MARCH), 5, chain, base);
        List<byte[]> variants = new ArrayList<>();
        variants.add(hash(Optional.empty(), 5, chain, base));
        variants.add(hash(Optional.of(APRIL), 5, chain, base));
        variants.add(hash(Optional.of(MARCH), 6, chain, base));
        // 261 = 0x0105: same low byte as 5, so the size must be written with all its bytes
        variants.add(hash(Optional.of(MARCH), 261, chain, base));
        byte[] otherChain = new byte[32];
        otherChain[7] = 1;
        variants.add(hash(Optional.of(MARCH), 5, otherChain, base));
        variants.add(hash(
                Optional.of(MARCH),
                5,
                chain,
                replace(
                        base,
                        0,
                        entry -> entry.competition(io.github.laborcontest.model.CompetitionId.of("qd-2027")))));
        variants.add(hash(Optional.of(MARCH), 5, chain, replace(base, 0, entry -> entry.participant(P2))));
        variants.add(hash(Optional.of(MARCH), 5, chain, replace(base, 0, entry -> entry.period(APRIL))));
        variants.add(hash(
                Optional.of(MARCH), 5, chain, replace(base, 0, entry -> entry.indicator(IndicatorCode.of("x.y")))));
        variants.add(
                hash(Optional.of(MARCH), 5, chain, replace(base, 0, entry -> entry.amount(new BigDecimal("0.8")))));
        variants.add(hash(Optional.of(MARCH), 5, chain, replace(base, 1, entry -> entry.amount(new BigDecimal("3")))));
        variants.add(hash(Optional.of(MARCH), 5, chain, replace(base, 2, entry -> entry.amount(new BigDecimal("3")))));
        variants.add(hash(Optional.of(MARCH), 5, chain, replace(base, 3, entry -> entry.id(EntryId.of("E-9")))));
        variants.add(hash(Optional.of(MARCH), 5, chain, replace(base, 4, entry -> entry.stage(ProjectStage.STARTED))));
        for (byte[] v : variants) {
            assertThat(v).isNotEqualTo(h);
        }
        assertThat(hash(Optional.of(MARCH), 5, chain, base)).isEqualTo(h);
    }

    private static byte[] hash(Optional<PeriodId> period, long size, byte[] chain, List<Entry> entries) {
        return DefaultLedger.snapshotHash(
                period, size, chain, LedgerFold.of(entries).standings());
    }

    private static List<Entry> replace(
            List<Entry> entries, int i, java.util.function.UnaryOperator<Entry.Builder> change) {
        List<Entry> out = new ArrayList<>(entries);
        out.set(i, change.apply(new Entry.Builder().from(entries.get(i))).build());
        return out;
    }
}
