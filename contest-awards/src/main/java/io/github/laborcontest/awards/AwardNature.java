// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;

/**
 * What a decision confers: an award or title the organiser gives, or only a recommendation that the candidate's unit may file with another body. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum AwardNature implements Coded {
    /** 奖项: award. */
    AWARD("award", "奖项", "award"),
    /** 荣誉称号: title. */
    TITLE("title", "荣誉称号", "title"),
    /** 推荐资格（由所在单位按程序推荐，非授予）: recommendation (the unit may file it by the prescribed procedure; not an award). */
    RECOMMENDATION(
            "recommendation",
            "推荐资格（由所在单位按程序推荐，非授予）",
            "recommendation (the unit may file it by the prescribed procedure; not an award)");

    private final String code;
    private final LocalizedText label;

    AwardNature(String code, String zh, String en) {
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
    public static AwardNature fromCode(String code) {
        return Coded.fromCode(AwardNature.class, code);
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
