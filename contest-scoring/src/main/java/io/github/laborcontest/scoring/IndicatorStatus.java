// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

/**
 * What happened to one indicator of one participant.
 *
 * @since 0.1.0
 */
public enum IndicatorStatus {
    /** Scored from its measurement. */
    SCORED,
    /** No measurement: a scored indicator gets zero, a bonus, deduction or veto counts as none. */
    NOT_MEASURED,
    /** The indicator applies to projects in other stages; not scored. */
    NOT_APPLICABLE,
    /** Judgement marks too far apart: flagged for re-marking, zero until then. */
    REMARK_REQUIRED,
    /** A veto indicator that fired. */
    VETO_FIRED,
    /** A veto indicator that did not fire. */
    VETO_CLEAR,
    /** A recorded indicator: kept for tie-breakers and awards, no points. */
    RECORDED
}
