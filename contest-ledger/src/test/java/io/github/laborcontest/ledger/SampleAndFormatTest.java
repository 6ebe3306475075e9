// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static io.github.laborcontest.ledger.TestEntries.P1;
import static io.github.laborcontest.ledger.TestEntries.award;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample generator's shape, the version-1 encoding and JSON Lines edge cases. */
class SampleAndFormatTest {

    private static final String T = "2026-03-13T08:00:00Z";

    @Test
    void sample_entries_follow_the_calendar_of_their_index() {
        List<Entry> es = SampleEntries.generate(120, 1);
        assertThat(es).hasSize(120);
        assertThat(es.get(0).id().value()).isEqualTo("E-1-0000000000");
        assertThat(es.get(119).id().value()).isEqualTo("E-1-0000000119");
        // recordedAt(i) = 2026-01-01 + 365 d × i / 120 = + 262_800 s × i
        assertThat(es.get(1).recordedAt()).isEqualTo(Instant.parse("2026-01-04T01:00:00Z"));
        assertThat(es.get(10).recordedAt()).isEqualTo(Instant.parse("2026-01-31T10:00:00Z"));
        // i = 5: month 5 × 12 / 120 = 0; day 1 + (5 × 28 / (120 / 12 + 1)) % 28 = 1 + 140 / 11 = 13;
        // recorded on 01-16, so the business date is 01-13
        assertThat(es.get(5).businessDate()).isEqualTo(LocalDate.of(2026, 1, 13));
        // i = 10: month 1; day 1 + 280 / 11 = 26 → 02-26, after the record date 01-31, so 01-31
        assertThat(es.get(10).businessDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        for (int i = 0; i < es.size(); i++) {
            Entry e = es.get(i);
            if (e.type() != EntryType.REVERSAL) {
                // period(i) = 2026-(i × 12 / 120 + 1)
                assertThat(e.period().value()).isEqualTo(String.format("2026-%02d", i / 10 + 1));
            }
        }
    }

    @Test
    void sample_participants_number_count_over_1000_but_at_least_10() {
        Set<String> small = new HashSet<>();
        SampleEntries.generate(2000, 3).forEach(e -> small.add(e.participant().value()));
        assertThat(small).allMatch(p -> p.compareTo("P-00001") >= 0 && p.compareTo("P-00010") <= 0);
        Set<String> large = new HashSet<>();
        SampleEntries.generate(12_000L, 3, e -> large.add(e.participant().value()));
        // 12_000 / 1000 = 12 participants
        assertThat(large).hasSize(12).contains("P-00012").doesNotContain("P-00013");
    }

    @Test
    void sample_values_stay_in_their_ranges_and_a_ledger_accepts_them_all() {
        List<Entry> es = SampleEntries.generate(3000, 11);
        Map<EntryType, Integer> counts = new EnumMap<>(EntryType.class);
        for (Entry e : es) {
            counts.merge(e.type(), 1, Integer::sum);
            if (e.type() == EntryType.MEASUREMENT) {
                assertThat(e.amount().orElseThrow()).isBetween(new BigDecimal("60.00"), new BigDecimal("100.00"));
                assertThat(e.amount().orElseThrow().scale()).isEqualTo(2);
            }
            if (e.type() == EntryType.INSPECTION_FINDING) {
                int dc = Integer.parseInt(e.evidence().get(0).substring(3));
                assertThat(dc).isBetween(1000, 9999);
            }
            if (e.type() == EntryType.POINTS_AWARDED) {
                assertThat(e.amount().orElseThrow()).isBetween(new BigDecimal("0.1"), new BigDecimal("2.0"));
            }
            if (e.type() == EntryType.POINTS_DEDUCTED) {
                assertThat(e.amount().orElseThrow()).isBetween(new BigDecimal("0.5"), new BigDecimal("5.0"));
            }
        }
        // the dice: < 20 reversal, < 720 measurement, < 840 award, < 960 deduction, < 985 finding,
        // < 998 stage change, else veto; 3000 draws give about 60, 2100, 360, 360, 75, 39 and 6
        assertThat(counts.get(EntryType.MEASUREMENT)).isBetween(1900, 2300);
        assertThat(counts.get(EntryType.POINTS_AWARDED)).isBetween(280, 440);
        assertThat(counts.get(EntryType.POINTS_DEDUCTED)).isBetween(280, 440);
        assertThat(counts.get(EntryType.INSPECTION_FINDING)).isBetween(40, 110);
        assertThat(counts.get(EntryType.STAGE_CHANGE)).isBetween(15, 65);
        assertThat(counts.get(EntryType.REVERSAL)).isBetween(30, 90);
        assertThat(counts.get(EntryType.VETO)).isBetween(1, 20);
        Ledger l = Ledgers.inMemory();
        assertThat(l.appendAll(es).isRight()).isTrue();
        assertThat(SampleEntries.generate(3000, 11)).isEqualTo(es);
    }

    @Test
    void the_version_1_fixture_is_what_the_version_1_encoder_writes(@TempDir Path dir) throws Exception {
        V1JournalFixture.main(new String[] {dir.toString()});
        String name = "segment-00000000000000000000.journal";
        try (InputStream in = getClass().getResourceAsStream("/fixtures/journal-v1/" + name)) {
            assertThat(in).isNotNull();
            assertThat(Files.readAllBytes(dir.resolve(name))).isEqualTo(in.readAllBytes());
        }
    }

    @Test
    void json_export_flushes_its_writer() throws IOException {
        Ledger l = Ledgers.inMemory();
        l.append(award("E-1", P1, "2", "创新", T));
        StringWriter sw = new StringWriter();
        BufferedWriter w = new BufferedWriter(sw);
        assertThat(LedgerJson.export(l, w)).isEqualTo(1);
        assertThat(sw.toString())
                .isEqualTo(LedgerJson.toJsonLine(
                                l.find(EntryId.of("E-1")).orElseThrow().entry()) + "\n");
    }

    @Test
    void json_lines_accept_a_leading_bom_and_report_an_empty_middle_line() {
        String line = LedgerJson.toJsonLine(award("E-1", P1, "2", "创新", T));
        String line3 = LedgerJson.toJsonLine(award("E-3", P1, "3", "创新", T));
        assertThat(LedgerJson.read(new StringReader("\uFEFF" + line + "\n")).get())
                .hasSize(1);
        List<Problem> ps = LedgerJson.read(new StringReader(line + "\n\n" + line3 + "\n"))
                .getError()
                .asJava();
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(LedgerProblem.EMPTY_LINE);
            assertThat(p.line()).contains(2);
        });
        // a BOM on another line than the first is an error
        assertThat(LedgerJson.read(new StringReader(line + "\n\uFEFF" + line3)).isInvalid())
                .isTrue();
        // a final empty line is not
        assertThat(LedgerJson.read(new StringReader(line + "\n\n")).get()).hasSize(1);
    }

    @Test
    void a_json_line_that_is_not_an_object_is_named() {
        Problem p = LedgerJson.readLine("[1, 2]", 7).getError().head();
        assertThat(p.code()).isEqualTo(ModelProblem.WRONG_TYPE);
        assertThat(p.line()).contains(7);
        assertThat(p.args()).containsExactly("object", "ARRAY");
        Problem v =
                LedgerJson.readLine("{\"schemaVersion\":\"2\"}", 3).getError().head();
        assertThat(v.code()).isEqualTo(ModelProblem.MISSING_FIELD);
        assertThat(v.path()).isEqualTo("$.schemaVersion");
        Problem u = LedgerJson.readLine("{\"schemaVersion\":3}", 4).getError().head();
        assertThat(u.code()).isEqualTo(LedgerProblem.UNKNOWN_SCHEMA_VERSION);
        assertThat(u.args()).containsExactly("3", "1, 2");
    }
}
