// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;

/**
 * What a percentage quota is a percentage of. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum QuotaBase implements Coded {
    /** 参赛总数: all entrants of the event. */
    ENTRANTS("entrants", "参赛总数", "all entrants of the event"),
    /** 符合条件者人数: the eligible candidates. */
    ELIGIBLE("eligible", "符合条件者人数", "the eligible candidates");

    private final String code;
    private final LocalizedText label;

    QuotaBase(String code, String zh, String en) {
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
    public static QuotaBase fromCode(String code) {
        return Coded.fromCode(QuotaBase.class, code);
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
