// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

/**
 * When the journal forces appended records to the disk.
 *
 * @since 0.1.0
 */
public enum FsyncPolicy {
    /**
     * An append (or a batch from {@link Ledger#appendBatch}) returns only once its records are on
     * the disk. Concurrent appenders share one fsync (group commit); a batch costs one fsync.
     */
    EVERY_APPEND,
    /** Records reach the operating system at once and the disk when it decides; for tests. */
    NONE
}
