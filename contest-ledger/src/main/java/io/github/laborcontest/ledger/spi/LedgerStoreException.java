// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger.spi;

/**
 * A store failed (I/O, database). The ledger turns it into a {@code STORE_FAILED} rejection and
 * becomes read-only.
 *
 * @since 0.1.0
 */
public final class LedgerStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message and a cause.
     *
     * @param message what failed
     * @param cause why
     */
    public LedgerStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An exception with a message.
     *
     * @param message what failed
     */
    public LedgerStoreException(String message) {
        super(message);
    }
}
