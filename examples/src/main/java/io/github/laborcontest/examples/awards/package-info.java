// SPDX-License-Identifier: Apache-2.0
/**
 * Award decisions from files: {@link io.github.laborcontest.examples.awards.AwardsCommand} reads a
 * competition, a candidates document and award definitions (or the registered ones), decides
 * every award and prints the publishable report (公示) as a text table or JSON.
 */
@NullMarked
package io.github.laborcontest.examples.awards;

import org.jspecify.annotations.NullMarked;
