// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

/**
 * Something on a score card that organisers should look at before publishing.
 *
 * @since 0.1.0
 */
public enum CardFlag {
    /** At least one scored indicator had no measurement and got zero. */
    NOT_MEASURED,
    /** At least one judgement aspect must be re-marked. */
    REMARK_REQUIRED,
    /** At least one veto fired. */
    VETO_FIRED
}
