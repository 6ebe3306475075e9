// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A journal on a real, small tmpfs (2 MiB) that runs out of space (ENOSPC): what was acknowledged
 * stays, what was refused is neither written nor counted, the head file names only durable
 * records, and appends go on once space is freed. The test mounts the tmpfs itself (root); where
 * mounting is refused it is skipped with the reason, except with {@code CI=true}, where it fails.
 */
class DiskFullTest {

    private Path mount;
    private boolean mounted;

    @BeforeEach
    void mountTmpfs() throws Exception {
        mount = Files.createTempDirectory("ledger-tmpfs");
        String why = run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString());
        mounted = why == null;
        if (!mounted) {
            String reason = "cannot mount a 2 MiB tmpfs (needs root and mount rights): " + why;
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            Assumptions.assumeTrue(false, reason);
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            String why = run("umount", mount.toString());
            if (why != null) {
                StringBuilder open = new StringBuilder();
                try (var fds = Files.list(Path.of("/proc/self/fd"))) {
                    for (Path fd : (Iterable<Path>) fds::iterator) {
                        try {
                            Path t = Files.readSymbolicLink(fd);
                            if (t.startsWith(mount)) {
                                open.append(' ').append(t);
                            }
                        } catch (IOException e) {
                            // gone meanwhile
                        }
                    }
                }
                run("umount", "-l", mount.toString());
                fail("cannot unmount the tmpfs: " + why + "; files still open:" + open);
            }
        }
        Files.deleteIfExists(mount);
    }

    /** Runs a command; null if it exited 0, else what it said. */
    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + out.strip();
    }

    /** Fills the rest of the file system with a file (written until ENOSPC). */
    private static Path fill(Path dir, String name) throws IOException {
        Path f = dir.resolve(name);
        byte[] block = new byte[4096];
        try (OutputStream o = Files.newOutputStream(f)) {
            while (true) {
                o.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
        return f;
    }

    private static Ledger open(Path dir) {
        return Ledgers.openJournal(dir).getOrElseThrow(p -> new AssertionError(p.message(Locale.ENGLISH)));
    }

    @Test
    void aFullDiskRefusesEntriesWithoutWritingOrCountingThemAndTheJournalGoesOnOnceSpaceIsBack() throws IOException {
        Path dir = mount.resolve("journal");
        // room for the journal: 1 MiB of the 2 are taken by a file freed later
        Path ballast = mount.resolve("ballast");
        Files.write(ballast, new byte[1 << 20]);
        List<Entry> entries = SampleEntries.generate(60_000, 7);
        List<Entry> acknowledged = new ArrayList<>();
        List<Entry> refused = new ArrayList<>();
        try (Ledger l = open(dir)) {
            // batches of 64 (one fsync each) and single appends, until the disk is full for a while
            int i = 0;
            while (i < entries.size() && refused.size() < 200) {
                List<Entry> batch = entries.subList(i, Math.min(entries.size(), i + (i % 3 == 0 ? 1 : 64)));
                i += batch.size();
                List<Either<LedgerRejection, Appended>> out = l.appendBatch(batch);
                for (int k = 0; k < batch.size(); k++) {
                    if (out.get(k).isRight()) {
                        acknowledged.add(batch.get(k));
                    } else {
                        LedgerRejection r = out.get(k).getLeft();
                        assertThat(r.code()).isEqualTo(LedgerProblem.STORE_FAILED);
                        assertThat(r.entryId()).contains(batch.get(k).id());
                        assertThat(r.message(Locale.ENGLISH)).contains("No space left on device");
                        refused.add(batch.get(k));
                    }
                }
                // what the ledger counts is exactly what it acknowledged
                assertThat(l.size()).isEqualTo(acknowledged.size());
            }
            assertThat(refused).hasSizeGreaterThanOrEqualTo(200);
            assertThat(acknowledged).isNotEmpty();
            for (Entry e : refused) {
                assertThat(l.find(e.id())).as(e.id().value()).isEmpty();
            }
            assertThat(l.verify().sound()).isTrue();
            assertThat(l.verify().checked()).isEqualTo(acknowledged.size());
        }
        // reopened on the full disk: every acknowledged entry, no refused one, no damage
        try (Ledger l = open(dir)) {
            assertThat(l.openReport().damage()).isEmpty();
            assertThat(l.size()).isEqualTo(acknowledged.size());
            List<EntryId> ids = new ArrayList<>();
            l.forEach(0, r -> ids.add(r.entry().id()));
            assertThat(ids)
                    .containsExactlyElementsOf(
                            acknowledged.stream().map(Entry::id).toList());
            for (Entry e : refused) {
                assertThat(l.find(e.id())).isEmpty();
            }
            assertThat(l.verify().sound()).isTrue();
            assertThat(l.standings()).isEqualTo(LedgerFold.of(acknowledged).standings());
            // still full (a batch larger than the slack of the segment's last page): all refused
            Path filler = fill(mount, "filler");
            List<Either<LedgerRejection, Appended>> again = l.appendBatch(refused.subList(0, 100));
            assertThat(again).allSatisfy(a -> assertThat(a.getLeft().code()).isEqualTo(LedgerProblem.STORE_FAILED));
            assertThat(l.size()).isEqualTo(acknowledged.size());
            // space is back: the refused entries are accepted now, on the same open ledger
            Files.delete(ballast);
            Files.delete(filler);
            for (Entry e : refused.subList(0, 100)) {
                assertThat(l.append(e).isRight()).as(e.id().value()).isTrue();
            }
            assertThat(l.size()).isEqualTo(acknowledged.size() + 100);
            assertThat(l.verify().sound()).isTrue();
        }
        try (Ledger l = open(dir)) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(acknowledged.size() + 100);
            assertThat(l.verify().sound()).isTrue();
        }
    }

    @Test
    void onAPreFilledDiskAJournalOpensReadsAndRefusesAppendsWithoutThrowing() throws IOException {
        Path dir = mount.resolve("journal");
        List<Entry> all = SampleEntries.generate(250, 3);
        List<Entry> entries = all.subList(0, 50);
        try (Ledger l = open(dir)) {
            assertThat(l.appendAll(entries).isRight()).isTrue();
        }
        Path filler = fill(mount, "filler");
        Path fresh = mount.resolve("fresh");
        try (Ledger l = open(dir)) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(50);
            assertThat(l.verify().sound()).isTrue();
            assertThat(l.standings()).isEqualTo(LedgerFold.of(entries).standings());
            // more than the slack of the segment's last page
            List<Entry> more = all.subList(50, 250);
            assertThat(l.appendBatch(more))
                    .allSatisfy(a -> assertThat(a.getLeft().code()).isEqualTo(LedgerProblem.STORE_FAILED));
            assertThat(l.size()).isEqualTo(50);
            assertThat(l.verify().sound()).isTrue();
        }
        // a journal directory made on the full disk: opening writes nothing, an append is refused
        Files.createDirectories(fresh);
        try (Ledger l = open(fresh)) {
            assertThat(l.size()).isZero();
            assertThat(l.append(entries.get(0)).getLeft().code()).isEqualTo(LedgerProblem.STORE_FAILED);
            assertThat(l.size()).isZero();
        }
        Files.delete(filler);
        try (Ledger l = open(dir)) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.size()).isEqualTo(50);
            assertThat(l.appendAll(all.subList(50, 250)).isRight()).isTrue();
            assertThat(l.size()).isEqualTo(250);
        }
        try (Ledger l = open(fresh)) {
            assertThat(l.openReport().clean()).isTrue();
            assertThat(l.append(entries.get(0)).isRight()).isTrue();
        }
    }
}
