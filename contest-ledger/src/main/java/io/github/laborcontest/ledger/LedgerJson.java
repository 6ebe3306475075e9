// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.laborcontest.ledger.internal.EntryJsonReader;
import io.github.laborcontest.ledger.internal.LineScanner;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines export and import of entries: one entry per line, schema version first. Import
 * reads schema versions 1 and 2 (version 1 wrote the actor as a plain id) and upgrades them;
 * every bad line is reported with its line number, and nothing is imported unless every line is
 * good and the ledger accepts every entry.
 *
 * @since 0.1.0
 */
public final class LedgerJson {

    private static final ObjectMapper MAPPER = ContestJson.jsonMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private LedgerJson() {}

    /**
     * One entry as one line of JSON (no newline).
     *
     * @param entry the entry
     * @return the JSON text
     */
    public static String toJsonLine(Entry entry) {
        try {
            return MAPPER.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("an entry always serialises", e);
        }
    }

    /**
     * Writes every entry of a ledger, in chain order, one per line.
     *
     * @param ledger the ledger
     * @param out where to write (not closed)
     * @return the number of entries written
     */
    public static long export(Ledger ledger, Writer out) {
        long[] n = {0};
        ledger.forEach(0, r -> {
            try {
                out.write(toJsonLine(r.entry()));
                out.write('\n');
                n[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n[0];
    }

    /**
     * Reads one line of JSON into an entry, upgrading schema version 1.
     *
     * @param line the JSON text
     * @param lineNumber its 1-based line number, put on every problem
     * @return the entry, or every problem of that line
     */
    public static Validation<Seq<Problem>, Entry> readLine(String line, int lineNumber) {
        Entry fast = new EntryJsonReader(MAPPER.getFactory(), false).read(line);
        return fast != null ? Validation.valid(fast) : readLineByTree(line, lineNumber);
    }

    /**
     * The slow path of {@link #readLine(String, int)}, through a tree and data binding: it names
     * every problem of a bad line. The fast path ({@link EntryJsonReader}) gives the same entry
     * for every line it accepts and leaves every other line to this.
     */
    static Validation<Seq<Problem>, Entry> readLineByTree(String line, int lineNumber) {
        if (line.isBlank()) {
            return Validation.invalid(
                    io.vavr.collection.List.of(Problem.onLine(LedgerProblem.EMPTY_LINE, lineNumber, "$")));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return Validation.invalid(io.vavr.collection.List.of(Problem.onLine(
                    ModelProblem.MALFORMED,
                    lineNumber,
                    "$",
                    e.getOriginalMessage(),
                    lineNumber,
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr())));
        }
        if (!(node instanceof ObjectNode obj)) {
            return Validation.invalid(io.vavr.collection.List.of(
                    Problem.onLine(ModelProblem.WRONG_TYPE, lineNumber, "$", "object", node.getNodeType())));
        }
        JsonNode v = obj.get("schemaVersion");
        if (v == null || !v.isInt()) {
            return Validation.invalid(io.vavr.collection.List.of(
                    Problem.onLine(ModelProblem.MISSING_FIELD, lineNumber, "$.schemaVersion", "schemaVersion")));
        }
        int version = v.intValue();
        if (version == 1) {
            upcastVersion1(obj);
        } else if (version != Entry.CURRENT_SCHEMA_VERSION) {
            return Validation.invalid(io.vavr.collection.List.of(Problem.onLine(
                    LedgerProblem.UNKNOWN_SCHEMA_VERSION, lineNumber, "$.schemaVersion", version, "1, 2")));
        }
        return ContestJson.read(obj.toString(), ContestJson.Format.JSON, Entry.class)
                .flatMap(Entries::check)
                .mapError(ps -> ps.map(p -> p.onLine(lineNumber)));
    }

    /**
     * What {@link #readEach(InputStream, LineSink)} hands over, line by line in order.
     *
     * @since 0.1.0
     */
    public interface LineSink {
        /**
         * A good line.
         *
         * @param lineNumber its 1-based number
         * @param entry the entry it holds
         */
        void entry(int lineNumber, Entry entry);

        /**
         * A bad line (an empty line other than the last one included, with {@link
         * LedgerProblem#EMPTY_LINE}).
         *
         * @param lineNumber its 1-based number
         * @param line its text
         * @param problems every problem of that line, each with the line number
         */
        void bad(int lineNumber, String line, Seq<Problem> problems);

        /**
         * Called before reading on when no more input is available at once (the next read may
         * wait): a sink that batches entries can finish its batch. Does nothing by default.
         */
        default void caughtUp() {}

        /**
         * The line is not well-formed UTF-8: it was read with each malformed byte sequence
         * replaced by U+FFFD, as {@link java.io.InputStreamReader} reads it. Does nothing by
         * default; a caller that refuses such text can say so.
         *
         * @param lineNumber its 1-based number
         */
        default void notUtf8(int lineNumber) {}
    }

    /**
     * Streams JSON Lines (UTF-8; a byte-order mark at the start is dropped): each line is read
     * with Jackson's streaming parser and handed over at once, so memory stays constant whatever
     * the input's length. Problems are those of {@link #read(Reader)}, line by line: a last empty
     * line is allowed, any other empty line is a problem.
     *
     * @param in the bytes (not closed)
     * @param sink what receives each line's outcome
     * @throws UncheckedIOException if the stream fails
     */
    public static void readEach(InputStream in, LineSink sink) {
        EntryJsonReader fast = new EntryJsonReader(MAPPER.getFactory(), true);
        LineScanner lines = new LineScanner(in, sink::caughtUp);
        int n = 0;
        try {
            while (lines.next()) {
                n++;
                byte[] b = lines.buffer();
                int from = lines.start();
                int to = from + lines.length();
                while (from < to && (b[from] == ' ' || b[from] == '\t')) {
                    from++;
                }
                boolean wellFormed = lines.wellFormed();
                if (!wellFormed) {
                    sink.notUtf8(n);
                }
                Entry e =
                        from < to && b[from] == '{' && wellFormed ? fast.read(b, lines.start(), lines.length()) : null;
                if (e != null) {
                    sink.entry(n, e);
                    continue;
                }
                String line = lines.text();
                if (line.isBlank() && lines.atEnd()) {
                    break;
                }
                Validation<Seq<Problem>, Entry> v = readLineByTree(line, n);
                if (v.isValid()) {
                    sink.entry(n, v.get());
                } else {
                    sink.bad(n, line, v.getError());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks JSON Lines without keeping the entries (constant memory): how many entries they hold,
     * or every problem of every bad line.
     *
     * @param in the bytes (not closed)
     * @return the number of entries, or every problem with its line number
     * @throws UncheckedIOException if the stream fails
     */
    public static Validation<Seq<Problem>, Long> check(InputStream in) {
        long[] count = {0};
        List<Problem> problems = new ArrayList<>();
        readEach(in, new LineSink() {
            @Override
            public void entry(int lineNumber, Entry entry) {
                count[0]++;
            }

            @Override
            public void bad(int lineNumber, String line, Seq<Problem> ps) {
                ps.forEach(problems::add);
            }
        });
        return problems.isEmpty()
                ? Validation.valid(count[0])
                : Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }

    /** Version 1 wrote {@code "actor": "inspector-07"}; version 2 writes an object. */
    private static void upcastVersion1(ObjectNode obj) {
        JsonNode actor = obj.get("actor");
        if (actor != null && actor.isTextual()) {
            ObjectNode a = obj.objectNode();
            a.put("id", actor.textValue());
            obj.set("actor", a);
        }
        obj.put("schemaVersion", Entry.CURRENT_SCHEMA_VERSION);
    }

    /**
     * Reads JSON Lines. A last empty line is allowed; any other empty line is a problem.
     *
     * @param in the text (not closed)
     * @return the entries in order, or every problem of every bad line
     */
    public static Validation<Seq<Problem>, List<Entry>> read(Reader in) {
        List<Entry> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
            EntryJsonReader fast = new EntryJsonReader(MAPPER.getFactory(), true);
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
                Entry e = fast.read(line);
                if (e != null) {
                    out.add(e);
                    continue;
                }
                Validation<Seq<Problem>, Entry> v = readLineByTree(line, n);
                if (v.isValid()) {
                    out.add(v.get());
                } else {
                    problems.addAll(v.getError().asJava());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.isEmpty() ? Validation.valid(out) : Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }

    /**
     * Imports JSON Lines into a ledger: all entries or none.
     *
     * @param ledger the ledger
     * @param in the text (not closed)
     * @return the appended entries, or every problem (bad lines, refused entries), with line numbers
     */
    public static Either<Seq<Problem>, List<Appended>> importInto(Ledger ledger, Reader in) {
        Validation<Seq<Problem>, List<Entry>> read = read(in);
        if (read.isInvalid()) {
            return Either.left(read.getError());
        }
        List<Entry> entries = read.get();
        Map<EntryId, Integer> lines = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.putIfAbsent(entries.get(i).id(), i + 1);
        }
        return ledger.appendAll(entries)
                .mapLeft(rs -> rs.flatMap(r -> {
                    int line = r.entryId().map(id -> lines.getOrDefault(id, 0)).orElse(0);
                    return io.vavr.collection.List.ofAll(r.problems()).map(p -> line > 0 ? p.onLine(line) : p);
                }));
    }
}
