// SPDX-License-Identifier: Apache-2.0
/** Implementation of the ledger: codec, fold, stores. Not API; may change without notice. */
@ContestStyle
@NullMarked
package io.github.laborcontest.ledger.internal;

import io.github.laborcontest.model.style.ContestStyle;
import org.jspecify.annotations.NullMarked;
