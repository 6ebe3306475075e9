// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.LocalizedText;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Marks of a judge panel (评委组), each on [0, markScale], aggregated into one mark and scaled to
 * the indicator's maximum: {@code maxPoints × aggregate / markScale}. The trimmed mean drops
 * {@code trimEachSide} marks at each end (去掉一个最高分和一个最低分 is 1), or, when {@code
 * trimProportion} is given, {@code floor(n × proportion)} at each end.
 *
 * @param aggregation how the marks are combined
 * @param trimEachSide marks dropped at each end for a trimmed mean, at least 0
 * @param trimProportion optional proportion dropped at each end instead, in [0, 0.5)
 * @param minJudges the fewest marks accepted, at least 1
 * @param markScale the maximum a judge may give, for example 100
 * @since 0.1.0
 */
public record JudgePanel(
        Aggregation aggregation,
        int trimEachSide,
        Optional<BigDecimal> trimProportion,
        int minJudges,
        BigDecimal markScale)
        implements ScoringRule {

    /** Refuses nulls; ranges are checked by validation. */
    public JudgePanel {
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(trimProportion, "trimProportion");
        Objects.requireNonNull(markScale, "markScale");
    }

    /**
     * The usual panel: drop the single highest and lowest mark of at least {@code minJudges} marks
     * on a 100-point scale.
     *
     * @param minJudges the fewest marks accepted, typically 3 to 7
     * @return the rule
     */
    public static JudgePanel dropHighestAndLowest(int minJudges) {
        return new JudgePanel(Aggregation.TRIMMED_MEAN, 1, Optional.empty(), minJudges, BigDecimal.valueOf(100));
    }

    /** How judge marks are combined. */
    public enum Aggregation implements Coded {
        /** Mean after dropping marks at both ends. */
        TRIMMED_MEAN("trimmed-mean", "去掉最高最低分后平均", "trimmed mean"),
        /** The median mark. */
        MEDIAN("median", "中位数", "median"),
        /** The plain mean. */
        MEAN("mean", "平均", "mean");

        private final String code;
        private final LocalizedText label;

        Aggregation(String code, String zh, String en) {
            this.code = code;
            this.label = LocalizedText.of(zh, en);
        }

        /**
         * The aggregation with this code.
         *
         * @param code the JSON code
         * @return the aggregation
         */
        @JsonCreator
        public static Aggregation fromCode(String code) {
            return Coded.fromCode(Aggregation.class, code);
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
