// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One criterion of a decision problem.
 *
 * @param id its id, not blank, unique in the problem
 * @param type benefit or cost
 * @param weight its given weight (&gt;= 0), used when the weighting is {@link Weighting#GIVEN}
 * @since 0.1.0
 */
public record Criterion(String id, CriterionType type, OptionalDouble weight) {
    /** Checks the fields. */
    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(weight, "weight");
        if (id.isBlank()) {
            throw new IllegalArgumentException("criterion id must not be blank");
        }
        if (weight.isPresent() && !(weight.getAsDouble() >= 0 && Double.isFinite(weight.getAsDouble()))) {
            throw new IllegalArgumentException("weight of " + id + " must be finite and >= 0");
        }
    }

    /**
     * A criterion with a weight.
     *
     * @param id its id
     * @param type benefit or cost
     * @param weight its weight, &gt;= 0
     * @return the criterion
     */
    public static Criterion of(String id, CriterionType type, double weight) {
        return new Criterion(id, type, OptionalDouble.of(weight));
    }

    /**
     * A criterion without a weight (for objective weighting).
     *
     * @param id its id
     * @param type benefit or cost
     * @return the criterion
     */
    public static Criterion of(String id, CriterionType type) {
        return new Criterion(id, type, OptionalDouble.empty());
    }
}
