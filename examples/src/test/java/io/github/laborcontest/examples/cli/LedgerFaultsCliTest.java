// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ledger commands under faults: {@code verify} changes no file and tells a torn tail from a
 * damaged record, {@code repair} moves what it cuts into quarantine, reads refuse a damaged journal
 * unless {@code --allow-damaged}, a missing journal folder is exit 2 and never created, and a full
 * disk gives {@code refused <id> <reason>} with exit 1, never exit 3.
 */
class LedgerFaultsCliTest {

    @TempDir
    Path tmp;

    private static String entry(String id, String participant, String type, String extra, String at) {
        return "{\"schemaVersion\":2,\"id\":\"" + id + "\",\"competition\":\"qd-2026-welding\",\"participant\":\""
                + participant + "\",\"period\":\"2026-event\",\"type\":\"" + type + "\"," + extra
                + ",\"evidence\":[],\"actor\":{\"id\":\"judge-01\",\"role\":\"chief-judge\",\"organisation\":\"市总工会\"},"
                + "\"businessDate\":\"" + at.substring(0, 10) + "\",\"recordedAt\":\"" + at + "\"}\n";
    }

    /** 20 measurements of the welding contest, L-00 … L-19, one participant each. */
    private Path journalOf20() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append(entry(
                    String.format("L-%02d", i),
                    String.format("W-%03d", i),
                    "measurement",
                    "\"indicator\":\"theory.exam\",\"amount\":" + (60 + i),
                    "2026-09-20T10:00:00Z"));
        }
        Path jsonl = tmp.resolve("entries.jsonl");
        Files.writeString(jsonl, b.toString());
        Path journal = tmp.resolve("journal");
        CliRun r = CliRun.of("ledger", "append", "--journal", journal.toString(), "--input", jsonl.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        return journal;
    }

    private static Path segment(Path journal) throws IOException {
        try (Stream<Path> s = Files.list(journal)) {
            return s.filter(p -> p.getFileName().toString().startsWith("segment-"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
    }

    /** The frame offsets of a segment's records (after its 16-byte header). */
    private static List<Integer> frames(byte[] b) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int off = 16; off < b.length; off += 8 + ByteBuffer.wrap(b, off, 4).getInt()) {
            out.add(off);
        }
        return out;
    }

    @ParameterizedTest(name = "head file kept: {0}")
    @ValueSource(booleans = {true, false})
    void verifyNamesAFlippedByteInTheLastRecordAndChangesNoByte(boolean keepHead) throws IOException {
        Path journal = journalOf20();
        if (!keepHead) {
            Files.delete(journal.resolve("journal.head"));
        }
        Path seg = segment(journal);
        byte[] b = Files.readAllBytes(seg);
        int last = frames(b).get(19);
        b[b.length - 2] ^= 0x04;
        Files.write(seg, b);
        Map<String, byte[]> before = snapshot(journal);
        CliRun v = CliRun.of("ledger", "verify", "--journal", journal.toString(), "--lang", "en");
        assertThat(v.code()).as(v.out() + v.err()).isEqualTo(1);
        assertThat(v.out())
                .contains("damaged $: journal file " + seg.getFileName() + ": the record at offset " + last
                        + " (entry 19, stored id L-19) is corrupt: checksum mismatch")
                .doesNotContain("sound")
                .doesNotContain("torn");
        assertSame(before, snapshot(journal));
        // a second verify says the same: nothing was cut
        assertThat(CliRun.of("ledger", "verify", "--journal", journal.toString(), "--lang", "en")
                        .out())
                .isEqualTo(v.out());
        assertSame(before, snapshot(journal));
    }

    @Test
    void verifyNamesATornTailAndLeavesItRepairMovesItToQuarantine() throws IOException {
        Path journal = journalOf20();
        Path seg = segment(journal);
        long size = Files.size(seg);
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 90, 1, 2, 3}));
        }
        Map<String, byte[]> before = snapshot(journal);
        CliRun v = CliRun.of("ledger", "verify", "--journal", journal.toString(), "--lang", "en");
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out())
                .startsWith("torn $: journal file " + seg.getFileName() + " has an incomplete tail at offset " + size
                        + " (7 bytes where entry 20 would start, a write never acknowledged), left in place");
        assertSame(before, snapshot(journal));
        // reads go on: the torn bytes were never acknowledged (said on stderr)
        CliRun export = CliRun.of("ledger", "export", "--journal", journal.toString(), "--lang", "en");
        assertThat(export.code()).isZero();
        assertThat(export.out().lines()).hasSize(20);
        assertThat(export.err()).startsWith("torn ");
        assertSame(before, snapshot(journal));
        CliRun r = CliRun.of("ledger", "repair", "--journal", journal.toString(), "--lang", "en");
        assertThat(r.code()).as(r.out()).isZero();
        String q = "quarantine-" + seg.getFileName() + "-at-" + size + ".bin";
        assertThat(r.out())
                .startsWith("moved $: cut off the incomplete tail of journal file " + seg.getFileName() + " at offset "
                        + size + " (7 bytes), moved to quarantine file " + q + "\n");
        assertThat(r.out().lines().reduce((a, c) -> c).orElseThrow()).startsWith("sound 20 ");
        assertThat(Files.readAllBytes(journal.resolve(q))).containsExactly(0, 0, 0, 90, 1, 2, 3);
        assertThat(Files.size(seg)).isEqualTo(size);
    }

    @Test
    void readsRefuseADamagedJournalUnlessAllowedAndSaySo() throws IOException {
        Path journal = journalOf20();
        Path seg = segment(journal);
        byte[] b = Files.readAllBytes(seg);
        List<Integer> f = frames(b);
        // a byte inside entry 1 (L-01), of 20
        b[f.get(1) + 8 + 60] ^= 0x01;
        Files.write(seg, b);
        Map<String, byte[]> before = snapshot(journal);
        String j = journal.toString();
        CliRun export = CliRun.of("ledger", "export", "--journal", j, "--lang", "en");
        assertThat(export.code()).isEqualTo(1);
        assertThat(export.out()).isEmpty();
        assertThat(export.err()).contains("damaged $: journal file").contains("(entry 1, stored id L-01)");
        CliRun standings = CliRun.of("ledger", "standings", "--journal", j, "--lang", "en");
        assertThat(standings.code()).isEqualTo(1);
        assertThat(standings.out()).isEmpty();
        assertThat(standings.err()).contains("(entry 1, stored id L-01)");
        CliRun json = CliRun.of("ledger", "standings", "--journal", j, "--format", "json");
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.out()).isEmpty();
        CliRun allowed = CliRun.of("ledger", "export", "--journal", j, "--lang", "en", "--allow-damaged");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.out().lines())
                .singleElement()
                .satisfies(l -> assertThat(l).contains("\"id\":\"L-00\""));
        assertThat(allowed.err()).contains("reading only the sound prefix of 1 entries (--allow-damaged)");
        CliRun allowedStandings = CliRun.of("ledger", "standings", "--journal", j, "--allow-damaged", "--lang", "en");
        assertThat(allowedStandings.code()).isZero();
        assertThat(allowedStandings.out()).contains("W-000").doesNotContain("W-001");
        for (String cmd : List.of("score", "rank")) {
            CliRun s = CliRun.of(cmd, "data/skill-plan.json", "--journal", j, "--lang", "en");
            assertThat(s.code()).as(cmd + s.out() + s.err()).isEqualTo(1);
            assertThat(s.out() + s.err()).contains("is damaged, not read").contains("stored id L-01");
        }
        CliRun report = CliRun.of(
                "report",
                "data/skill-plan.json",
                "--journal",
                j,
                "-o",
                tmp.resolve("r.html").toString());
        assertThat(report.code()).isEqualTo(1);
        assertThat(Files.exists(tmp.resolve("r.html"))).isFalse();
        CliRun scoreAllowed = CliRun.of("score", "data/skill-plan.json", "--journal", j, "--allow-damaged");
        assertThat(scoreAllowed.err()).contains("reading only the sound prefix of 1 entries");
        assertSame(before, snapshot(journal));
    }

    @Test
    void aMissingJournalFolderIsExitTwoForEveryReadAndIsNeverCreated() {
        Path none = tmp.resolve("nonexist");
        String n = none.toString();
        List<String[]> runs = List.of(
                new String[] {"ledger", "--journal", n, "verify"},
                new String[] {"ledger", "export", "--journal", n},
                new String[] {"ledger", "export", "--journal", n, "--format", "csv"},
                new String[] {"ledger", "standings", "--journal", n},
                new String[] {"ledger", "standings", "--journal", n, "--format", "json"},
                new String[] {"ledger", "repair", "--journal", n},
                new String[] {"score", "data/skill-plan.json", "--journal", n},
                new String[] {"rank", "data/skill-plan.json", "--journal", n},
                new String[] {
                    "report",
                    "data/skill-plan.json",
                    "--journal",
                    n,
                    "-o",
                    tmp.resolve("r.html").toString()
                });
        for (String[] args : runs) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(String.join(" ", args) + r.out() + r.err()).isEqualTo(2);
            assertThat(Files.exists(none)).as(String.join(" ", args)).isFalse();
        }
        CliRun v = CliRun.of("ledger", "--journal", n, "verify", "--lang", "en");
        assertThat(v.out()).isEqualTo("error $: no journal directory: " + n + "\n");
    }

    /** Mounts a 2 MiB tmpfs; null with the reason if refused (a failure with CI=true). */
    private static String mount(Path at) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", at.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return p.exitValue() == 0 ? null : said.strip();
    }

    @Test
    void aFullDiskGivesRefusedLinesAndExitOneAndThePrefilledDiskReadsWithoutExitThree() throws Exception {
        Path mnt = Files.createTempDirectory("cli-tmpfs");
        String refused;
        try {
            refused = mount(mnt);
        } catch (IOException e) {
            refused = e.getMessage();
        }
        if (refused != null) {
            String reason = "cannot mount a 2 MiB tmpfs (needs root and mount rights): " + refused;
            Files.delete(mnt);
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            Assumptions.assumeTrue(false, reason);
        }
        try {
            Path jsonl = tmp.resolve("many.jsonl");
            CliRun g = CliRun.of("ledger", "generate", "--count", "20000", "--output", jsonl.toString());
            assertThat(g.code()).isZero();
            Path journal = mnt.resolve("journal");
            CliRun a = CliRun.of(
                    "ledger", "append", "--journal", journal.toString(), "--input", jsonl.toString(), "--lang", "en");
            assertThat(a.code()).as(a.err()).isEqualTo(1);
            List<String> lines = a.out().lines().toList();
            List<String> ok = lines.stream().filter(l -> l.startsWith("ok ")).toList();
            List<String> no =
                    lines.stream().filter(l -> l.startsWith("refused ")).toList();
            assertThat(ok.size() + no.size()).isEqualTo(20000);
            assertThat(ok).isNotEmpty();
            // refused for want of space, or later as the reversal of an entry refused so
            String full = "refused E-\\S+ \\$: the store failed: .*No space left on device.*";
            String reversalOfRefused = "refused E-\\S+ \\$\\.reverses: the reversed entry E-\\S+ does not exist";
            assertThat(no).anySatisfy(l -> assertThat(l).matches(full));
            assertThat(no).allSatisfy(l -> assertThat(l).matches(full + "|" + reversalOfRefused));
            // the disk is still full: reads and verify work, with exit 0
            CliRun v = CliRun.of("ledger", "verify", "--journal", journal.toString());
            assertThat(v.code()).as(v.out()).isZero();
            assertThat(v.out()).startsWith("sound " + ok.size() + " ");
            CliRun e = CliRun.of("ledger", "export", "--journal", journal.toString());
            assertThat(e.code()).isZero();
            List<String> exported = e.out().lines().toList();
            assertThat(exported).hasSize(ok.size());
            for (int i = 0; i < ok.size(); i++) {
                assertThat(exported.get(i)).contains("\"id\":\"" + ok.get(i).substring(3) + "\"");
            }
            assertThat(CliRun.of("ledger", "standings", "--journal", journal.toString())
                            .code())
                    .isZero();
            // a fresh journal on the full disk: the append is refused, exit 1, not 3
            Path filler = mnt.resolve("filler");
            try (OutputStream o = Files.newOutputStream(filler)) {
                byte[] block = new byte[4096];
                while (true) {
                    o.write(block);
                }
            } catch (IOException noSpace) {
                assertThat(noSpace.getMessage()).contains("No space left");
            }
            Path fresh = mnt.resolve("fresh");
            CliRun f = CliRun.of(
                    "ledger", "append", "--journal", fresh.toString(), "--input", jsonl.toString(), "--lang", "en");
            assertThat(f.code()).as(f.out() + f.err()).isIn(1, 2);
            assertThat(f.out() + f.err()).doesNotContain("Exception");
        } finally {
            Process u = new ProcessBuilder("umount", mnt.toString()).start();
            u.waitFor(30, TimeUnit.SECONDS);
            if (u.exitValue() != 0) {
                new ProcessBuilder("umount", "-l", mnt.toString()).start().waitFor(30, TimeUnit.SECONDS);
                fail("cannot unmount " + mnt);
            }
            Files.delete(mnt);
        }
    }
}
