// SPDX-License-Identifier: Apache-2.0
/**
 * The typed model of labour competitions (劳动竞赛): {@link
 * io.github.laborcontest.model.Competition} with its {@link
 * io.github.laborcontest.model.CompetitionPlan} (the seven required elements), organisers,
 * periods, participants and workflow phase; {@link io.github.laborcontest.model.IndicatorSet}
 * with dimensions and indicators; {@link io.github.laborcontest.model.Measurement}, the raw input
 * of scoring; and small exact values such as {@link io.github.laborcontest.model.Points}. All
 * types are immutable, null-hostile and equal by value; aggregates have builders ({@code new
 * Competition.Builder()}). Read and write them with {@code ContestJson}; validate them with
 * {@code ContestValidator}.
 */
@ContestStyle
@NullMarked
package io.github.laborcontest.model;

import io.github.laborcontest.model.style.ContestStyle;
import org.jspecify.annotations.NullMarked;
