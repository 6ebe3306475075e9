// SPDX-License-Identifier: Apache-2.0
/**
 * Explanations of scores: the sealed {@link io.github.laborcontest.scoring.explain.Step} values
 * that say how each number on a score card came about (codes and arguments, never rendered text),
 * and {@link io.github.laborcontest.scoring.explain.Explanations}, which renders a card as a table
 * in Chinese or English for people.
 */
@NullMarked
package io.github.laborcontest.scoring.explain;

import org.jspecify.annotations.NullMarked;
