// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;

/**
 * What happens to candidates tied exactly at a quota boundary (名额边界并列). Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum BoundaryTies implements Coded {
    /** 并列者全部入选（可超额）: all tied candidates are in (the quota may be exceeded). */
    ALL_IN("all-in", "并列者全部入选（可超额）", "all tied candidates are in (the quota may be exceeded)"),
    /** 并列者全部不入选: all tied candidates are out. */
    ALL_OUT("all-out", "并列者全部不入选", "all tied candidates are out"),
    /** 按声明的并列规则排序，仍不能区分者提交人工决定: ordered by the declared tie-breakers; a tie they cannot break goes to a human decision. */
    TIE_BREAKER(
            "tie-breaker",
            "按声明的并列规则排序，仍不能区分者提交人工决定",
            "ordered by the declared tie-breakers; a tie they cannot break goes to a human decision"),
    /** 提交人工决定: flagged for a human decision. */
    FLAG("flag", "提交人工决定", "flagged for a human decision");

    private final String code;
    private final LocalizedText label;

    BoundaryTies(String code, String zh, String en) {
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
    public static BoundaryTies fromCode(String code) {
        return Coded.fromCode(BoundaryTies.class, code);
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
