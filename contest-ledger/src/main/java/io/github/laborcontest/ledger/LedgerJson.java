// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
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
                Validation<Seq<Problem>, Entry> v = readLine(line, n);
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
