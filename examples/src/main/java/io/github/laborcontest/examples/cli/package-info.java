// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code contest} command-line tool (picocli), for integrators who do not write Java:
 * validate plans, list indicator sets, score, rank, run the ledger and publish results. Built as
 * one runnable jar, {@code examples/target/contest.jar}; the entry point is {@link
 * io.github.laborcontest.examples.cli.ContestCli}. Exit codes: 0 success, 1 validation failure
 * (every problem listed), 2 bad usage, 3 internal error.
 */
@NullMarked
package io.github.laborcontest.examples.cli;

import org.jspecify.annotations.NullMarked;
