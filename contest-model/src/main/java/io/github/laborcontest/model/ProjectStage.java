// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The lifecycle stage of a project (工程项目). Projects compete within their stage: negotiating
 * projects on signing (在谈项目比签约), signed ones on starting (签约项目比开工), started ones on
 * completion (开工项目比完工), completed ones on benefits (完工项目比效益). Written in JSON as
 * its code.
 *
 * @since 0.1.0
 */
public enum ProjectStage implements Coded {
    /** 在谈: under negotiation; competes on signing. */
    NEGOTIATING("negotiating", "在谈", "negotiating", "比签约", "signing"),
    /** 签约: signed; competes on starting. */
    SIGNED("signed", "签约", "signed", "比开工", "starting"),
    /** 开工: started; competes on completion against plan. */
    STARTED("started", "开工", "started", "比完工", "completion"),
    /** 完工: completed; competes on benefits. */
    COMPLETED("completed", "完工", "completed", "比效益", "benefits"),
    /** 效益: in benefit (operating); competes on benefits. */
    IN_BENEFIT("in-benefit", "效益", "in benefit", "比效益", "benefits");

    private final String code;
    private final LocalizedText label;
    private final LocalizedText competesOn;

    ProjectStage(String code, String zh, String en, String onZh, String onEn) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
        this.competesOn = LocalizedText.of(onZh, onEn);
    }

    /**
     * The constant with this code.
     *
     * @param code the JSON code
     * @return the stage
     */
    @JsonCreator
    public static ProjectStage fromCode(String code) {
        return Coded.fromCode(ProjectStage.class, code);
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

    /** What projects in this stage compete on, for example 比开工 for signed projects. */
    public LocalizedText competesOn() {
        return competesOn;
    }

    /** The stage a project moves to next; empty for the last stage. */
    public Optional<ProjectStage> next() {
        int i = ordinal() + 1;
        return i < values().length ? Optional.of(values()[i]) : Optional.empty();
    }
}
