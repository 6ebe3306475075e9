// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One link of a tie-breaker chain (并列排序规则) that separates equal totals, for example
 * "higher practical score" ({@code dimension practical, higher-first}), "shorter practical time"
 * ({@code indicator practical.time, lower-first}), "fewer deductions" ({@code deductions,
 * lower-first}).
 *
 * @param by what is compared
 * @param ref the dimension code, indicator code or plugin name; empty for {@link By#DEDUCTIONS}
 * @param order which end ranks first
 * @since 0.1.0
 */
public record TieBreaker(By by, String ref, SortOrder order) {

    /** Refuses nulls. */
    public TieBreaker {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(order, "order");
    }

    /**
     * Compares a dimension's points.
     *
     * @param dimension the dimension
     * @param order which end first
     * @return the tie-breaker
     */
    public static TieBreaker dimension(DimensionCode dimension, SortOrder order) {
        return new TieBreaker(By.DIMENSION, dimension.value(), order);
    }

    /**
     * Compares an indicator's raw value (for example a completion time).
     *
     * @param indicator the indicator
     * @param order which end first
     * @return the tie-breaker
     */
    public static TieBreaker indicator(IndicatorCode indicator, SortOrder order) {
        return new TieBreaker(By.INDICATOR, indicator.value(), order);
    }

    /** Fewer deducted points first. */
    public static TieBreaker fewerDeductions() {
        return new TieBreaker(By.DEDUCTIONS, "", SortOrder.LOWER_FIRST);
    }

    /** What a tie-breaker compares. */
    public enum By implements Coded {
        /** A dimension's points. */
        DIMENSION("dimension", "维度得分", "dimension points"),
        /** An indicator's raw value (measurement). */
        INDICATOR("indicator", "指标原始值", "indicator raw value"),
        /** The total of deducted points. */
        DEDUCTIONS("deductions", "扣分合计", "total deductions"),
        /** A tie-breaker a scoring plugin registers under {@code ref}. */
        CUSTOM("custom", "插件规则", "plugin rule");

        private final String code;
        private final LocalizedText label;

        By(String code, String zh, String en) {
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
        public static By fromCode(String code) {
            return Coded.fromCode(By.class, code);
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
}
