// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.scoring.mcda.internal.Normalize;
import java.util.List;

/**
 * Column normalisations, each direction-aware, without any division by zero. Degenerate columns
 * follow one rule each, stated on the constant.
 *
 * @since 0.1.0
 */
public enum Normalization {
    /**
     * Benefit {@code (x − min)/(max − min)}, cost {@code (max − x)/(max − min)}; a constant column
     * becomes all ones.
     */
    MIN_MAX("minmax", Normalize.MIN_MAX),
    /**
     * Benefit {@code x/‖x‖}, cost {@code 1 − x/‖x‖} (Euclidean norm); an all-zero column becomes all
     * ones.
     */
    VECTOR("vector", Normalize.VECTOR),
    /** Benefit {@code x/Σ|x|}, cost {@code 1 − x/Σ|x|}; an all-zero column becomes all ones. */
    SUM("sum", Normalize.SUM),
    /** Benefit {@code x/max|x|}, cost {@code 1 − x/max|x|}; an all-zero column becomes all ones. */
    MAX("max", Normalize.MAX),
    /**
     * Benefit {@code (x − mean)/s}, cost {@code −(x − mean)/s}, with the sample standard deviation
     * {@code s} (ddof = 1); a column with {@code s = 0} (constant, or a single alternative) becomes
     * all zeros.
     */
    Z_SCORE("zscore", Normalize.Z_SCORE);

    private final String code;
    final int kind;

    Normalization(String code, int kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The JSON code, for example {@code "minmax"}. */
    public String code() {
        return code;
    }

    /**
     * The normalisation named by the model's rule.
     *
     * @param method the model's normalisation method
     * @return the same normalisation here
     */
    public static Normalization from(Normalisation.Method method) {
        return switch (method) {
            case MIN_MAX -> MIN_MAX;
            case MAX -> MAX;
            case SUM -> SUM;
            case VECTOR -> VECTOR;
            case Z_SCORE -> Z_SCORE;
        };
    }

    /**
     * Normalises every column of a matrix (one new matrix).
     *
     * @param matrix the raw values
     * @param types one type per criterion
     * @return the normalised matrix
     */
    public DecisionMatrix apply(DecisionMatrix matrix, List<CriterionType> types) {
        boolean[] cost = Mcda.costFlags(matrix, types);
        double[] params = Normalize.params(matrix.data(), matrix.rows(), matrix.columns(), cost, kind);
        return DecisionMatrix.wrap(
                matrix.rows(),
                matrix.columns(),
                Normalize.apply(matrix.data(), matrix.rows(), matrix.columns(), params));
    }
}
