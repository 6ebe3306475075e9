// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;

/**
 * Whether a candidate meets an award's conditions. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum Eligibility implements Coded {
    /** 符合条件: every condition passed and no exclusion applies. */
    ELIGIBLE("eligible", "符合条件", "eligible"),
    /** 不符合条件: a condition failed or an exclusion applies. */
    INELIGIBLE("ineligible", "不符合条件", "ineligible"),
    /** 待定（事实不明）: the outcome depends on a fact that is unknown. */
    UNDETERMINED("undetermined", "待定（事实不明）", "undetermined (a fact is missing)"),
    /** 提交人工决定: the conditions are met but the award says a person must decide (e.g. a tie). */
    FLAGGED("flagged", "提交人工决定", "flagged for a human decision");

    private final String code;
    private final LocalizedText label;

    Eligibility(String code, String zh, String en) {
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
    public static Eligibility fromCode(String code) {
        return Coded.fromCode(Eligibility.class, code);
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
