// SPDX-License-Identifier: Apache-2.0
/**
 * Errors as values. A {@link io.github.laborcontest.model.problem.Problem} says what is wrong with
 * outside input (a {@link io.github.laborcontest.model.problem.ProblemCode}), where (JSON path,
 * participant, line) and renders itself in Chinese (the default) and English. Parsing and
 * validation return every problem at once, inside a Vavr {@code Validation}.
 */
@NullMarked
package io.github.laborcontest.model.problem;

import org.jspecify.annotations.NullMarked;
