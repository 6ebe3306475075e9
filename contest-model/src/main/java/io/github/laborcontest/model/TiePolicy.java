// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How equal totals are ranked. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum TiePolicy implements Coded {
    /** 并列占位（1,2,2,4）: standard competition ranking (1, 2, 2, 4). */
    STANDARD("standard", "并列占位（1,2,2,4）", "standard competition ranking (1, 2, 2, 4)"),
    /** 并列不占位（1,2,2,3）: dense ranking (1, 2, 2, 3). */
    DENSE("dense", "并列不占位（1,2,2,3）", "dense ranking (1, 2, 2, 3)"),
    /** 按并列规则排出序号（1,2,3,4）；规则仍分不开的并列照实报告: ordinal ranking by the tie-breaker chain (1, 2, 3, 4); ties the chain cannot break are reported. */
    ORDINAL(
            "ordinal",
            "按并列规则排出序号（1,2,3,4）；规则仍分不开的并列照实报告",
            "ordinal ranking by the tie-breaker chain (1, 2, 3, 4); ties the chain cannot break are reported"),
    /** 并列取平均名次（1,2.5,2.5,4）: fractional ranking (1, 2.5, 2.5, 4). */
    FRACTIONAL("fractional", "并列取平均名次（1,2.5,2.5,4）", "fractional ranking (1, 2.5, 2.5, 4)");

    private final String code;
    private final LocalizedText label;

    TiePolicy(String code, String zh, String en) {
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
    public static TiePolicy fromCode(String code) {
        return Coded.fromCode(TiePolicy.class, code);
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
