// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of entrant a participant is. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum ParticipantKind implements Coded {
    /** 单位（参建单位、企业）: work unit. */
    UNIT("unit", "单位", "work unit"),
    /** 班组（班组、项目部）: team. */
    TEAM("team", "班组", "team"),
    /** 职工（职工个人）: individual worker. */
    INDIVIDUAL("individual", "职工", "individual worker"),
    /** 工程项目（重点工程项目）: project. */
    PROJECT("project", "工程项目", "project");

    private final String code;
    private final LocalizedText label;

    ParticipantKind(String code, String zh, String en) {
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
    public static ParticipantKind fromCode(String code) {
        return Coded.fromCode(ParticipantKind.class, code);
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
