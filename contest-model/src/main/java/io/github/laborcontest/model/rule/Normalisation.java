// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;
import java.util.Objects;

/**
 * Points relative to the other participants of the same period: the raw values of all
 * participants are normalised to [0, 1] by {@link #method()} (direction-aware) and multiplied by
 * the indicator's maximum points. Degenerate cases (all values equal, all zero) are defined by the
 * scorer and documented there.
 *
 * @param method the normalisation
 * @since 0.1.0
 */
public record Normalisation(Method method) implements ScoringRule {

    /** Refuses null. */
    public Normalisation {
        Objects.requireNonNull(method, "method");
    }

    /** The normalisation methods. */
    public enum Method implements Coded {
        /** (x − min) / (max − min). */
        MIN_MAX("min-max", "极差标准化", "min-max"),
        /** x / max. */
        MAX("max", "最大值标准化", "divide by maximum"),
        /** x / Σx. */
        SUM("sum", "总和标准化", "divide by sum"),
        /** x / ‖x‖. */
        VECTOR("vector", "向量标准化", "vector"),
        /** (x − mean) / standard deviation, mapped to [0, 1]. */
        Z_SCORE("z-score", "Z 分数标准化", "z-score");

        private final String code;
        private final LocalizedText label;

        Method(String code, String zh, String en) {
            this.code = code;
            this.label = LocalizedText.of(zh, en);
        }

        /**
         * The method with this code.
         *
         * @param code the JSON code
         * @return the method
         */
        @JsonCreator
        public static Method fromCode(String code) {
            return Coded.fromCode(Method.class, code);
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
