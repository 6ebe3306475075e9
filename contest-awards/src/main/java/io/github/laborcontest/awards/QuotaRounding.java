// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;

/**
 * How a percentage of entrants becomes a whole number of places. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum QuotaRounding implements Coded {
    /** 向下取整: rounded down. */
    DOWN("down", "向下取整", "rounded down"),
    /** 向上取整: rounded up. */
    UP("up", "向上取整", "rounded up"),
    /** 四舍五入: rounded half up. */
    HALF_UP("half-up", "四舍五入", "rounded half up");

    private final String code;
    private final LocalizedText label;

    QuotaRounding(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    /**
     * Rounds an exact number of places.
     *
     * @param exact the exact number, for example 31 × 10% = 3.1
     * @return the whole number, for example 3 when rounding down
     */
    public int apply(java.math.BigDecimal exact) {
        java.math.RoundingMode mode = switch (this) {
            case DOWN -> java.math.RoundingMode.FLOOR;
            case UP -> java.math.RoundingMode.CEILING;
            case HALF_UP -> java.math.RoundingMode.HALF_UP;
        };
        return exact.setScale(0, mode).intValueExact();
    }

    /**
     * The constant with this code.
     *
     * @param code the JSON code
     * @return the constant
     */
    @JsonCreator
    public static QuotaRounding fromCode(String code) {
        return Coded.fromCode(QuotaRounding.class, code);
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
