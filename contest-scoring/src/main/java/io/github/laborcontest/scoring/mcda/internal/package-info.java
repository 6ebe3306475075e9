// SPDX-License-Identifier: Apache-2.0
/**
 * Numeric kernels of multi-criteria evaluation, on plain column-major {@code double[]} arrays
 * (value of alternative {@code i} on criterion {@code j} at {@code j * rows + i}). No boxing, no
 * copies of the matrix unless a method says so. Not API: the types here may change without notice;
 * use {@code io.github.laborcontest.scoring.mcda}. This package depends on nothing of the API.
 */
@NullMarked
package io.github.laborcontest.scoring.mcda.internal;

import org.jspecify.annotations.NullMarked;
