// SPDX-License-Identifier: Apache-2.0
/**
 * Scoring rules as data: the sealed {@link io.github.laborcontest.model.rule.ScoringRule} and its
 * records, each naming a rule kind and its parameters. They are serialised with an explicit
 * {@code "type"} name. The algorithms that apply them live in {@code contest-scoring}.
 */
@NullMarked
package io.github.laborcontest.model.rule;

import org.jspecify.annotations.NullMarked;
