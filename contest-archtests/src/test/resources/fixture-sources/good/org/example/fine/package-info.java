// SPDX-License-Identifier: Apache-2.0
/**
 * A documented, null-marked package.
 */
@NullMarked
package org.example.fine;

import org.jspecify.annotations.NullMarked;
