// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.ledger.internal.DefaultLedger;
import io.github.laborcontest.ledger.internal.JdbcStore;
import io.github.laborcontest.ledger.internal.JournalStore;
import io.github.laborcontest.ledger.internal.MemoryStore;
import io.github.laborcontest.ledger.spi.LedgerStore;
import io.github.laborcontest.ledger.spi.LedgerStoreException;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Opens ledgers: in memory, on the embedded file journal (the default for hosts) or on a JDBC
 * database (PostgreSQL tested).
 *
 * <pre>{@code
 * Ledger ledger = Ledgers.openJournal(Path.of("ledger"), JournalOptions.DEFAULT, LedgerOptions.DEFAULT)
 *     .getOrElseThrow(p -> new IllegalStateException(p.message(Locale.ENGLISH)));
 * ledger.openReport().repairs().forEach(p -> log.warn(p.message(Locale.CHINESE)));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Ledgers {

    private Ledgers() {}

    /**
     * A new empty ledger in memory.
     *
     * @param options policy and key
     * @return the ledger
     */
    public static Ledger inMemory(LedgerOptions options) {
        return DefaultLedger.open(new MemoryStore(), options, false);
    }

    /**
     * A new empty ledger in memory, allowing everything, unsigned.
     *
     * @return the ledger
     */
    public static Ledger inMemory() {
        return inMemory(LedgerOptions.DEFAULT);
    }

    /**
     * Opens (or creates) a journal directory with durable appends and default options.
     *
     * @param dir the directory
     * @return the ledger, or why it cannot be opened
     */
    public static Either<Problem, Ledger> openJournal(Path dir) {
        return openJournal(dir, JournalOptions.DEFAULT, LedgerOptions.DEFAULT);
    }

    /**
     * Opens (or creates) a journal directory. A torn tail is cut off and reported in {@link
     * Ledger#openReport()}; a corrupt record makes the ledger read-only (see {@link
     * #repairJournal(Path)}).
     *
     * @param dir the directory
     * @param journal fsync policy and segment size
     * @param options policy and key
     * @return the ledger, or why it cannot be opened (locked by another writer, I/O)
     */
    public static Either<Problem, Ledger> openJournal(Path dir, JournalOptions journal, LedgerOptions options) {
        return JournalStore.open(dir, journal.segmentBytes())
                .flatMap(store -> open(store, options, journal.fsync() == FsyncPolicy.EVERY_APPEND));
    }

    /**
     * Opens an existing journal directory for reading only (export, standings, verification):
     * nothing is created, locked, cut or written. A torn tail is reported in {@link
     * Ledger#openReport()} ({@link LedgerProblem#TORN_TAIL_FOUND}) and left in place; damage
     * loads the sound prefix, as {@link #openJournal(Path)} does. Every append is refused.
     *
     * @param dir the directory
     * @return the ledger, or why it cannot be opened ({@link LedgerProblem#NO_JOURNAL} if the
     *     directory does not exist)
     */
    public static Either<Problem, Ledger> openJournalReadOnly(Path dir) {
        return JournalStore.openReadOnly(dir).flatMap(store -> {
            try {
                return Either.right(DefaultLedger.openReadOnly(store, LedgerOptions.DEFAULT));
            } catch (LedgerStoreException e) {
                store.close();
                return Either.left(Problem.at(LedgerProblem.STORE_FAILED, "$", e.getMessage()));
            }
        });
    }

    /**
     * Opens a ledger on any store.
     *
     * @param store the store
     * @param options policy and key
     * @param durable whether appends wait for {@link LedgerStore#force()}
     * @return the ledger, or why it cannot be opened
     */
    public static Either<Problem, Ledger> open(LedgerStore store, LedgerOptions options, boolean durable) {
        try {
            return Either.right(DefaultLedger.open(store, options, durable));
        } catch (LedgerStoreException e) {
            try {
                store.close();
            } catch (RuntimeException ignored) {
                // the open failure is the one to report
            }
            return Either.left(Problem.at(LedgerProblem.STORE_FAILED, "$", e.getMessage()));
        }
    }

    /**
     * Opens a ledger on a JDBC database, creating its table if needed. Appends are committed before
     * they return; unique constraints on the position and on the entry id back the ledger's own
     * idempotency check.
     *
     * @param dataSource the database
     * @param table the table name (letters, digits and underscores)
     * @param options policy and key
     * @return the ledger, or why it cannot be opened
     */
    public static Either<Problem, Ledger> openJdbc(DataSource dataSource, String table, LedgerOptions options) {
        return JdbcStore.open(dataSource, table).flatMap(store -> open(store, options, true));
    }

    /**
     * Cuts a damaged journal off at its first bad record or chain break, so that it opens again
     * for appending. The bytes cut off are moved into quarantine files beside the segments
     * ({@code quarantine-<segment>-at-<offset>.bin}); the result says what was moved where
     * ({@link LedgerProblem#QUARANTINED}, {@link LedgerProblem#TORN_TAIL_TRUNCATED}).
     *
     * @param dir the journal directory, not open elsewhere
     * @return the cuts made (empty if the journal was sound), or why it failed
     */
    public static Either<Problem, List<Problem>> repairJournal(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return Either.left(Problem.at(LedgerProblem.NO_JOURNAL, "$", dir));
        }
        long keep;
        Either<Problem, Ledger> opened =
                openJournal(dir, JournalOptions.DEFAULT.withFsync(FsyncPolicy.NONE), LedgerOptions.DEFAULT);
        if (opened.isLeft()) {
            return Either.left(opened.getLeft());
        }
        List<Problem> out = new ArrayList<>(opened.get().openReport().repairs());
        try (Ledger l = opened.get()) {
            VerificationReport r = l.verify();
            keep = r.firstBreak().map(ChainBreak::position).orElse(Long.MAX_VALUE);
        }
        try {
            out.addAll(JournalStore.repair(dir, keep));
            return Either.right(out);
        } catch (LedgerStoreException e) {
            return Either.left(Problem.at(LedgerProblem.STORE_FAILED, "$", e.getMessage()));
        }
    }
}
