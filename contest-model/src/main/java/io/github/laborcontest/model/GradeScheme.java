// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How totals become grades (等级). In {@link Mode#ABSOLUTE} mode each band has a minimum total
 * ({@code 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格} below); in {@link Mode#QUOTA} mode bands are
 * filled in rank order by quota (top 20% 优秀, at most N), and may also demand a minimum total.
 * Bands are listed best first; the last band takes everyone left. Ties at a quota boundary follow
 * {@link #boundaryTies()}.
 *
 * @param mode absolute bands or quotas
 * @param bands the bands, best first, at least one
 * @param boundaryTies what happens to participants tied at a quota boundary
 * @since 0.1.0
 */
public record GradeScheme(Mode mode, List<Band> bands, BoundaryTiePolicy boundaryTies) {

    /** The typical absolute bands: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below. */
    public static final GradeScheme TYPICAL = new GradeScheme(
            Mode.ABSOLUTE,
            List.of(
                    Band.atLeast("excellent", LocalizedText.of("优秀", "excellent"), 90),
                    Band.atLeast("good", LocalizedText.of("良好", "good"), 80),
                    Band.atLeast("qualified", LocalizedText.of("合格", "qualified"), 60),
                    new Band(
                            "unqualified",
                            LocalizedText.of("不合格", "unqualified"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty())),
            BoundaryTiePolicy.ALL_IN);

    /** Refuses nulls and copies the bands. */
    public GradeScheme {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(boundaryTies, "boundaryTies");
        bands = List.copyOf(bands);
    }

    /**
     * One grade.
     *
     * @param code the grade's code, for example {@code "excellent"}
     * @param label the grade's name, for example 优秀
     * @param minTotal the least total for this grade, if any
     * @param quotaPercent in quota mode, the share of ranked participants, in percent
     * @param maxCount in quota mode, the most participants, if capped
     */
    public record Band(
            String code,
            LocalizedText label,
            Optional<BigDecimal> minTotal,
            Optional<BigDecimal> quotaPercent,
            Optional<Integer> maxCount) {

        /** Refuses nulls. */
        public Band {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(minTotal, "minTotal");
            Objects.requireNonNull(quotaPercent, "quotaPercent");
            Objects.requireNonNull(maxCount, "maxCount");
        }

        /**
         * An absolute band.
         *
         * @param code the code
         * @param label the name
         * @param minTotal the least total
         * @return the band
         */
        public static Band atLeast(String code, LocalizedText label, long minTotal) {
            return new Band(code, label, Optional.of(BigDecimal.valueOf(minTotal)), Optional.empty(), Optional.empty());
        }
    }

    /** How bands are assigned. */
    public enum Mode implements Coded {
        /** By minimum totals. */
        ABSOLUTE("absolute", "按分数段", "by score bands"),
        /** By quotas in rank order. */
        QUOTA("quota", "按比例名额", "by quota");

        private final String code;
        private final LocalizedText label;

        Mode(String code, String zh, String en) {
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
        public static Mode fromCode(String code) {
            return Coded.fromCode(Mode.class, code);
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
