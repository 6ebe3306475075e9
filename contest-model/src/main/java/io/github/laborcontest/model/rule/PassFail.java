// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

/**
 * A yes/no indicator: full points when the flag is {@code true} for a higher-is-better indicator
 * (or {@code false} for a lower-is-better one), zero otherwise.
 *
 * @since 0.1.0
 */
public record PassFail() implements ScoringRule {}
