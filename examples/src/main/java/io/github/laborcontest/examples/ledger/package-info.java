// SPDX-License-Identifier: Apache-2.0
/**
 * The ledger operations of the {@code contest} command-line tool as plain static methods taking
 * paths and streams and returning an exit code: generate, append, verify, export and standings.
 */
@NullMarked
package io.github.laborcontest.examples.ledger;

import org.jspecify.annotations.NullMarked;
