// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which end of a tie-breaker's value ranks first. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum SortOrder implements Coded {
    /** 高者在前: higher first. */
    HIGHER_FIRST("higher-first", "高者在前", "higher first"),
    /** 低者在前: lower first. */
    LOWER_FIRST("lower-first", "低者在前", "lower first");

    private final String code;
    private final LocalizedText label;

    SortOrder(String code, String zh, String en) {
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
    public static SortOrder fromCode(String code) {
        return Coded.fromCode(SortOrder.class, code);
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
