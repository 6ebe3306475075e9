// SPDX-License-Identifier: Apache-2.0
/**
 * Implementation of contest-awards: condition evaluation, quota allocation, definition checks,
 * the built-in award provider and the report text. Not API: may change without notice.
 */
@NullMarked
package io.github.laborcontest.awards.internal;

import org.jspecify.annotations.NullMarked;
