// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.examples.ledger.TerminalText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids that try to forge output lines, steer the terminal or hide in bidi controls are refused and printed escaped. */
class HostileIdsTest {

    @TempDir
    Path tmp;

    private static String sample(String idJson) throws Exception {
        String line = Files.readAllLines(Path.of("data/ledger-sample.jsonl")).get(0);
        return line.replace("\"id\":\"E-20261124-0000000000\"", "\"id\":" + idJson);
    }

    @Test
    void anIdWithALineBreakCannotMakeAppendAcknowledgeAnEntryNeverRecorded() throws Exception {
        // The attack of issue 18: the id's "\n" would print "ok E-VICTIM" on a line of its own.
        Path in = tmp.resolve("attack.jsonl");
        Files.writeString(in, sample("\"E-1\\nok E-VICTIM\"") + "\n");
        Path journal = tmp.resolve("journal");
        CliRun run = CliRun.of(
                "ledger", "--journal", journal.toString(), "append", "--input", in.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).noneMatch(l -> l.startsWith("ok"));
        assertThat(lines)
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .startsWith("refused E-1\\u{A}ok E-VICTIM ")
                        .contains("$.id: id \"entryId\" contains the control character U+000A (character 4)"));
        CliRun verify = CliRun.of("ledger", "--journal", journal.toString(), "verify");
        assertThat(verify.out()).startsWith("sound 0 ");
    }

    @Test
    void escSequencesNulAndBidiOverridesAreRefusedAndNeverPrintedRaw() throws Exception {
        Path in = tmp.resolve("hostile.jsonl");
        Files.writeString(
                in,
                String.join(
                        "\n",
                        sample("\"E-\\u001b[2J\\u001b[31mE-2\""),
                        sample("\"E-3\\u0000\"").replace("E-20261124-0000000001", "x"),
                        sample("\"E-\\u202e4-E\""),
                        sample("\"E-5\"").replace("\"P-00007\"", "\"P-7\\r\\nok E-VICTIM\""),
                        sample("\"E-6\"").replace("\"inspector-06\"", "\"inspector-06\\u2028\""),
                        sample("\"E-7 \"")));
        CliRun run = CliRun.of(
                "ledger", "--journal", tmp.resolve("j").toString(), "append", "--input", in.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(6).allMatch(l -> l.startsWith("refused "));
        assertThat(run.out())
                .doesNotContain("\u001b")
                .doesNotContain("\u0000")
                .doesNotContain("\u202e")
                .doesNotContain("\r")
                .doesNotContain("\u2028");
        assertThat(lines.get(0)).contains("U+001B");
        assertThat(lines.get(1)).contains("U+0000");
        assertThat(lines.get(2)).contains("format character U+202E");
        assertThat(lines.get(3))
                .startsWith("refused E-5 ")
                .contains("$.participant")
                .contains("U+000D");
        assertThat(lines.get(4)).startsWith("refused E-6 ").contains("$.actor").contains("U+2028");
        assertThat(lines.get(5)).startsWith("refused E-7 ").contains("must not start or end with white space");
    }

    @Test
    void aParticipantIdWithALineBreakFailsValidate() throws Exception {
        String plan = Files.readString(Path.of("data/skill-plan.json")).replace("\"W-001\"", "\"W-001\\nW-002\"");
        Path file = tmp.resolve("plan.json");
        Files.writeString(file, plan);
        CliRun run = CliRun.of("validate", file.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("✗").contains("$.participants[0].id").contains("U+000A");
        assertThat(run.out().lines()).noneMatch(l -> l.equals("W-002\""));
    }

    @Test
    void escapingIsUnambiguousAndLeavesOrdinaryTextAlone() {
        assertThat(TerminalText.escape("E-2026-000017 市南区")).isEqualTo("E-2026-000017 市南区");
        assertThat(TerminalText.escape("a\nb")).isEqualTo("a\\u{A}b");
        // a backslash in the input is doubled, so that it is never mistaken for an escape
        assertThat(TerminalText.escape("a\\u{A}b")).isEqualTo("a\\\\u{A}b");
        assertThat(TerminalText.escape("\u001b[31m\u202e\u0000\uD800"))
                .isEqualTo("\\u{1B}[31m\\u{202E}\\u{0}\\u{D800}");
    }
}
