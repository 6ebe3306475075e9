// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

/**
 * The raw value already is the points on the indicator's scale (for example a theory test
 * marked out of the indicator's maximum); it is kept within [0, maxPoints].
 *
 * @since 0.1.0
 */
public record DirectPoints() implements ScoringRule {}
