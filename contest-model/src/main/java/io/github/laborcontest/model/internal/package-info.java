// SPDX-License-Identifier: Apache-2.0
/**
 * Implementation of contest-model: mappers, reading with problem mapping, Bean Validation set-up,
 * cross-field checks and the built-in indicator sets. Not API: may change in any release.
 */
@NullMarked
package io.github.laborcontest.model.internal;

import org.jspecify.annotations.NullMarked;
