// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What happens to participants tied exactly at a quota boundary. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum BoundaryTiePolicy implements Coded {
    /** 并列者全部入围（可超额）: all tied participants are in (the quota may be exceeded). */
    ALL_IN("all-in", "并列者全部入围（可超额）", "all tied participants are in (the quota may be exceeded)"),
    /** 并列者全部不入围: all tied participants are out. */
    ALL_OUT("all-out", "并列者全部不入围", "all tied participants are out"),
    /** 提交人工决定: flagged for a human decision. */
    FLAG("flag", "提交人工决定", "flagged for a human decision");

    private final String code;
    private final LocalizedText label;

    BoundaryTiePolicy(String code, String zh, String en) {
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
    public static BoundaryTiePolicy fromCode(String code) {
        return Coded.fromCode(BoundaryTiePolicy.class, code);
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
