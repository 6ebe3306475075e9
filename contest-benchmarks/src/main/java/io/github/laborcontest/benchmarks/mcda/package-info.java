// SPDX-License-Identifier: Apache-2.0
/** JMH benchmarks of multi-criteria evaluation (TOPSIS, entropy weights) on 1,000,000 × 10. */
@NullMarked
package io.github.laborcontest.benchmarks.mcda;

import org.jspecify.annotations.NullMarked;
