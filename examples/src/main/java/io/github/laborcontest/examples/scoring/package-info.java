// SPDX-License-Identifier: Apache-2.0
/**
 * Scoring from files: {@link io.github.laborcontest.examples.scoring.ScoreCommand} reads a
 * competition, an indicator set (or the registry's) and measurements, scores a period (or the
 * cumulative total) and prints the ranking with explanations as a table, CSV or JSON.
 */
@NullMarked
package io.github.laborcontest.examples.scoring;

import org.jspecify.annotations.NullMarked;
