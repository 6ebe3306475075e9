// SPDX-License-Identifier: Apache-2.0
/**
 * Implementation of the scorer; no compatibility guarantee. {@link
 * io.github.laborcontest.scoring.internal.DefaultScorer} checks the input, compiles each indicator
 * once into an evaluator, scores participants (in parallel for large fields), ranks and grades.
 */
@NullMarked
package io.github.laborcontest.scoring.internal;

import org.jspecify.annotations.NullMarked;
