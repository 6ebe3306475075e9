// SPDX-License-Identifier: Apache-2.0
/**
 * Plugin interfaces of the scorer, found with {@link java.util.ServiceLoader}: {@link
 * io.github.laborcontest.scoring.spi.ScoringRuleEvaluator} evaluates a plan's {@code CustomRule},
 * {@link io.github.laborcontest.scoring.spi.TieBreakerProvider} supplies a {@code custom}
 * tie-breaker and {@link io.github.laborcontest.scoring.spi.JudgeAggregator} a way of combining
 * judge marks. {@link io.github.laborcontest.scoring.spi.ScoringPlugins} folds them once into an
 * immutable registry; duplicate names are problems, never silent overrides.
 */
@NullMarked
package io.github.laborcontest.scoring.spi;

import org.jspecify.annotations.NullMarked;
