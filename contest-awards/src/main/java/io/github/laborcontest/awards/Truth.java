// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;

/**
 * The outcome of one condition in three-valued logic: passed, failed, or unknown because a fact it
 * needs is missing. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum Truth implements Coded {
    /** 满足: the condition holds. */
    PASSED("passed", "满足", "passed"),
    /** 不满足: the condition does not hold. */
    FAILED("failed", "不满足", "failed"),
    /** 无法判定: a fact the condition needs is unknown. */
    UNKNOWN("unknown", "无法判定（事实不明）", "unknown (a fact is missing)");

    private final String code;
    private final LocalizedText label;

    Truth(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    /**
     * The truth of a known yes/no answer.
     *
     * @param value the answer
     * @return passed or failed
     */
    public static Truth of(boolean value) {
        return value ? PASSED : FAILED;
    }

    /**
     * Kleene conjunction: failed wins over unknown, unknown over passed.
     *
     * @param other the other operand
     * @return the conjunction
     */
    public Truth and(Truth other) {
        if (this == FAILED || other == FAILED) {
            return FAILED;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : PASSED;
    }

    /**
     * Kleene disjunction: passed wins over unknown, unknown over failed.
     *
     * @param other the other operand
     * @return the disjunction
     */
    public Truth or(Truth other) {
        if (this == PASSED || other == PASSED) {
            return PASSED;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FAILED;
    }

    /** The negation; unknown stays unknown. */
    public Truth not() {
        return this == PASSED ? FAILED : this == FAILED ? PASSED : UNKNOWN;
    }

    /**
     * The constant with this code.
     *
     * @param code the JSON code
     * @return the constant
     */
    @JsonCreator
    public static Truth fromCode(String code) {
        return Coded.fromCode(Truth.class, code);
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
