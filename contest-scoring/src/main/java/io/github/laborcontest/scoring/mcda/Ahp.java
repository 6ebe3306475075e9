// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.scoring.mcda.internal.AhpKernels;
import io.github.laborcontest.scoring.mcda.internal.Sink;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;

/**
 * Subjective weights by the analytic hierarchy process (层次分析法) from a pairwise-comparison
 * matrix on Saaty's 1–9 scale: {@code a[i][j]} says how much more important criterion {@code i} is
 * than {@code j}; the matrix must be reciprocal ({@code a[j][i] = 1/a[i][j]}, checked to 1%, so
 * that 0.333 stands for 1/3) with ones on the diagonal.
 *
 * <p>A consistency ratio above the threshold (0.1 by default) is refused with {@link
 * McdaProblem#AHP_INCONSISTENT} unless the caller passes {@code acceptInconsistent = true}; the
 * result then says so.
 *
 * @since 0.1.0
 */
public final class Ahp {
    /** The usual limit of the consistency ratio: 0.1. */
    public static final double CR_THRESHOLD = 0.1;

    private Ahp() {}

    /**
     * Eigenvector priorities, Saaty's 1980 table, inconsistent matrices refused.
     *
     * @param comparisons the pairwise-comparison matrix, row-major
     * @return the result, or the problems with JSON paths such as {@code $[0][2]}
     */
    public static Validation<Seq<Problem>, AhpResult> weights(double[][] comparisons) {
        return weights(comparisons, AhpMethod.EIGENVECTOR, RandomIndex.SAATY_1980, false);
    }

    /**
     * Priorities by the chosen method.
     *
     * @param comparisons the pairwise-comparison matrix, row-major
     * @param method how to derive the priorities
     * @param table the random-index table
     * @param acceptInconsistent true to accept a consistency ratio above {@link #CR_THRESHOLD}
     * @return the result, or the problems with JSON paths such as {@code $[0][2]}
     */
    public static Validation<Seq<Problem>, AhpResult> weights(
            double[][] comparisons, AhpMethod method, RandomIndex table, boolean acceptInconsistent) {
        Vector<Problem> problems = check(comparisons, table);
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        int n = comparisons.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = comparisons[i].clone();
        }
        double[] w = switch (method) {
            case EIGENVECTOR -> AhpKernels.eigenvector(a);
            case GEOMETRIC_MEAN -> AhpKernels.geometricMean(a);
            case COLUMN_MEAN -> AhpKernels.columnMean(a);
        };
        double lambda = AhpKernels.lambdaMax(a, w);
        double ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
        double cr = n <= 2 ? 0 : ci / table.of(n);
        boolean inconsistent = cr > CR_THRESHOLD;
        if (inconsistent && !acceptInconsistent) {
            return Validation.invalid(Vector.of(Problem.at(McdaProblem.AHP_INCONSISTENT, "$", cr, CR_THRESHOLD)));
        }
        Sink sink = new Sink();
        double[] flat = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                flat[j * n + i] = a[i][j];
            }
        }
        sink.put("comparisons", n, n, flat);
        sink.row("weights", w.clone());
        sink.row("lambdaMax", new double[] {lambda});
        sink.row("consistencyIndex", new double[] {ci});
        sink.row("consistencyRatio", new double[] {cr});
        Weights weights = Weights.derived(w, method.code(), Explanation.of(sink));
        return Validation.valid(new AhpResult(weights, lambda, ci, cr, table, method, inconsistent));
    }

    private static Vector<Problem> check(double[][] a, RandomIndex table) {
        Vector<Problem> problems = Vector.empty();
        int n = a.length;
        if (n == 0) {
            return problems.append(Problem.at(ModelProblem.BAD_SIZE, "$", 0, 1, table.maxOrder()));
        }
        if (n > table.maxOrder()) {
            problems = problems.append(Problem.at(McdaProblem.AHP_TOO_LARGE, "$", n, table.code(), table.maxOrder()));
        }
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                problems = problems.append(Problem.at(McdaProblem.AHP_NOT_SQUARE, "$[" + i + "]", n, a[i].length));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                String path = "$[" + i + "][" + j + "]";
                if (!Double.isFinite(v)) {
                    problems = problems.append(Problem.at(ModelProblem.BAD_NUMBER, path, v));
                } else if (i == j && v != 1) {
                    problems = problems.append(Problem.at(McdaProblem.AHP_DIAGONAL, path, v));
                } else if (!(v >= 0.11 && v <= 9)) {
                    problems = problems.append(Problem.at(McdaProblem.AHP_OUT_OF_SCALE, path, v));
                } else if (j > i && Double.isFinite(a[j][i]) && !(Math.abs(v * a[j][i] - 1) <= 0.01)) {
                    problems = problems.append(Problem.at(McdaProblem.AHP_NOT_RECIPROCAL, path, v, a[j][i]));
                }
            }
        }
        return problems;
    }
}
