// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandsTest {

    @TempDir
    Path tmp;

    record Run(int code, List<String> lines) {}

    static PrintStream utf8(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }

    Path journal() {
        return tmp.resolve("journal");
    }

    Path generated(int n) {
        Path f = tmp.resolve("entries-" + n + ".jsonl");
        assertThat(LedgerCommands.generate(n, 5, f, System.err)).isZero();
        return f;
    }

    Run append(InputStream in) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int code = LedgerCommands.append(journal(), in, utf8(b), Locale.ENGLISH);
        return new Run(code, b.toString(StandardCharsets.UTF_8).lines().toList());
    }

    Run verify() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int code = LedgerCommands.verify(journal(), utf8(b), Locale.ENGLISH);
        return new Run(code, b.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void generateWritesDistinctValidEntries() throws IOException {
        List<String> lines = Files.readAllLines(generated(200));
        assertThat(lines).hasSize(200);
        assertThat(lines.stream()
                        .map(l -> l.substring(0, l.indexOf(",\"competition\"")))
                        .distinct())
                .hasSize(200);
    }

    @Test
    void appendPrintsOkOnceDurableAndAgainForResentEntries() throws IOException {
        Path f = generated(120);
        Run first = append(Files.newInputStream(f));
        assertThat(first.code()).isZero();
        assertThat(first.lines()).hasSize(120).allMatch(l -> l.startsWith("ok E-5-"));
        Run again = append(Files.newInputStream(f));
        assertThat(again.lines()).isEqualTo(first.lines());
        Run v = verify();
        assertThat(v.code()).isZero();
        assertThat(v.lines()).singleElement().satisfies(l -> assertThat(l).startsWith("sound 120 "));
    }

    @Test
    void refusedLinesAreReportedAndTheRestIsAppended() throws IOException {
        List<String> lines = Files.readAllLines(generated(3));
        String conflicting = lines.get(0)
                .replace("\"recordedAt\":\"2026-01-01T00:00:00Z\"", "\"recordedAt\":\"2026-01-02T00:00:00Z\"");
        assertThat(conflicting).isNotEqualTo(lines.get(0));
        String text = String.join("\n", lines.get(0), "{not json", lines.get(1), conflicting, lines.get(2)) + "\n";
        Run r = append(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).hasSize(5);
        assertThat(r.lines().get(0)).isEqualTo("ok E-5-0000000000");
        assertThat(r.lines().get(1)).startsWith("refused line-2 line 2 $: malformed");
        assertThat(r.lines().get(2)).isEqualTo("ok E-5-0000000001");
        assertThat(r.lines().get(3)).startsWith("refused E-5-0000000000 ").contains("different content");
        assertThat(r.lines().get(4)).isEqualTo("ok E-5-0000000002");
    }

    static Path segment(Path journal) throws IOException {
        try (Stream<Path> s = Files.list(journal)) {
            return s.filter(p -> p.toString().endsWith(".journal"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void verifyNamesATornTailAndLeavesItOnlyRepairCutsIt() throws IOException {
        append(Files.newInputStream(generated(10)));
        Path seg = segment(journal());
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 90, 1, 2, 3}));
        }
        long size = Files.size(seg);
        Run v = verify();
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.lines().get(0))
                .startsWith("torn $: journal file " + seg.getFileName() + " has an incomplete tail")
                .contains("7 bytes where entry 10 would start");
        assertThat(Files.size(seg)).isEqualTo(size);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        assertThat(LedgerCommands.repair(journal(), utf8(b), Locale.ENGLISH)).isZero();
        List<String> lines = b.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0))
                .startsWith("moved $: cut off the incomplete tail")
                .contains("7 bytes");
        assertThat(lines.get(1)).startsWith("sound 10 ");
        assertThat(Files.size(seg)).isEqualTo(size - 7);
        assertThat(verify().lines())
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith("sound 10 "));
    }

    @Test
    void verifyNamesTheFirstBadEntry() throws IOException {
        append(Files.newInputStream(generated(10)));
        Path seg = segment(journal());
        byte[] b = Files.readAllBytes(seg);
        b[b.length / 2] ^= 1;
        Files.write(seg, b);
        Run v = verify();
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.lines()).anySatisfy(l -> assertThat(l).startsWith("bad the hash chain breaks at position "));
    }

    @Test
    void exportGivesTheJsonLinesBackAndACsvWithBom() throws IOException {
        Path f = generated(30);
        append(Files.newInputStream(f));
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        assertThat(LedgerCommands.export(journal(), "jsonl", jsonl, Locale.CHINESE, System.err))
                .isZero();
        assertThat(jsonl.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(f));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertThat(LedgerCommands.export(journal(), "csv", csv, Locale.CHINESE, System.err))
                .isZero();
        byte[] bytes = csv.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("序号,条目编号")
                .hasLineCount(31);
        assertThat(LedgerCommands.export(journal(), "xml", csv, Locale.CHINESE, utf8(new ByteArrayOutputStream())))
                .isEqualTo(2);
    }

    @Test
    void standingsAsOfADateOrATime() throws IOException {
        append(Files.newInputStream(generated(40)));
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        assertThat(LedgerCommands.standings(journal(), Optional.empty(), utf8(all), System.err))
                .isZero();
        assertThat(all.toString(StandardCharsets.UTF_8))
                .contains("\"standings\"")
                .contains("\"participant\" : \"P-");
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        assertThat(LedgerCommands.standings(journal(), Optional.of("2025-12-31"), utf8(none), System.err))
                .isZero();
        assertThat(none.toString(StandardCharsets.UTF_8)).contains("\"standings\" : [ ]");
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        assertThat(LedgerCommands.standings(journal(), Optional.of("2026-12-31T00:00:00Z"), utf8(t), System.err))
                .isZero();
        assertThat(t.toString(StandardCharsets.UTF_8)).isEqualTo(all.toString(StandardCharsets.UTF_8));
        assertThat(LedgerCommands.standings(journal(), Optional.of("soon"), utf8(t), utf8(new ByteArrayOutputStream())))
                .isEqualTo(2);
    }
}
