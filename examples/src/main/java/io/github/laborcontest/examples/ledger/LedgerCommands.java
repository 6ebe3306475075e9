// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.ledger;

import io.github.laborcontest.ledger.Appended;
import io.github.laborcontest.ledger.AsOf;
import io.github.laborcontest.ledger.ChainBreak;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.JournalOptions;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.LedgerCsv;
import io.github.laborcontest.ledger.LedgerJson;
import io.github.laborcontest.ledger.LedgerOptions;
import io.github.laborcontest.ledger.LedgerRejection;
import io.github.laborcontest.ledger.Ledgers;
import io.github.laborcontest.ledger.SampleEntries;
import io.github.laborcontest.ledger.Standings;
import io.github.laborcontest.ledger.VerificationReport;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ledger operations of the command-line tool. Each takes paths and streams and returns the
 * process exit code: 0 success, 1 something refused or unsound, 2 bad usage or a store that
 * cannot be opened. Messages are Chinese by default, English with {@link Locale#ENGLISH}.
 */
public final class LedgerCommands {

    /** Exit code: done. */
    public static final int OK = 0;

    /** Exit code: some entry refused, or the chain is not sound. */
    public static final int REFUSED_OR_UNSOUND = 1;

    /** Exit code: bad usage or the ledger cannot be opened. */
    public static final int USAGE = 2;

    /** The most entries in one batch (one fsync); the same as the SQLite side's transactions in scripts/bench-vs-sqlite.sh. */
    private static final int MAX_BATCH = 1000;

    private LedgerCommands() {}

    /**
     * {@code generate --count N --seed S --output FILE}: N valid, distinct sample entries as JSON
     * Lines.
     *
     * @param count how many entries
     * @param seed the seed
     * @param output the file to write
     * @param err where to report problems
     * @return the exit code
     */
    public static int generate(long count, long seed, Path output, PrintStream err) {
        if (count < 0) {
            err.println("count must be >= 0: " + count);
            return USAGE;
        }
        try (Writer w = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16)) {
            SampleEntries.generate(count, seed, e -> {
                try {
                    w.write(LedgerJson.toJsonLine(e));
                    w.write('\n');
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            return OK;
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot write " + output + ": " + e.getMessage());
            return USAGE;
        }
    }

    private static Either<Problem, Ledger> open(Path journal) {
        return Ledgers.openJournal(journal, JournalOptions.DEFAULT, LedgerOptions.DEFAULT);
    }

    /**
     * Opens a journal for a read command: read-only (nothing is created, cut or written), a
     * missing directory is an error.
     *
     * @param journal the journal directory
     * @return the ledger, or why it cannot be opened
     */
    public static Either<Problem, Ledger> openForReading(Path journal) {
        return Ledgers.openJournalReadOnly(journal);
    }

    /**
     * For a read command: reports a torn tail on {@code err}, and refuses a damaged journal (exit
     * 1) unless {@code allowDamaged}, which reads the sound prefix and says so on {@code err}.
     *
     * @param ledger the ledger opened for reading
     * @param allowDamaged whether the sound prefix of a damaged journal may be read
     * @param err where the damage and the torn tail are reported
     * @param locale the language
     * @return empty to go on, or the exit code
     */
    public static Optional<Integer> refuseDamage(Ledger ledger, boolean allowDamaged, PrintStream err, Locale locale) {
        ledger.openReport().repairs().forEach(p -> err.println("torn " + p.message(locale)));
        Optional<Problem> damage = ledger.openReport().damage();
        if (damage.isEmpty()) {
            return Optional.empty();
        }
        err.println("damaged " + damage.get().message(locale));
        boolean en = "en".equals(locale.getLanguage());
        if (!allowDamaged) {
            err.println(
                    en
                            ? "refused: the journal is damaged; contest ledger verify names the damage, contest ledger repair"
                                    + " moves it to quarantine, --allow-damaged reads the sound prefix"
                            : "拒绝读取：台账已损坏；contest ledger verify 指出损坏处，contest ledger repair 将其移入隔离文件，"
                                    + "--allow-damaged 只读完好的前缀");
            err.flush();
            return Optional.of(REFUSED_OR_UNSOUND);
        }
        err.println(
                en
                        ? "reading only the sound prefix of " + ledger.size() + " entries (--allow-damaged)"
                        : "只读取完好的前 " + ledger.size() + " 条记录（--allow-damaged）");
        err.flush();
        return Optional.empty();
    }

    /**
     * {@code append [FILE|-]}: appends JSON Lines to the journal. Prints {@code ok <id>} for each
     * accepted entry, only once it is durable (a re-sent entry prints {@code ok <id>} again
     * without being recorded twice), and {@code refused <id> <reason>} for each refused one, then
     * goes on. Ids and reasons are printed through {@link TerminalText#escape}, so that no input
     * can print a line of its own. Lines that are available at once are appended as one batch with one fsync.
     *
     * @param journal the journal directory
     * @param in the JSON Lines (a file or stdin)
     * @param out where the outcomes go
     * @param locale the language of reasons
     * @return 0 if all were accepted, 1 if any was refused, 2 if the journal cannot be opened
     */
    public static int append(Path journal, InputStream in, PrintStream out, Locale locale) {
        Either<Problem, Ledger> opened = open(journal);
        if (opened.isLeft()) {
            out.println("error " + opened.getLeft().message(locale));
            out.flush();
            return USAGE;
        }
        boolean[] refusedAny = {false};
        try (Ledger ledger = opened.get()) {
            ledger.openReport().repairs().forEach(p -> out.println("repaired " + p.message(locale)));
            List<Entry> batch = new ArrayList<>();
            // streamed line by line (constant memory); lines available at once go in one batch
            LedgerJson.readEach(in, new LedgerJson.LineSink() {
                @Override
                public void entry(int lineNumber, Entry entry) {
                    batch.add(entry);
                    if (batch.size() >= MAX_BATCH) {
                        refusedAny[0] |= flush(ledger, batch, out, locale);
                    }
                }

                @Override
                public void bad(int lineNumber, String line, Seq<Problem> problems) {
                    if (line.isBlank()) {
                        return; // an empty line separates nothing here
                    }
                    refusedAny[0] = true;
                    refusedAny[0] |= flush(ledger, batch, out, locale);
                    out.println("refused " + TerminalText.escape(idOf(line, lineNumber)) + " "
                            + TerminalText.escape(join(problems.asJava(), locale)));
                    out.flush();
                }

                @Override
                public void caughtUp() {
                    refusedAny[0] |= flush(ledger, batch, out, locale);
                }
            });
            refusedAny[0] |= flush(ledger, batch, out, locale);
        } catch (UncheckedIOException e) {
            out.println("error " + e.getMessage());
            out.flush();
            return USAGE;
        }
        return refusedAny[0] ? REFUSED_OR_UNSOUND : OK;
    }

    private static boolean flush(Ledger ledger, List<Entry> batch, PrintStream out, Locale locale) {
        if (batch.isEmpty()) {
            return false;
        }
        boolean refused = false;
        List<Either<LedgerRejection, Appended>> results = ledger.appendBatch(batch);
        for (int i = 0; i < batch.size(); i++) {
            Either<LedgerRejection, Appended> a = results.get(i);
            if (a.isRight()) {
                out.println("ok " + TerminalText.escape(batch.get(i).id().value()));
            } else {
                refused = true;
                out.println("refused " + TerminalText.escape(batch.get(i).id().value()) + " "
                        + TerminalText.escape(a.getLeft().message(locale)));
            }
        }
        out.flush();
        batch.clear();
        return refused;
    }

    private static String idOf(String line, int lineNo) {
        try {
            var node = ContestJson.jsonMapper().readTree(line);
            if (node != null && node.hasNonNull("id") && node.get("id").isTextual()) {
                return node.get("id").textValue();
            }
        } catch (IOException e) {
            // malformed: named by its line
        }
        return "line-" + lineNo;
    }

    private static String join(List<Problem> ps, Locale locale) {
        return String.join("; ", ps.stream().map(p -> p.message(locale)).toList());
    }

    /**
     * {@code verify}: opens the journal read-only and recomputes the chain; it never changes a
     * file. A torn tail (an incomplete frame after the last durable record) is named on a {@code
     * torn} line, damage on a {@code damaged} line, then the first bad entry on a {@code bad} line.
     *
     * @param journal the journal directory
     * @param out where the report goes
     * @param locale the language
     * @return 0 if sound, 1 naming the torn tail or the first bad entry, 2 if it cannot be opened
     */
    public static int verify(Path journal, PrintStream out, Locale locale) {
        Either<Problem, Ledger> opened = openForReading(journal);
        if (opened.isLeft()) {
            out.println("error " + opened.getLeft().message(locale));
            return USAGE;
        }
        try (Ledger ledger = opened.get()) {
            ledger.openReport().repairs().forEach(p -> out.println("torn " + p.message(locale)));
            VerificationReport report = ledger.verify();
            Optional<ChainBreak> br = report.firstBreak();
            if (br.isPresent()) {
                ledger.openReport()
                        .damage()
                        .ifPresent(d -> out.println("damaged " + TerminalText.escape(d.message(locale))));
                out.println("bad " + TerminalText.escape(br.get().message(locale)));
                return REFUSED_OR_UNSOUND;
            }
            out.println("sound " + report.checked() + " " + report.head().hash().hex());
            return OK;
        }
    }

    /**
     * {@code export jsonl|csv}: writes every entry in chain order.
     *
     * @param journal the journal directory
     * @param format {@code jsonl} or {@code csv}
     * @param out the stream (not closed)
     * @param locale CSV headers: Chinese (default) or English
     * @param err where problems go
     * @return the exit code
     */
    public static int export(Path journal, String format, OutputStream out, Locale locale, PrintStream err) {
        return export(journal, format, out, locale, err, false);
    }

    /**
     * {@code export jsonl|csv [--allow-damaged]}: writes every entry in chain order; a damaged
     * journal is refused (exit 1, naming the damage) unless {@code allowDamaged}.
     *
     * @param journal the journal directory (must exist; opened read-only)
     * @param format {@code jsonl} or {@code csv}
     * @param out the stream (not closed)
     * @param locale CSV headers: Chinese (default) or English
     * @param err where problems go
     * @param allowDamaged whether the sound prefix of a damaged journal may be exported
     * @return the exit code
     */
    public static int export(
            Path journal, String format, OutputStream out, Locale locale, PrintStream err, boolean allowDamaged) {
        if (!format.equals("jsonl") && !format.equals("csv")) {
            err.println("format must be jsonl or csv: " + format);
            return USAGE;
        }
        Either<Problem, Ledger> opened = openForReading(journal);
        if (opened.isLeft()) {
            err.println("error " + opened.getLeft().message(locale));
            return USAGE;
        }
        try (Ledger ledger = opened.get()) {
            Optional<Integer> refused = refuseDamage(ledger, allowDamaged, err, locale);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (format.equals("csv")) {
                LedgerCsv.export(ledger, out, locale);
            } else {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                LedgerJson.export(ledger, w);
            }
            return OK;
        } catch (UncheckedIOException e) {
            err.println("error " + e.getMessage());
            return USAGE;
        }
    }

    /**
     * Parses {@code --as-of}: a date ({@code 2026-03-31}) is a business date, an instant
     * ({@code 2026-03-31T23:59:59Z}) a record time, absent is the latest.
     *
     * @param text the option's value, if given
     * @return the query, or empty if the text is neither
     */
    public static Optional<AsOf> parseAsOf(Optional<String> text) {
        if (text.isEmpty()) {
            return Optional.of(AsOf.LATEST);
        }
        try {
            return Optional.of(AsOf.businessDate(LocalDate.parse(text.get())));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(AsOf.recordTime(Instant.parse(text.get())));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /**
     * {@code standings [--as-of DATE|TIME]}: the standings per participant and period as JSON.
     *
     * @param journal the journal directory
     * @param asOf the option's value, if given
     * @param out where the JSON goes
     * @param err where problems go
     * @return the exit code
     */
    public static int standings(Path journal, Optional<String> asOf, PrintStream out, PrintStream err) {
        return standings(journal, asOf, out, err, false);
    }

    /**
     * {@code standings [--as-of DATE|TIME] [--allow-damaged]}: as {@link #standings(Path, Optional,
     * PrintStream, PrintStream)}; a damaged journal is refused (exit 1) unless {@code allowDamaged}.
     *
     * @param journal the journal directory (must exist; opened read-only)
     * @param asOf the option's value, if given
     * @param out where the JSON goes
     * @param err where problems go
     * @param allowDamaged whether the sound prefix of a damaged journal may be read
     * @return the exit code
     */
    public static int standings(
            Path journal, Optional<String> asOf, PrintStream out, PrintStream err, boolean allowDamaged) {
        Optional<AsOf> query = parseAsOf(asOf);
        if (query.isEmpty()) {
            err.println("--as-of must be a date (2026-03-31) or an instant (2026-03-31T23:59:59Z): " + asOf.orElse(""));
            return USAGE;
        }
        Either<Problem, Ledger> opened = openForReading(journal);
        if (opened.isLeft()) {
            err.println("error " + opened.getLeft().message(Locale.CHINESE));
            return USAGE;
        }
        try (Ledger ledger = opened.get()) {
            Optional<Integer> refused = refuseDamage(ledger, allowDamaged, err, Locale.CHINESE);
            if (refused.isPresent()) {
                return refused.get();
            }
            Standings s = ledger.standings(query.get());
            out.print(ContestJson.writeJson(s));
            out.flush();
            return OK;
        }
    }

    /**
     * {@code repair}: the one command that cuts a journal: a torn tail and everything from the
     * first damaged record or chain break on are moved into quarantine files beside the segments,
     * one {@code moved <what>} line each, then the journal is verified as {@link #verify} does.
     *
     * @param journal the journal directory (must exist, not open elsewhere)
     * @param out where the report goes
     * @param locale the language
     * @return 0 if the journal is sound afterwards, 1 if not, 2 if it cannot be opened
     */
    public static int repair(Path journal, PrintStream out, Locale locale) {
        Either<Problem, List<Problem>> done = Ledgers.repairJournal(journal);
        if (done.isLeft()) {
            out.println("error " + done.getLeft().message(locale));
            return USAGE;
        }
        done.get().forEach(p -> out.println("moved " + p.message(locale)));
        if (done.get().isEmpty()) {
            out.println("en".equals(locale.getLanguage()) ? "nothing to repair" : "无需修复");
        }
        return verify(journal, out, locale);
    }

    /**
     * A minimal dispatcher for trying the operations by hand: {@code generate N SEED FILE},
     * {@code append DIR [FILE]}, {@code verify DIR}, {@code repair DIR}, {@code export DIR jsonl|csv},
     * {@code standings DIR [AS_OF]}.
     *
     * @param args the arguments
     * @throws IOException if the input file cannot be read
     */
    public static void main(String[] args) throws IOException {
        int code;
        if (args.length == 0) {
            System.err.println(
                    "usage: generate N SEED FILE | append DIR [FILE] | verify DIR | repair DIR | export DIR jsonl|csv"
                            + " | standings DIR [AS_OF]");
            code = USAGE;
        } else {
            code = switch (args[0]) {
                case "generate" ->
                    generate(Long.parseLong(args[1]), Long.parseLong(args[2]), Path.of(args[3]), System.err);
                case "append" -> {
                    try (InputStream in = args.length > 2 && !args[2].equals("-")
                            ? Files.newInputStream(Path.of(args[2]))
                            : System.in) {
                        yield append(Path.of(args[1]), in, System.out, Locale.CHINESE);
                    }
                }
                case "verify" -> verify(Path.of(args[1]), System.out, Locale.CHINESE);
                case "repair" -> repair(Path.of(args[1]), System.out, Locale.CHINESE);
                case "export" -> export(Path.of(args[1]), args[2], System.out, Locale.CHINESE, System.err);
                case "standings" ->
                    standings(
                            Path.of(args[1]),
                            args.length > 2 ? Optional.of(args[2]) : Optional.empty(),
                            System.out,
                            System.err);
                default -> USAGE;
            };
        }
        System.exit(code);
    }
}
