// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an organiser does in a competition. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum OrganiserRole implements Coded {
    /** 牵头（牵头组织）: lead organiser. */
    LEAD("lead", "牵头", "lead organiser"),
    /** 联合（联合组织（与牵头单位共同主办））: joint organiser. */
    JOINT("joint", "联合", "joint organiser"),
    /** 考评（参与考评，不主办）: evaluator. */
    EVALUATOR("evaluator", "考评", "evaluator");

    private final String code;
    private final LocalizedText label;

    OrganiserRole(String code, String zh, String en) {
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
    public static OrganiserRole fromCode(String code) {
        return Coded.fromCode(OrganiserRole.class, code);
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
