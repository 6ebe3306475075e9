// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether more of an indicator's raw value is better, worse, or best at a target. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum Direction implements Coded {
    /** 越高越好（正向指标）: higher is better. */
    HIGHER_BETTER("higher-better", "越高越好", "higher is better"),
    /** 越低越好（逆向指标）: lower is better. */
    LOWER_BETTER("lower-better", "越低越好", "lower is better"),
    /** 达标（以目标值为满分）: target. */
    TARGET("target", "达标", "target");

    private final String code;
    private final LocalizedText label;

    Direction(String code, String zh, String en) {
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
    public static Direction fromCode(String code) {
        return Coded.fromCode(Direction.class, code);
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
