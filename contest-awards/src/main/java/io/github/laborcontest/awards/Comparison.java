// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;

/**
 * How a quantity or date is compared with a threshold. Written in JSON as its code.
 *
 * @since 0.1.0
 */
public enum Comparison implements Coded {
    /** {@literal <}: less than. */
    LESS_THAN("lt", "<", "<"),
    /** ≤: at most. */
    AT_MOST("le", "≤", "≤"),
    /** =: equal. */
    EQUAL("eq", "=", "="),
    /** ≠: not equal. */
    NOT_EQUAL("ne", "≠", "≠"),
    /** ≥: at least. */
    AT_LEAST("ge", "≥", "≥"),
    /** {@literal >}: greater than. */
    GREATER_THAN("gt", ">", ">");

    private final String code;
    private final LocalizedText label;

    Comparison(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    /**
     * Whether a comparison result satisfies this operator.
     *
     * @param compareTo the sign of {@code value.compareTo(threshold)}
     * @return true when {@code value op threshold}
     */
    public boolean test(int compareTo) {
        return switch (this) {
            case LESS_THAN -> compareTo < 0;
            case AT_MOST -> compareTo <= 0;
            case EQUAL -> compareTo == 0;
            case NOT_EQUAL -> compareTo != 0;
            case AT_LEAST -> compareTo >= 0;
            case GREATER_THAN -> compareTo > 0;
        };
    }

    /** The mathematical symbol, for example ≥. */
    public String symbol() {
        return label.zh();
    }

    /**
     * The constant with this code.
     *
     * @param code the JSON code
     * @return the constant
     */
    @JsonCreator
    public static Comparison fromCode(String code) {
        return Coded.fromCode(Comparison.class, code);
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
