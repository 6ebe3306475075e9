// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    @Test
    void exportAndImportGiveTheSameChain() {
        Ledger a = Ledgers.inMemory();
        SampleEntries.generate(200, 21).forEach(a::append);
        StringWriter w = new StringWriter();
        assertThat(LedgerJson.export(a, w)).isEqualTo(200);
        assertThat(w.toString().lines()).hasSize(200).allMatch(l -> l.startsWith("{\"schemaVersion\":2,\"id\":"));
        Ledger b = Ledgers.inMemory();
        assertThat(LedgerJson.importInto(b, new StringReader(w.toString())).get())
                .hasSize(200);
        assertThat(b.head()).isEqualTo(a.head());
        assertThat(b.standings()).isEqualTo(a.standings());
    }

    @Test
    void everyBadLineIsReportedByNumberAndNothingIsImported() {
        Ledger l = Ledgers.inMemory();
        Entry good = TestEntries.award("a1", TestEntries.P1, "3.00", "泰山杯", "2026-03-06T08:00:00Z");
        String text = String.join(
                "\n",
                LedgerJson.toJsonLine(good),
                "{\"schemaVersion\":2,\"id\":",
                "",
                LedgerJson.toJsonLine(good).replace("\"points-awarded\"", "\"points-stolen\""),
                LedgerJson.toJsonLine(good).replace("\"reason\":\"泰山杯\",", ""),
                LedgerJson.toJsonLine(good).replace("\"schemaVersion\":2", "\"schemaVersion\":9"),
                "[1,2]");
        List<Problem> ps =
                LedgerJson.importInto(l, new StringReader(text)).getLeft().asJava();
        assertThat(ps).extracting(p -> p.line().orElseThrow()).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(ps.get(3).path()).isEqualTo("$.reason");
        assertThat(ps.get(3).message(Locale.CHINESE)).startsWith("第5行 $.reason");
        assertThat(l.size()).isZero();
    }

    @Test
    void refusedEntriesAreReportedWithTheirLineAndNothingIsImported() {
        Ledger l = Ledgers.inMemory();
        Entry a = TestEntries.award("a1", TestEntries.P1, "3.00", "泰山杯", "2026-03-06T08:00:00Z");
        Entry r = TestEntries.reversal("r1", TestEntries.P1, "zz", "2026-03-07T08:00:00Z");
        String text = LedgerJson.toJsonLine(a) + "\n" + LedgerJson.toJsonLine(r) + "\n";
        List<Problem> ps =
                LedgerJson.importInto(l, new StringReader(text)).getLeft().asJava();
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.line()).contains(2);
            assertThat(p.code()).isEqualTo(LedgerProblem.REVERSAL_OF_UNKNOWN);
        });
        assertThat(l.size()).isZero();
    }

    @Test
    void readsSchemaVersionOneWithTheActorAsAPlainId() {
        String v1 = "{\"schemaVersion\":1,\"id\":\"E-1\",\"competition\":\"qd-2026\",\"participant\":\"P-001\","
                + "\"period\":\"2026-03\",\"type\":\"points-deducted\",\"amount\":2,\"reason\":\"围挡破损\","
                + "\"actor\":\"inspector-07\",\"businessDate\":\"2026-03-12\",\"recordedAt\":\"2026-03-13T08:00:00Z\"}";
        Entry e = LedgerJson.readLine(v1, 1).get();
        assertThat(e.actor()).isEqualTo(Actor.of("inspector-07"));
        assertThat(e.schemaVersion()).isEqualTo(2);
        assertThat(LedgerJson.toJsonLine(e))
                .contains("\"actor\":{\"id\":\"inspector-07\"}")
                .startsWith("{\"schemaVersion\":2");
    }

    @Provide
    Arbitrary<String> lines() {
        Entry good = TestEntries.award("a1", TestEntries.P1, "3.00", "泰山杯", "2026-03-06T08:00:00Z");
        String json = LedgerJson.toJsonLine(good);
        Arbitrary<String> mutated = Arbitraries.integers()
                .between(0, json.length() - 1)
                .flatMap(i -> Arbitraries.chars().map(c -> json.substring(0, i) + c + json.substring(i + 1)));
        Arbitrary<String> cut = Arbitraries.integers().between(0, json.length()).map(i -> json.substring(0, i));
        return Arbitraries.oneOf(mutated, cut, Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 300)
    void noLineMakesTheReaderThrow(@ForAll("lines") String line) {
        var v = LedgerJson.readLine(line, 7);
        if (v.isInvalid()) {
            assertThat(v.getError()).isNotEmpty().allMatch(p -> p.line().equals(java.util.Optional.of(7)));
            v.getError().forEach(p -> assertThat(p.message(Locale.ENGLISH)).isNotBlank());
        } else {
            assertThat(Entries.check(v.get()).isValid()).isTrue();
        }
    }

    @Test
    void csvHasABomChineseHeadersAndQuotedCells() {
        Ledger l = Ledgers.inMemory();
        l.append(TestEntries.award("a1", TestEntries.P1, "3.00", "泰山杯, 省级", "2026-03-06T08:00:00Z"));
        l.append(TestEntries.deduct("d1", TestEntries.P1, "2", "=HYPERLINK(\"x\")", "2026-03-07T08:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(LedgerCsv.export(l, out, Locale.CHINESE)).isEqualTo(2);
        byte[] b = out.toByteArray();
        assertThat(new byte[] {b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String[] rows = new String(b, 3, b.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows[0]).startsWith("序号,条目编号,竞赛,参赛者,考评周期,类型,指标,数值");
        assertThat(rows[1]).startsWith("0,a1,qd-2026,P-001,2026-03,加分,,3.00,,\"泰山杯, 省级\",");
        assertThat(rows[2]).contains(",扣分,,2,,\"'=HYPERLINK(\"\"x\"\")\",");
        ByteArrayOutputStream en = new ByteArrayOutputStream();
        LedgerCsv.export(l, en, Locale.ENGLISH);
        assertThat(new String(en.toByteArray(), StandardCharsets.UTF_8))
                .contains("position,id,competition")
                .contains(",points-awarded,");
    }
}
