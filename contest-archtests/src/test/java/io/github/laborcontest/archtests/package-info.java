// SPDX-License-Identifier: Apache-2.0
/**
 * Architecture tests of the contest library: the module and package rules in {@link
 * io.github.laborcontest.archtests.ArchitectureRules}, applied to the four library modules and
 * shown failing on hand-made fixture packages below {@code archtests.fixture}.
 */
@NullMarked
package io.github.laborcontest.archtests;

import org.jspecify.annotations.NullMarked;
