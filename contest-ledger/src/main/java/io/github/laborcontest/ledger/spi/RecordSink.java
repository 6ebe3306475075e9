// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.spi;

/**
 * Receives records in chain order from a store.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RecordSink {

    /**
     * Takes the next record.
     *
     * @param record the record
     * @return false to stop the scan
     */
    boolean accept(StoredRecord record);
}
