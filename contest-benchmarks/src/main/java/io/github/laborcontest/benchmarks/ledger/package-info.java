// SPDX-License-Identifier: Apache-2.0
/** JMH benchmarks of the ledger: appends, durable group commit, open + verify + fold, as-of queries. */
@NullMarked
package io.github.laborcontest.benchmarks.ledger;

import org.jspecify.annotations.NullMarked;
