// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;

/**
 * What the quota step made of a candidate. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum Selection implements Coded {
    /** 入选: selected. */
    SELECTED("selected", "入选", "selected"),
    /** 符合条件但超出名额: eligible but outside the quota. */
    OUTSIDE_QUOTA("outside-quota", "符合条件但超出名额", "eligible but outside the quota"),
    /** 不符合条件: not eligible. */
    NOT_ELIGIBLE("not-eligible", "不符合条件", "not eligible"),
    /** 待定（事实不明）: undetermined (a fact is missing). */
    UNDETERMINED("undetermined", "待定（事实不明）", "undetermined (a fact is missing)"),
    /** 提交人工决定: flagged for a human decision. */
    FLAGGED("flagged", "提交人工决定", "flagged for a human decision");

    private final String code;
    private final LocalizedText label;

    Selection(String code, String zh, String en) {
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
    public static Selection fromCode(String code) {
        return Coded.fromCode(Selection.class, code);
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
