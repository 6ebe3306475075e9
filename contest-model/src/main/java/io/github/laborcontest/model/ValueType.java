// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of an indicator's raw value. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum ValueType implements Coded {
    /** 数值（任意数值）: number. */
    NUMERIC("numeric", "数值", "number"),
    /** 百分比（百分比，0 到 100）: percentage. */
    PERCENTAGE("percentage", "百分比", "percentage"),
    /** 次数（非负整数）: count. */
    COUNT("count", "次数", "count"),
    /** 是否（是或否）: yes/no. */
    BOOLEAN("boolean", "是否", "yes/no"),
    /** 评委打分（评委组打分）: judged score. */
    JUDGED_SCORE("judged-score", "评委打分", "judged score"),
    /** 项目（获奖、成果等项目清单）: items. */
    ITEMS("items", "项目", "items"),
    /** 用时（用时（秒））: duration. */
    DURATION("duration", "用时", "duration");

    private final String code;
    private final LocalizedText label;

    ValueType(String code, String zh, String en) {
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
    public static ValueType fromCode(String code) {
        return Coded.fromCode(ValueType.class, code);
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
