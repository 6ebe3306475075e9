// SPDX-License-Identifier: Apache-2.0
/**
 * Scoring and ranking: {@link io.github.laborcontest.scoring.Scorer} turns a competition, its
 * indicator set and measurements into {@link io.github.laborcontest.scoring.ScoreCard}s, a {@link
 * io.github.laborcontest.scoring.Ranking} (overall and per group) and grades, each number with the
 * {@linkplain io.github.laborcontest.scoring.explain.Step steps} that produced it. All results are
 * immutable values; the same input gives equal results and byte-identical JSON.
 */
@NullMarked
package io.github.laborcontest.scoring;

import org.jspecify.annotations.NullMarked;
