// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.spi;

import io.github.laborcontest.ledger.OpenReport;

/**
 * Keeps the records of one ledger in chain order. The ledger calls {@link #load(RecordSink)} once,
 * then {@link #append(StoredRecord)} and {@link #flush()} under its append lock, and {@link
 * #force()} outside it (so that concurrent appenders share one force: group commit). Reads may
 * come from any thread.
 *
 * @since 0.1.0
 */
public interface LedgerStore extends AutoCloseable {

    /**
     * Delivers every sound record in chain order, repairs what can be repaired (a torn tail) and
     * reports it.
     *
     * @param sink receives the records
     * @return the repairs and damage found
     * @throws LedgerStoreException if the store cannot be read at all
     */
    OpenReport load(RecordSink sink);

    /**
     * Appends the next record; it need not be durable until {@link #force()}.
     *
     * @param record the record, whose position is the current size
     * @throws LedgerStoreException if the store fails
     */
    void append(StoredRecord record);

    /**
     * Hands appended records to the operating system or commits them; called under the append lock.
     *
     * @throws LedgerStoreException if the store fails
     */
    void flush();

    /**
     * Makes flushed records durable; may run while other records are appended.
     *
     * @throws LedgerStoreException if the store fails
     */
    void force();

    /**
     * Takes back every record from a position on after a failed write, so that the store holds
     * exactly the records before it (the durable ones) and can be loaded and appended to again.
     * Called under the append lock, with no force running; the ledger then loads the store again.
     * The default cannot take anything back: the ledger then stays read-only until reopened.
     *
     * @param size the number of records to keep (every acknowledged record)
     * @throws LedgerStoreException if the store cannot take the records back
     * @throws UnsupportedOperationException if the store cannot take records back at all
     */
    default void rollback(long size) {
        throw new UnsupportedOperationException("this store cannot take back records");
    }

    /**
     * Reads the record at a position (appended, even if not yet flushed).
     *
     * @param position the position, below the size
     * @return the record
     * @throws LedgerStoreException if the store fails
     */
    StoredRecord read(long position);

    /**
     * Reads the records from a position on, straight from the storage medium, in storage order,
     * without repairing anything; records that cannot be read end the scan with a report.
     *
     * @param from the first position
     * @param sink receives the records
     * @return empty if the scan reached the end; otherwise a description of what stopped it
     * @throws LedgerStoreException if the store fails
     */
    java.util.Optional<String> scan(long from, RecordSink sink);

    /**
     * Releases the store (file locks, connections).
     *
     * @throws LedgerStoreException if closing fails
     */
    @Override
    void close();
}
