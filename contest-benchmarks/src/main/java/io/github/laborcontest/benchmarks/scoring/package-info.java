// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks of scoring and ranking: bulk ranking of 1,000,000 participants × 12 indicators
 * without explanations, and explained score cards for 100,000 participants.
 */
@NullMarked
package io.github.laborcontest.benchmarks.scoring;

import org.jspecify.annotations.NullMarked;
