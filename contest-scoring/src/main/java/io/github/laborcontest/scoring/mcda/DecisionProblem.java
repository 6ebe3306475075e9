// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A complete decision problem, as in the ranking JSON contract: alternatives, criteria, the matrix
 * (one row per alternative), the weighting and the method. Read one with {@link McdaJson#parse}
 * and solve it with {@link McdaJson#solve(DecisionProblem)}.
 *
 * @param alternatives the alternatives' ids, unique, at least one
 * @param criteria the criteria, ids unique, one per column
 * @param matrix the values
 * @param weighting where the weights come from
 * @param method the ranking method
 * @since 0.1.0
 */
public record DecisionProblem(
        List<String> alternatives,
        List<Criterion> criteria,
        DecisionMatrix matrix,
        Weighting weighting,
        McdaMethod method) {

    /** Checks that the parts fit together. */
    public DecisionProblem {
        alternatives = List.copyOf(alternatives);
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(method, "method");
        if (matrix.rows() != alternatives.size() || matrix.columns() != criteria.size()) {
            throw new IllegalArgumentException("matrix is "
                    + matrix.rows()
                    + " × "
                    + matrix.columns()
                    + " but there are "
                    + alternatives.size()
                    + " alternatives and "
                    + criteria.size()
                    + " criteria");
        }
        if (new HashSet<>(alternatives).size() != alternatives.size()) {
            throw new IllegalArgumentException("alternative ids must be unique");
        }
        if (criteria.stream().map(Criterion::id).distinct().count() != criteria.size()) {
            throw new IllegalArgumentException("criterion ids must be unique");
        }
    }

    /** The criterion types, in column order. */
    public List<CriterionType> types() {
        return criteria.stream().map(Criterion::type).toList();
    }

    /** The weights by the problem's weighting. */
    public Weights weights() {
        return weighting.weights(matrix, criteria);
    }
}
