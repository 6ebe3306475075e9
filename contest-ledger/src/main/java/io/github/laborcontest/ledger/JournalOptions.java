// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import java.util.Objects;

/**
 * How the embedded file journal writes.
 *
 * @param fsync when records are forced to the disk
 * @param segmentBytes the size at which a new segment file is started (at least 4 KiB)
 * @since 0.1.0
 */
public record JournalOptions(FsyncPolicy fsync, long segmentBytes) {

    /** Durable appends, 64 MiB segments. */
    public static final JournalOptions DEFAULT = new JournalOptions(FsyncPolicy.EVERY_APPEND, 64L << 20);

    /** Checks the fields. */
    public JournalOptions {
        Objects.requireNonNull(fsync, "fsync");
        if (segmentBytes < 4096) {
            throw new IllegalArgumentException("segmentBytes (" + segmentBytes + ") must be >= 4096");
        }
    }

    /**
     * These options with another fsync policy.
     *
     * @param policy the policy
     * @return the options
     */
    public JournalOptions withFsync(FsyncPolicy policy) {
        return new JournalOptions(policy, segmentBytes);
    }

    /**
     * These options with another segment size.
     *
     * @param bytes the size
     * @return the options
     */
    public JournalOptions withSegmentBytes(long bytes) {
        return new JournalOptions(fsync, bytes);
    }
}
