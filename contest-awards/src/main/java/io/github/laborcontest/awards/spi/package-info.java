// SPDX-License-Identifier: Apache-2.0
/**
 * Plugin interfaces of contest-awards. Implement {@link
 * io.github.laborcontest.awards.spi.AwardRuleProvider} to contribute award definitions and {@link
 * io.github.laborcontest.awards.spi.CustomPredicate}s, and list the class in {@code
 * META-INF/services/io.github.laborcontest.awards.spi.AwardRuleProvider}; the built-in awards
 * are registered the same way.
 */
@NullMarked
package io.github.laborcontest.awards.spi;

import org.jspecify.annotations.NullMarked;
