// SPDX-License-Identifier: Apache-2.0
/**
 * The tamper-evident points ledger (竞赛积分台账): an append-only sequence of {@link
 * io.github.laborcontest.ledger.Entry entries} (measurements, points awarded and deducted,
 * vetoes, stage changes, inspection findings and reversals), chained by SHA-256 so that {@link
 * io.github.laborcontest.ledger.Ledger#verify()} finds the first altered, missing or reordered
 * entry, and folded into {@link io.github.laborcontest.ledger.Standings} per participant and
 * period. Open a ledger with {@link io.github.laborcontest.ledger.Ledgers}: in memory, on an
 * embedded file journal (the default) or on a JDBC database.
 */
@ContestStyle
@NullMarked
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.style.ContestStyle;
import org.jspecify.annotations.NullMarked;
