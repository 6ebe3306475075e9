// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * One-vote veto (一票否决): fires when the indicator's flag is {@code true} or its count is above
 * zero (a fatal accident, a serious quality accident, wage arrears that led to collective
 * petitions). It either disqualifies the participant from ranking and awards or caps its grade,
 * for the period or for the whole contest; the reason is published.
 *
 * @param effect what the veto does
 * @param gradeCap with {@link Effect#CAP_GRADE}, the best grade code still allowed, for example
 *     {@code "qualified"}
 * @param scope how long the veto lasts
 * @since 0.1.0
 */
public record Veto(Effect effect, Optional<String> gradeCap, Scope scope) implements ScoringRule {

    /** Refuses nulls; the grade cap is checked by validation. */
    public Veto {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(gradeCap, "gradeCap");
        Objects.requireNonNull(scope, "scope");
    }

    /** A veto that disqualifies for the period. */
    public static Veto disqualifyForPeriod() {
        return new Veto(Effect.DISQUALIFY, Optional.empty(), Scope.PERIOD);
    }

    /** What a fired veto does. */
    public enum Effect implements Coded {
        /** Out of ranking and awards (取消评先评优资格). */
        DISQUALIFY("disqualify", "取消资格", "disqualify"),
        /** Grade capped at {@link Veto#gradeCap()}. */
        CAP_GRADE("cap-grade", "限定等级", "cap the grade");

        private final String code;
        private final LocalizedText label;

        Effect(String code, String zh, String en) {
            this.code = code;
            this.label = LocalizedText.of(zh, en);
        }

        /**
         * The effect with this code.
         *
         * @param code the JSON code
         * @return the effect
         */
        @JsonCreator
        public static Effect fromCode(String code) {
            return Coded.fromCode(Effect.class, code);
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

    /** How long a fired veto lasts. */
    public enum Scope implements Coded {
        /** The period in which it fired. */
        PERIOD("period", "本期", "for the period"),
        /** The whole contest. */
        CONTEST("contest", "全程", "for the contest");

        private final String code;
        private final LocalizedText label;

        Scope(String code, String zh, String en) {
            this.code = code;
            this.label = LocalizedText.of(zh, en);
        }

        /**
         * The scope with this code.
         *
         * @param code the JSON code
         * @return the scope
         */
        @JsonCreator
        public static Scope fromCode(String code) {
            return Coded.fromCode(Scope.class, code);
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
