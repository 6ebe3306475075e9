// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.ledger;

import io.github.laborcontest.ledger.Checkpoint;
import io.github.laborcontest.ledger.CheckpointVerification;
import io.github.laborcontest.ledger.JournalOptions;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.LedgerOptions;
import io.github.laborcontest.ledger.Ledgers;
import io.github.laborcontest.ledger.VerificationReport;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checkpoint operations of the command-line tool ({@code contest ledger checkpoint} and {@code
 * contest ledger verify --checkpoint FILE…}): a checkpoint is the published head of the chain (see
 * {@link Checkpoint}). Exit codes as in {@link LedgerCommands}: 0 done, 1 the journal does not
 * extend a checkpoint (or is damaged), 2 bad usage (no such journal, an unreadable or invalid
 * checkpoint or key file).
 */
public final class CheckpointCommands {

    private CheckpointCommands() {}

    /**
     * {@code checkpoint [-o FILE] [--key FILE]}: writes the checkpoint of the journal's current
     * head, one JSON line, to the file or to {@code out}. A damaged journal gets no checkpoint.
     *
     * @param journal the journal directory, which must exist
     * @param output the file to write, or empty for {@code out}
     * @param keyFile the HMAC key (the file's bytes, at least 16), or empty for an unsigned checkpoint
     * @param now the time to state
     * @param out where the document goes when there is no file
     * @param err where errors go
     * @param locale the language of messages
     * @return the exit code
     */
    public static int checkpoint(
            Path journal,
            Optional<Path> output,
            Optional<Path> keyFile,
            Instant now,
            PrintStream out,
            PrintStream err,
            Locale locale) {
        Either<String, Optional<byte[]>> key = key(keyFile, locale);
        if (key.isLeft()) {
            err.println("error " + key.getLeft());
            return LedgerCommands.USAGE;
        }
        Either<String, Ledger> opened = open(journal, locale);
        if (opened.isLeft()) {
            err.println("error " + opened.getLeft());
            return LedgerCommands.USAGE;
        }
        try (Ledger ledger = opened.get()) {
            VerificationReport report = ledger.verify();
            if (!report.sound()) {
                err.println(
                        "bad " + TerminalText.escape(report.firstBreak().get().message(locale)));
                err.println(pick(locale, "日志已损坏，不生成校验点", "the journal is damaged: no checkpoint is made of it"));
                return LedgerCommands.REFUSED_OR_UNSOUND;
            }
            Checkpoint c = Checkpoint.of(ledger, now);
            if (key.get().isPresent()) {
                c = c.signed(key.get().get());
            }
            String doc = c.toJson() + "\n";
            if (output.isPresent()) {
                try {
                    Files.writeString(output.get(), doc, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println(
                            "error " + pick(locale, "无法写入 ", "cannot write ") + output.get() + ": " + e.getMessage());
                    return LedgerCommands.USAGE;
                }
                out.println("checkpoint " + c.entries() + " " + c.head().hex() + " " + c.time()
                        + (c.hmac().isPresent() ? " hmac" : ""));
            } else {
                out.print(doc);
            }
            out.flush();
            return LedgerCommands.OK;
        }
    }

    /**
     * {@code verify --checkpoint FILE… [--key FILE]}: proves that the journal extends every
     * checkpoint. Prints {@code extends <file> <entries> <head>} or {@code not-extended <file>
     * <reason>} per checkpoint, then {@code sound <n> <head>} or {@code bad <first bad entry>}.
     *
     * @param journal the journal directory, which must exist
     * @param checkpoints the checkpoint files
     * @param keyFile the HMAC key; when given, every checkpoint must carry a valid HMAC
     * @param out where the report goes
     * @param locale the language of messages
     * @return 0 if the journal is sound and extends every checkpoint, 1 if not, 2 on bad usage
     */
    public static int verify(
            Path journal, List<Path> checkpoints, Optional<Path> keyFile, PrintStream out, Locale locale) {
        Either<String, Optional<byte[]>> key = key(keyFile, locale);
        if (key.isLeft()) {
            out.println("error " + key.getLeft());
            return LedgerCommands.USAGE;
        }
        List<Checkpoint> read = new ArrayList<>();
        boolean bad = false;
        for (Path p : checkpoints) {
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                out.println("error " + pick(locale, "无法读取校验点 ", "cannot read the checkpoint ") + p);
                bad = true;
                continue;
            }
            Validation<Seq<Problem>, Checkpoint> v = Checkpoint.read(text);
            if (v.isInvalid()) {
                v.getError().forEach(pr -> out.println("error " + p + " " + TerminalText.escape(pr.message(locale))));
                bad = true;
            } else {
                read.add(v.get());
            }
        }
        if (bad) {
            return LedgerCommands.USAGE;
        }
        Either<String, Ledger> opened = open(journal, locale);
        if (opened.isLeft()) {
            out.println("error " + opened.getLeft());
            return LedgerCommands.USAGE;
        }
        try (Ledger ledger = opened.get()) {
            List<CheckpointVerification> results = Checkpoint.verify(ledger, read, key.get());
            boolean all = true;
            for (int i = 0; i < results.size(); i++) {
                CheckpointVerification r = results.get(i);
                Checkpoint c = r.checkpoint();
                if (r.holds()) {
                    out.println("extends " + checkpoints.get(i) + " " + c.entries() + " "
                            + c.head().hex()
                            + (key.get().isPresent()
                                    ? " hmac-valid"
                                    : c.hmac().isPresent() ? " hmac-not-checked" : ""));
                } else {
                    all = false;
                    out.println("not-extended " + checkpoints.get(i) + " "
                            + TerminalText.escape(r.failure().get().message(locale)));
                }
            }
            VerificationReport report = ledger.verify();
            if (report.sound()) {
                out.println(
                        "sound " + report.checked() + " " + report.head().hash().hex());
            } else {
                out.println(
                        "bad " + TerminalText.escape(report.firstBreak().get().message(locale)));
            }
            out.flush();
            return all && report.sound() ? LedgerCommands.OK : LedgerCommands.REFUSED_OR_UNSOUND;
        }
    }

    private static Either<String, Optional<byte[]>> key(Optional<Path> keyFile, Locale locale) {
        if (keyFile.isEmpty()) {
            return Either.right(Optional.empty());
        }
        byte[] k;
        try {
            k = Files.readAllBytes(keyFile.get());
        } catch (IOException e) {
            return Either.left(pick(locale, "无法读取密钥文件 ", "cannot read the key file ") + keyFile.get());
        }
        if (k.length < Checkpoint.MIN_KEY_BYTES) {
            return Either.left(pick(
                    locale,
                    "密钥文件 " + keyFile.get() + " 只有 " + k.length + " 字节，至少需要 " + Checkpoint.MIN_KEY_BYTES + " 字节",
                    "the key file " + keyFile.get() + " has " + k.length + " bytes; at least "
                            + Checkpoint.MIN_KEY_BYTES + " are needed"));
        }
        return Either.right(Optional.of(k));
    }

    /** A journal that does not exist is not opened (opening would create it). */
    private static Either<String, Ledger> open(Path journal, Locale locale) {
        if (!Files.isDirectory(journal)) {
            return Either.left(pick(locale, "日志目录不存在：", "no such journal directory: ") + journal);
        }
        return Ledgers.openJournal(journal, JournalOptions.DEFAULT, LedgerOptions.DEFAULT)
                .mapLeft(p -> TerminalText.escape(p.message(locale)));
    }

    private static String pick(Locale locale, String zh, String en) {
        return locale.getLanguage().equals("en") ? en : zh;
    }
}
