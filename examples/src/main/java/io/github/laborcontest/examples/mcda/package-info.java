// SPDX-License-Identifier: Apache-2.0
/**
 * Multi-criteria evaluation on the command line, as plain classes that the picocli tool wires up:
 * {@link io.github.laborcontest.examples.mcda.McdaCommand} ({@code contest mcda FILE.json}) and
 * {@link io.github.laborcontest.examples.mcda.McdaBench} ({@code contest bench mcda}).
 */
@NullMarked
package io.github.laborcontest.examples.mcda;

import org.jspecify.annotations.NullMarked;
