// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The geographic reach of a competition: city-wide contests matter for city honours such as the May Day Labour Medal. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum Scope implements Coded {
    /** 全市（全市范围）: city-wide. */
    CITY_WIDE("city-wide", "全市", "city-wide"),
    /** 区（市）（区（市）范围）: district. */
    DISTRICT("district", "区（市）", "district"),
    /** 单位（本单位或系统范围）: unit. */
    UNIT("unit", "单位", "unit");

    private final String code;
    private final LocalizedText label;

    Scope(String code, String zh, String en) {
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
    public static Scope fromCode(String code) {
        return Coded.fromCode(Scope.class, code);
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
