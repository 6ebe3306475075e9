// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.mcda;

import io.github.laborcontest.model.Direction;

/**
 * Whether more of a criterion is better (benefit, 效益型) or worse (cost, 成本型).
 *
 * @since 0.1.0
 */
public enum CriterionType {
    /** Higher is better. */
    BENEFIT("benefit"),
    /** Lower is better. */
    COST("cost");

    private final String code;

    CriterionType(String code) {
        this.code = code;
    }

    /** The JSON code: {@code "benefit"} or {@code "cost"}. */
    public String code() {
        return code;
    }

    /**
     * The type of an indicator direction of the model.
     *
     * @param direction {@link Direction#HIGHER_BETTER} or {@link Direction#LOWER_BETTER}
     * @return the type
     * @throws IllegalArgumentException for {@link Direction#TARGET}, which has no MCDA meaning
     */
    public static CriterionType of(Direction direction) {
        return switch (direction) {
            case HIGHER_BETTER -> BENEFIT;
            case LOWER_BETTER -> COST;
            case TARGET ->
                throw new IllegalArgumentException(
                        "direction target has no multi-criteria type; transform the values to distances first");
        };
    }
}
