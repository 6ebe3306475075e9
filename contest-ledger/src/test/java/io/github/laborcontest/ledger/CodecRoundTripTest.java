// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static io.github.laborcontest.ledger.TestEntries.P1;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entries read back from a ledger equal what was appended, at the edges of the binary encoding. */
class CodecRoundTripTest {

    private static final String T = "2026-03-13T08:00:00Z";

    private static Entry.Builder award(String id) {
        return TestEntries.base(id, P1, T)
                .type(EntryType.POINTS_AWARDED)
                .amount(BigDecimal.ONE)
                .reason("创新");
    }

    private static void assertReadBack(List<Entry> es) {
        Ledger l = Ledgers.inMemory();
        assertThat(l.appendAll(es).isRight()).isTrue();
        for (Entry e : es) {
            assertThat(l.find(e.id()).orElseThrow().entry()).isEqualTo(e);
        }
        List<Entry> seen = new ArrayList<>();
        l.forEach(0, r -> seen.add(r.entry()));
        assertThat(seen).isEqualTo(es);
    }

    @Test
    void amounts_with_negative_scale_long_unscaled_values_and_negative_measurements() {
        assertReadBack(List.of(
                award("E-1").amount(new BigDecimal("1E+5")).build(),
                award("E-2").amount(new BigDecimal("9".repeat(38))).build(),
                award("E-3").amount(new BigDecimal("123456789012345678.5")).build(),
                award("E-4").amount(new BigDecimal("0.000000000000000001")).build(),
                TestEntries.measurement("E-5", P1, "-3.5", T),
                TestEntries.measurement("E-6", P1, "-12345678901234567890.25", T)));
    }

    @Test
    void business_dates_before_1970() {
        assertReadBack(List.of(
                award("E-1").businessDate(LocalDate.of(1950, 6, 1)).build(),
                award("E-2").businessDate(LocalDate.of(1900, 1, 1)).build(),
                award("E-3").businessDate(LocalDate.of(2200, 12, 31)).build()));
    }

    @Test
    void one_actor_id_with_several_roles_and_organisations() {
        assertReadBack(List.of(
                award("E-1").actor(Actor.of("x", "r1", "o1")).build(),
                award("E-2").actor(Actor.of("x", "r2", "o1")).build(),
                award("E-3").actor(Actor.of("x", "r2", "o2")).build(),
                award("E-4").actor(Actor.of("x")).build(),
                award("E-5").actor(Actor.of("x", "r1", "o1")).build()));
    }

    @Test
    void similar_texts_are_not_mixed_up_and_large_entries_fit() {
        assertReadBack(List.of(
                award("E-1").reason("原因A").addEvidence("JC-1").build(),
                award("E-2").reason("原因B").addEvidence("JC-2").build(),
                award("E-3").reason("JC-1").addEvidence("原因A").build(),
                award("E-4")
                        .reason("长".repeat(2000))
                        .evidence(Collections.nCopies(100, "证".repeat(200)))
                        .build(),
                award("E-5").reason("x".repeat(64)).build(),
                award("E-6").reason("x".repeat(65)).build()));
    }
}
