// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.problem.Problem;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published checkpoint catches what the chain alone cannot: truncation and whole rewrites. */
class CheckpointTest {

    private static final Instant T = Instant.parse("2026-12-07T21:00:00Z");

    private static final byte[] KEY = "0123456789abcdef-organiser-key".getBytes(StandardCharsets.UTF_8);

    /** Small segments, so that a journal of 300 sample entries has several. */
    private static final JournalOptions SMALL = JournalOptions.DEFAULT.withSegmentBytes(16 * 1024);

    @TempDir
    Path tmp;

    private Ledger open(Path dir) {
        return Ledgers.openJournal(dir, SMALL, LedgerOptions.DEFAULT)
                .getOrElseThrow(p -> new IllegalStateException(p.message(Locale.ENGLISH)));
    }

    private Path journalWith(List<Entry> entries) {
        Path dir = tmp.resolve("journal");
        try (Ledger l = open(dir)) {
            assertThat(l.appendAll(entries).isRight()).isTrue();
        }
        return dir;
    }

    private static Optional<Problem> check(Ledger l, Checkpoint c, Optional<byte[]> key) {
        return Checkpoint.verify(l, List.of(c), key).get(0).failure();
    }

    @Test
    void theUntouchedJournalAndOneThatGrewExtendTheCheckpoint() {
        List<Entry> all = SampleEntries.generate(400, 7);
        Path dir = journalWith(all.subList(0, 300));
        Checkpoint c;
        try (Ledger l = open(dir)) {
            c = Checkpoint.of(l, T);
            assertThat(c.entries()).isEqualTo(300);
            assertThat(check(l, c, Optional.empty())).isEmpty();
            assertThat(l.appendAll(all.subList(300, 400)).isRight()).isTrue();
        }
        try (Ledger l = open(dir)) {
            Checkpoint later = Checkpoint.of(l, T.plusSeconds(60));
            List<CheckpointVerification> r = Checkpoint.verify(l, List.of(later, c, later), Optional.empty());
            assertThat(r).hasSize(3).allMatch(CheckpointVerification::holds);
            assertThat(r.get(1).checkpoint()).isEqualTo(c);
        }
    }

    @Test
    void truncationWithTheHeadFileDeletedFailsThoughTheChainAloneIsSound() throws Exception {
        Path dir = journalWith(SampleEntries.generate(300, 7));
        Checkpoint c;
        try (Ledger l = open(dir)) {
            c = Checkpoint.of(l, T);
        }
        List<Path> segments;
        try (Stream<Path> s = Files.list(dir)) {
            segments = s.filter(p -> p.getFileName().toString().endsWith(".journal"))
                    .sorted()
                    .toList();
        }
        assertThat(segments).hasSizeGreaterThan(2);
        Files.delete(segments.get(segments.size() - 1));
        Files.delete(dir.resolve("journal.head"));
        try (Ledger l = open(dir)) {
            VerificationReport chainAlone = l.verify();
            assertThat(chainAlone.sound())
                    .as("the attack the chain alone cannot see")
                    .isTrue();
            assertThat(chainAlone.checked()).isLessThan(300);
            Problem p = check(l, c, Optional.empty()).orElseThrow();
            assertThat(p.code()).isEqualTo(LedgerProblem.CHECKPOINT_NOT_EXTENDED);
            assertThat(p.message(Locale.ENGLISH))
                    .startsWith("$.entries: the ledger does not extend the checkpoint 300 "
                            + c.head().hex())
                    .contains("truncated: the journal holds " + chainAlone.checked());
            assertThat(p.message(Locale.CHINESE)).contains("台账不是校验点 300 ");
        }
    }

    @Test
    void anExportEditOneAmountDeleteALineReimportRewriteFails() throws Exception {
        Path dir = journalWith(SampleEntries.generate(300, 7));
        Checkpoint c;
        StringWriter export = new StringWriter();
        try (Ledger l = open(dir)) {
            c = Checkpoint.of(l, T);
            LedgerJson.export(l, export);
        }
        List<String> lines = new ArrayList<>(export.toString().lines().toList());
        int edited = -1;
        for (int i = 10; i < lines.size(); i++) {
            if (lines.get(i).contains("\"amount\":")) {
                lines.set(i, lines.get(i).replaceFirst("\"amount\":[0-9.]+", "\"amount\":1"));
                edited = i;
                break;
            }
        }
        assertThat(edited).isPositive();
        lines.remove(200);
        deleteTree(dir);
        try (Ledger l = open(dir)) {
            assertThat(LedgerJson.importInto(l, new StringReader(String.join("\n", lines)))
                            .isRight())
                    .isTrue();
            assertThat(l.verify().sound())
                    .as("a rewritten chain is sound in itself")
                    .isTrue();
            assertThat(l.head().size()).isEqualTo(299);
            Problem p = check(l, c, Optional.empty()).orElseThrow();
            assertThat(p.message(Locale.ENGLISH)).contains("truncated: the journal holds 299");
            // the rewriter appends one more entry to reach the count again: the hash still differs
            assertThat(l.append(TestEntries.measurement(
                                    "E-padding",
                                    io.github.laborcontest.model.ParticipantId.of("P-1"),
                                    "1",
                                    "2026-03-13T08:00:00Z"))
                            .isRight())
                    .isTrue();
            Problem again = check(l, c, Optional.empty()).orElseThrow();
            assertThat(again.path()).isEqualTo("$.head");
            assertThat(again.message(Locale.ENGLISH)).contains("rewritten: entry 300 has the hash ");
        }
    }

