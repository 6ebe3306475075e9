// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.PeriodId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An append-only, hash-chained ledger of {@link Entry entries}. Nothing is updated or deleted;
 * a correction is a reversal entry. Appending an id again with the same content reports {@link
 * Appended#alreadyRecorded()}; with different content it is refused. Implementations are
 * thread-safe.
 *
 * <pre>{@code
 * try (Ledger ledger = Ledgers.openJournal(dir).getOrElseThrow(p -> new IllegalStateException(p.message(Locale.ENGLISH)))) {
 *   ledger.append(entry).peekLeft(r -> log.warn(r.message(Locale.CHINESE)));
 *   Standings now = ledger.standings();
 *   VerificationReport report = ledger.verify();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Ledger extends AutoCloseable {

    /**
     * Appends one entry; with {@link FsyncPolicy#EVERY_APPEND} it returns once the entry is durable.
     *
     * @param entry the entry
     * @return the entry in the chain, or why it was refused (nothing written)
     */
    Either<LedgerRejection, Appended> append(Entry entry);

    /**
     * Appends entries one after another, each accepted or refused on its own, and makes the
     * accepted ones durable with one fsync (group commit).
     *
     * @param entries the entries, in order
     * @return one outcome per entry, in order
     */
    List<Either<LedgerRejection, Appended>> appendBatch(List<Entry> entries);

    /**
     * Appends all entries or none: if any would be refused, nothing is written and every refusal is
     * returned.
     *
     * @param entries the entries, in order
     * @return the outcomes, or every refusal
     */
    Either<Seq<LedgerRejection>, List<Appended>> appendAll(List<Entry> entries);

    /** The number of entries in the chain. */
    long size();

    /** The head of the chain, signed if the ledger has an HMAC key. */
    ChainHead head();

    /**
     * Finds an entry by id.
     *
     * @param id the id
     * @return the entry in the chain, if recorded
     */
    Optional<Recorded> find(EntryId id);

    /**
     * Reads the entries from a position on, in chain order.
     *
     * @param from the first position
     * @param consumer receives them
     */
    void forEach(long from, Consumer<Recorded> consumer);

    /**
     * Re-reads the whole chain from the store and recomputes every hash.
     *
     * @return the report, naming the first altered, missing, reordered or corrupt entry
     */
    VerificationReport verify();

    /**
     * Verifies the chain and that it still holds a head kept elsewhere: same hash at the same size,
     * and, if the ledger has a key, a valid signature.
     *
     * @param trusted a head obtained earlier from {@link #head()}
     * @return the report
     */
    VerificationReport verify(ChainHead trusted);

    /** The standings after every entry. */
    Standings standings();

    /**
     * The standings as of a record time or business date.
     *
     * @param asOf which entries count
     * @return the standings
     */
    Standings standings(AsOf asOf);

    /**
     * The standings of one period as of a record time or business date, starting from the latest
     * snapshot that covers the query.
     *
     * @param period the period
     * @param asOf which entries count
     * @return the standings of that period
     */
    Standings standings(PeriodId period, AsOf asOf);

    /**
     * Takes a snapshot of the current fold, of one period or of all.
     *
     * @param period the period, or empty for all periods
     * @return the snapshot
     */
    Snapshot snapshot(Optional<PeriodId> period);

    /** The snapshots taken, oldest first. */
    List<Snapshot> snapshots();

    /** What opening the store found. */
    OpenReport openReport();

    /** Closes the store. */
    @Override
    void close();
}
