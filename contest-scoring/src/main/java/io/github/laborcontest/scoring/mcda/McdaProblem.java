// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import io.github.laborcontest.model.problem.ProblemCode;

/**
 * The problem codes of multi-criteria evaluation. Generic JSON problems (malformed document,
 * wrong type, missing or unknown field, unknown code, bad number, duplicate id, bad size) use the
 * codes of {@link io.github.laborcontest.model.problem.ModelProblem}.
 *
 * @since 0.1.0
 */
public enum McdaProblem implements ProblemCode {
    /** A matrix row has the wrong number of values; args: values, criteria. */
    RAGGED_ROW("mcda.ragged-row"),
    /** The matrix has a different number of rows than alternatives; args: rows, alternatives. */
    ROW_COUNT("mcda.row-count"),
    /** A weight is negative; args: value. */
    NEGATIVE_WEIGHT("mcda.negative-weight"),
    /** Every given weight is zero. */
    WEIGHTS_ALL_ZERO("mcda.weights-all-zero"),
    /** Entropy weights need non-negative values; args: value. */
    ENTROPY_NEGATIVE("mcda.entropy-negative"),
    /** The weighted product needs values greater than zero; args: value. */
    WPM_NOT_POSITIVE("mcda.wpm-not-positive"),
    /** A parameter that the chosen method does not use; args: parameter, method. */
    NOT_APPLICABLE("mcda.not-applicable"),
    /** PROMETHEE thresholds must satisfy 0 &lt;= q &lt; p; args: q, p. */
    BAD_THRESHOLDS("mcda.bad-thresholds"),
    /** Too many alternatives for an O(m²) method; args: alternatives, limit. */
    TOO_MANY_ALTERNATIVES("mcda.too-many-alternatives"),
    /** More problems than are reported; args: reported, limit. */
    TOO_MANY_PROBLEMS("mcda.too-many-problems"),
    /** A pairwise-comparison matrix that is not square; args: rows, row length. */
    AHP_NOT_SQUARE("mcda.ahp.not-square"),
    /** A comparison outside Saaty's scale 1/9 … 9; args: value. */
    AHP_OUT_OF_SCALE("mcda.ahp.out-of-scale"),
    /** A diagonal entry other than 1; args: value. */
    AHP_DIAGONAL("mcda.ahp.diagonal"),
    /** {@code a_ji} is not {@code 1/a_ij}; args: a_ij, a_ji. */
    AHP_NOT_RECIPROCAL("mcda.ahp.not-reciprocal"),
    /** The matrix is larger than the random-index table; args: size, table, largest size. */
    AHP_TOO_LARGE("mcda.ahp.too-large"),
    /** The consistency ratio exceeds the threshold; args: CR, threshold. */
    AHP_INCONSISTENT("mcda.ahp.inconsistent");

    private final String code;

    McdaProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String bundleBaseName() {
        return "io.github.laborcontest.scoring.mcda.problems";
    }
}
