// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

/**
 * Whether a participant takes part in ranking and awards.
 *
 * @since 0.1.0
 */
public enum ScoreStatus {
    /** Scored and ranked. */
    RANKED,
    /** A veto disqualified it: listed with the reason, not ranked. */
    DISQUALIFIED
}
