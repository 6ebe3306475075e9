// SPDX-License-Identifier: Apache-2.0
/**
 * The shared Immutables style ({@link io.github.laborcontest.model.style.ContestStyle}) that
 * every contest value package applies; exported so that plugin authors can give their own value
 * types the same shape.
 */
@NullMarked
package io.github.laborcontest.model.style;

import org.jspecify.annotations.NullMarked;