    @Test
    void reorderingFails() throws Exception {
        Path dir = journalWith(SampleEntries.generate(50, 7));
        Checkpoint c;
        StringWriter export = new StringWriter();
        try (Ledger l = open(dir)) {
            c = Checkpoint.of(l, T);
            LedgerJson.export(l, export);
        }
        List<String> lines = new ArrayList<>(export.toString().lines().toList());
        Collections.swap(lines, 3, 4);
        deleteTree(dir);
        try (Ledger l = open(dir)) {
            assertThat(LedgerJson.importInto(l, new StringReader(String.join("\n", lines)))
                            .isRight())
                    .isTrue();
            assertThat(check(l, c, Optional.empty()).orElseThrow().message(Locale.ENGLISH))
                    .contains("rewritten");
        }
    }

    @Test
    void anHmacBindsTheCheckpointToTheKey() {
        Path dir = journalWith(SampleEntries.generate(20, 7));
        try (Ledger l = open(dir)) {
            Checkpoint signed = Checkpoint.of(l, T).signed(KEY);
            assertThat(signed.hmacValid(KEY)).isTrue();
            assertThat(check(l, signed, Optional.of(KEY))).isEmpty();
            // whoever edits the published document (here: fewer entries, a hash of the rewrite) breaks the HMAC
            Checkpoint forged = new Checkpoint(0, ChainHash.GENESIS, T, signed.hmac());
            assertThat(check(l, forged, Optional.of(KEY)).orElseThrow().message(Locale.ENGLISH))
                    .endsWith(": hmac-invalid");
            byte[] other = "another-key-of-sixteen".getBytes(StandardCharsets.UTF_8);
            assertThat(check(l, signed, Optional.of(other))).isPresent();
            assertThat(check(l, Checkpoint.of(l, T), Optional.of(KEY))
                            .orElseThrow()
                            .message(Locale.ENGLISH))
                    .endsWith(": unsigned");
            // without a key the HMAC is not checked, the chain still is
            assertThat(check(l, forged, Optional.empty())).isEmpty(); // the empty prefix: every ledger extends it
        }
    }

    @Test
    void theJsonDocumentRoundTripsAndBadFieldsAreNamed() {
        Checkpoint c = new Checkpoint(
                        120,
                        ChainHash.ofHex("ab".repeat(32)),
                        Instant.parse("2026-12-07T21:00:00.123Z"),
                        Optional.empty())
                .signed(KEY);
        String json = c.toJson();
        assertThat(json)
                .startsWith("{\"format\":\"contest-ledger-checkpoint\",\"version\":1,\"entries\":120," + "\"head\":\""
                        + "ab".repeat(32) + "\",\"time\":\"2026-12-07T21:00:00.123Z\",\"hmac\":\"");
        assertThat(Checkpoint.read(json).get()).isEqualTo(c);
        assertThat(Checkpoint.read(json).get().hmacValid(KEY)).isTrue();
        assertThat(new String(c.canonicalBytes(), StandardCharsets.UTF_8))
                .isEqualTo("contest-ledger-checkpoint:1:120:" + "ab".repeat(32) + ":2026-12-07T21:00:00.123Z");

        var bad = Checkpoint.read("{\"format\":\"x\",\"version\":2,\"entries\":-1,\"head\":\"XYZ\","
                + "\"time\":\"yesterday\",\"hmac\":5,\"extra\":true}");
        assertThat(bad.getError().map(Problem::path))
                .containsExactlyInAnyOrder(
                        "$.extra", "$.format", "$.version", "$.entries", "$.head", "$.time", "$.hmac");
        assertThat(bad.getError().find(p -> p.path().equals("$.head")).get().message(Locale.CHINESE))
                .isEqualTo("$.head: 校验点字段“head”有误，应为：64 lower-case hex digits");
        assertThat(Checkpoint.read("{\"format\":\"contest-ledger-checkpoint\"}")
                        .getError()
                        .map(Problem::path))
                .containsExactlyInAnyOrder("$.version", "$.entries", "$.head", "$.time");
        assertThat(Checkpoint.read("not json").getError().single().codeName()).isEqualTo("json.malformed");
        assertThat(Checkpoint.read("[1]").getError().single().path()).isEqualTo("$");
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
