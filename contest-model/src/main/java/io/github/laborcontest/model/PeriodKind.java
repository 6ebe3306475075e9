// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The cadence of an evaluation period. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum PeriodKind implements Coded {
    /** 月度（月度督导检查）: monthly. */
    MONTHLY("monthly", "月度", "monthly"),
    /** 季度（季度考评）: quarterly. */
    QUARTERLY("quarterly", "季度", "quarterly"),
    /** 总评（终期（总）考评）: final. */
    FINAL("final", "总评", "final"),
    /** 赛事（一次性赛事（如技能比武决赛））: event. */
    EVENT("event", "赛事", "event");

    private final String code;
    private final LocalizedText label;

    PeriodKind(String code, String zh, String en) {
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
    public static PeriodKind fromCode(String code) {
        return Coded.fromCode(PeriodKind.class, code);
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
