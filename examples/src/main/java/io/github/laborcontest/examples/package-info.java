// SPDX-License-Identifier: Apache-2.0
/**
 * The end-to-end demo of a city campaign and its seeded data. Not deployed; it shows the public
 * API used from outside the library, the way a city system would.
 */
@NullMarked
package io.github.laborcontest.examples;

import org.jspecify.annotations.NullMarked;
