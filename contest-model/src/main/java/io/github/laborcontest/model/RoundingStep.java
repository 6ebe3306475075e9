// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a set's {@link Precision} is applied. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum RoundingStep implements Coded {
    /** Each indicator's points are rounded, and sums of rounded points are exact. */
    PER_INDICATOR("per-indicator", "逐项四舍五入", "per indicator"),
    /** Only the total is rounded; indicator and dimension points stay exact. */
    TOTAL_ONLY("total-only", "仅总分四舍五入", "on the total only");

    private final String code;
    private final LocalizedText label;

    RoundingStep(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    /**
     * The constant with this code.
     *
     * @param code the JSON code
     * @return the constant
     */
    @JsonCreator
    public static RoundingStep fromCode(String code) {
        return Coded.fromCode(RoundingStep.class, code);
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
