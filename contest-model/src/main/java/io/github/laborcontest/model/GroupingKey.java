// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An attribute by which rankings are also published per group. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum GroupingKey implements Coded {
    /** 攻坚任务: campaign task. */
    CAMPAIGN_TASK("campaign-task", "攻坚任务", "campaign task"),
    /** 区市: district. */
    DISTRICT("district", "区市", "district"),
    /** 工种: trade. */
    TRADE("trade", "工种", "trade"),
    /** 项目阶段: project stage. */
    STAGE("stage", "项目阶段", "project stage"),
    /** 参赛类型: participant kind. */
    KIND("kind", "参赛类型", "participant kind");

    private final String code;
    private final LocalizedText label;

    GroupingKey(String code, String zh, String en) {
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
    public static GroupingKey fromCode(String code) {
        return Coded.fromCode(GroupingKey.class, code);
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
