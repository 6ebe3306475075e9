// SPDX-License-Identifier: Apache-2.0
/**
 * The storage SPI of the ledger: a {@link io.github.laborcontest.ledger.spi.LedgerStore} keeps
 * hashed, encoded records in chain order; the ledger does the checking, hashing and folding.
 * Implement it to put a ledger on another store and open it with {@code Ledgers.open(store,
 * options)}.
 */
@NullMarked
package io.github.laborcontest.ledger.spi;

import org.jspecify.annotations.NullMarked;
