// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming reader ({@link LedgerJson#readEach}, Jackson's streaming parser straight into
 * entries, one reused buffer) gives what the whole-file reader of before gave (the text read
 * whole through a {@link BufferedReader}, every line through a tree and data binding): the same
 * entries in the same order and the same problems (codes, paths, lines, arguments), for files of
 * random good and bad lines with random line terminators, a byte-order mark or not, malformed
 * UTF-8 and reads that return a few bytes at a time.
 */
class JsonLinesStreamingPropertiesTest {

    private static final List<Entry> SAMPLES = SampleEntries.generate(300, 77);

    /** One line's outcome: an entry or problems, with the line number. */
    record Outcome(int line, Entry entry, List<Problem> problems) {}

    /** The reader of before, over the whole file: the reference. */
    static List<Outcome> wholeFile(byte[] bytes) throws IOException {
        List<Outcome> out = new ArrayList<>();
        BufferedReader r =
                new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                r.mark(1);
                if (r.read() == -1) {
                    break;
                }
                r.reset();
            }
            Validation<Seq<Problem>, Entry> v = LedgerJson.readLineByTree(line, n);
            out.add(
                    v.isValid()
                            ? new Outcome(n, v.get(), List.of())
                            : new Outcome(n, null, v.getError().asJava()));
        }
        return out;
    }

    static List<Outcome> streamed(InputStream in) {
        List<Outcome> out = new ArrayList<>();
        LedgerJson.readEach(in, new LedgerJson.LineSink() {
            @Override
            public void entry(int lineNumber, Entry entry) {
                out.add(new Outcome(lineNumber, entry, List.of()));
            }

            @Override
            public void bad(int lineNumber, String line, Seq<Problem> problems) {
                out.add(new Outcome(lineNumber, null, problems.asJava()));
            }
        });
        return out;
    }

    @Property(tries = 200)
    void streamingGivesWhatTheWholeFileReaderGave(@ForAll("files") byte[] file, @ForAll long seed) throws IOException {
        List<Outcome> expected = wholeFile(file);
        assertThat(streamed(new ByteArrayInputStream(file))).isEqualTo(expected);
        assertThat(streamed(new Trickle(file, new Random(seed)))).isEqualTo(expected);
        // messages too, in both languages
        List<Problem> problems =
                expected.stream().flatMap(o -> o.problems().stream()).toList();
        Validation<Seq<Problem>, Long> checked = LedgerJson.check(new ByteArrayInputStream(file));
        if (problems.isEmpty()) {
            assertThat(checked.get()).isEqualTo(expected.size());
        } else {
            List<Problem> got = checked.getError().asJava();
            assertThat(got).isEqualTo(problems);
            for (int i = 0; i < got.size(); i++) {
                assertThat(got.get(i).message(Locale.CHINESE))
                        .isEqualTo(problems.get(i).message(Locale.CHINESE));
                assertThat(got.get(i).message(Locale.ENGLISH))
                        .isEqualTo(problems.get(i).message(Locale.ENGLISH));
            }
        }
        // and the Reader variant (whole list) agrees with both
        Validation<Seq<Problem>, List<Entry>> read =
                LedgerJson.read(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
        if (problems.isEmpty()) {
            assertThat(read.get())
                    .isEqualTo(expected.stream().map(Outcome::entry).toList());
        } else {
            assertThat(read.getError().asJava()).isEqualTo(problems);
        }
    }

    @Property(tries = 500)
    void theFastPathReadsALineAsTheTreeDoes(@ForAll("lines") String line) {
        assertThat(LedgerJson.readLine(line, 3)).isEqualTo(LedgerJson.readLineByTree(line, 3));
    }

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<List<byte[]>> lines = Arbitraries.oneOf(
                        lines().map(s -> s.getBytes(StandardCharsets.UTF_8)), malformedUtf8())
                .list()
                .ofMaxSize(25);
        Arbitrary<String> terminator = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r");
        return Combinators.combine(
                        lines,
                        terminator.list().ofSize(30),
                        Arbitraries.of(true, false),
                        Arbitraries.of("", "\n", "\r\n", "\n\n", " \n", "\n  "))
                .as((ls, terms, bom, tail) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (bom) {
                        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    }
                    for (int i = 0; i < ls.size(); i++) {
                        if (i > 0) {
                            out.writeBytes(terms.get(i).getBytes(StandardCharsets.UTF_8));
                        }
                        out.writeBytes(ls.get(i));
                    }
                    out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
                    return out.toByteArray();
                });
    }

    /** A good line with bytes that are not UTF-8 (overlong, a surrogate, a lone continuation) in its reason. */
    Arbitrary<byte[]> malformedUtf8() {
        return Combinators.combine(
                        Arbitraries.of(SAMPLES).filter(e -> e.reason().isPresent()),
                        Arbitraries.of(
                                new byte[] {(byte) 0xC0, (byte) 0x80},
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                new byte[] {(byte) 0x80},
                                new byte[] {(byte) 0xE4, (byte) 0xB8},
                                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}))
                .as((e, bad) -> {
                    String json = LedgerJson.toJsonLine(e);
                    int at = json.indexOf("\"reason\":\"") + 10;
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    out.writeBytes(bad);
                    out.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));
                    return out.toByteArray();
                });
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> good = Arbitraries.of(SAMPLES).map(LedgerJson::toJsonLine);
        Arbitrary<String> mutated = good.flatMap(json -> Arbitraries.integers()
                .between(0, json.length() - 1)
                .flatMap(i -> Arbitraries.chars().map(c -> json.substring(0, i) + c + json.substring(i + 1))));
        Arbitrary<String> cut = good.flatMap(
                json -> Arbitraries.integers().between(0, json.length()).map(i -> json.substring(0, i)));
        Arbitrary<String> edited =
                Combinators.combine(good, Arbitraries.of(EDITS)).as((json, edit) -> edit.apply(json));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, good),
                net.jqwik.api.Tuple.of(2, mutated),
                net.jqwik.api.Tuple.of(1, cut),
                net.jqwik.api.Tuple.of(4, edited),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(60)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "\t", "\u3000", "{}", "[1,2]", "null", "2")));
    }

    /** Edits that the fast path must leave to the tree: each changes what the line means or is. */
    private static final List<java.util.function.UnaryOperator<String>> EDITS = List.of(
            j -> j.replace("\"schemaVersion\":2", "\"schemaVersion\":1"),
            j -> j.replace("\"schemaVersion\":2", "\"schemaVersion\":9"),
            j -> j.replace("\"schemaVersion\":2", "\"schemaVersion\":2.0"),
            j -> j.replace("\"schemaVersion\":2,", ""),
            j -> j.replace("\"schemaVersion\":2", "\"schemaVersion\":2,\"schemaVersion\":2"),
            j -> j.replace("{\"schemaVersion\":2,", "{\"schemaVersion\":2,\"extra\":1,"),
            j -> j.replaceFirst("\"amount\":([-0-9.]+)", "\"amount\":\"$1\""),
            j -> j.replaceFirst("\"amount\":([-0-9.]+)", "\"amount\":$1e0"),
            j -> j.replaceFirst("\"amount\":([-0-9.]+)", "\"amount\":$1E-2"),
            j -> j.replaceFirst("\"amount\":([-0-9.]+)", "\"amount\":-$1"),
            j -> j.replaceFirst("\"amount\":([-0-9.]+)", "\"amount\":$100"),
            j -> j.replaceFirst("\"amount\":([-0-9.]+)", "\"amount\":0.000"),
            j -> j.replaceFirst("\"amount\":([-0-9.]+)", "\"amount\":12345678901234567890123456789012345678901"),
            j -> j.replaceFirst("\"amount\":([-0-9.]+)", "\"amount\":null"),
            j -> j.replaceFirst("\"amount\":[-0-9.]+,", ""),
            j -> j.replace("\"evidence\":[", "\"evidence\":[1,"),
            j -> j.replace("\"evidence\":[", "\"evidence\":[\" \","),
            j -> j.replace("\"evidence\":[]", "\"evidence\":null"),
            j -> j.replace("\"evidence\":[]", "\"evidence\":\"x\""),
            j -> j.replaceFirst("\"actor\":\\{\"id\":\"([^\"]*)\"[^}]*}", "\"actor\":\"$1\""),
            j -> j.replaceFirst("\"actor\":\\{", "\"actor\":{\"x\":1,"),
            j -> j.replaceFirst("\"actor\":\\{\"id\":\"[^\"]*\",", "\"actor\":{"),
            j -> j.replaceFirst("\"actor\":\\{\"id\":\"[^\"]*\"", "\"actor\":{\"id\":\"  \""),
            j -> j.replaceFirst("\"role\":\"[^\"]*\"", "\"role\":null"),
            j -> j.replaceFirst("\"businessDate\":\"[^\"]*\"", "\"businessDate\":\"2026-02-30\""),
            j -> j.replaceFirst("\"businessDate\":\"[^\"]*\"", "\"businessDate\":\"2026-03-01T00:00:00\""),
            j -> j.replaceFirst("\"businessDate\":\"[^\"]*\"", "\"businessDate\":\"+12026-03-01\""),
            j -> j.replaceFirst("\"businessDate\":\"[^\"]*\"", "\"businessDate\":\"1800-03-01\""),
            j -> j.replaceFirst("\"recordedAt\":\"([^\"]*)Z\"", "\"recordedAt\":\"$1+08:00\""),
            j -> j.replaceFirst("\"recordedAt\":\"([^\"]*)Z\"", "\"recordedAt\":\"$1.123456789Z\""),
            j -> j.replaceFirst("\"recordedAt\":\"[^\"]*\"", "\"recordedAt\":1767225600"),
            j -> j.replaceFirst("\"recordedAt\":\"[^\"]*\"", "\"recordedAt\":\"2026-13-01T00:00:00Z\""),
            j -> j.replaceFirst("\"type\":\"[^\"]*\"", "\"type\":\"points-stolen\""),
            j -> j.replaceFirst("\"type\":\"[^\"]*\"", "\"type\":\"veto\""),
            j -> j.replaceFirst("\"type\":\"[^\"]*\"", "\"type\":\"reversal\",\"reverses\":\"E-1\""),
            j -> j.replaceFirst("\"type\":\"[^\"]*\"", "\"type\":\"stage-change\",\"stage\":\"signed\""),
            j -> j.replaceFirst("\"type\":\"[^\"]*\"", "\"type\":\"stage-change\",\"stage\":\"nowhere\""),
            j -> j.replaceFirst("\"participant\":\"[^\"]*\"", "\"participant\":\"\""),
            j -> j.replaceFirst("\"participant\":\"[^\"]*\"", "\"participant\":7"),
            j -> j.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"E-\\\\u00e9\\\\n\""),
            j -> j.replaceFirst("\"reason\":\"[^\"]*\"", "\"reason\":\"" + "长".repeat(2001) + "\""),
            j -> j.replaceFirst("\"reason\":\"[^\"]*\"", "\"reason\":\"" + "长".repeat(30_000) + "\""),
            j -> j.replaceFirst("\"reason\":\"[^\"]*\",", ""),
            j -> "  \t" + j + "  ",
            j -> j + " {}",
            j -> j + ",",
            j -> j.substring(0, j.length() - 1) + ",\"replacement\":\"E-2\"}",
            j -> j.substring(0, j.length() - 1) + ",\"reverses\":\"E-2\"}");

    /** Hands out a few bytes per read and says sometimes that none is available. */
    static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private int pos;

        Trickle(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + random.nextInt(7)), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() {
            return random.nextBoolean() ? 0 : bytes.length - pos;
        }
    }
}
