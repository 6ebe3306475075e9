// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an indicator's points enter the total. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum IndicatorKind implements Coded {
    /** 计分（计入维度得分）: scored. */
    SCORED("scored", "计分", "scored"),
    /** 加分（加分项，受封顶限制）: bonus. */
    BONUS("bonus", "加分", "bonus"),
    /** 扣分（扣分项，受封顶限制）: deduction. */
    DEDUCTION("deduction", "扣分", "deduction"),
    /** 一票否决（一票否决项）: veto. */
    VETO("veto", "一票否决", "veto"),
    /** 记录（只记录，不计分（用于并列排序、评奖条件））: recorded. */
    RECORDED("recorded", "记录", "recorded");

    private final String code;
    private final LocalizedText label;

    IndicatorKind(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    /**
     * The constant with this code.
     *
     * @param code the JSON code
     * @return the constant
     * @throws IllegalArgumentException naming the allowed codes
     */
    @JsonCreator
    public static IndicatorKind fromCode(String code) {
        return Coded.fromCode(IndicatorKind.class, code);
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
