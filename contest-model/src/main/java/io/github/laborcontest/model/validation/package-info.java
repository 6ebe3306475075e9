// SPDX-License-Identifier: Apache-2.0
/**
 * Validation of contest values ({@link
 * io.github.laborcontest.model.validation.ContestValidator}): Bean Validation constraints and the
 * domain's cross-field rules, all problems at once.
 */
@NullMarked
package io.github.laborcontest.model.validation;

import org.jspecify.annotations.NullMarked;
