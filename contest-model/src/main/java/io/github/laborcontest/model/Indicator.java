// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.laborcontest.model.rule.ScoringRule;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a competition measures and scores, such as the inspection pass rate of the quality
 * dimension (质量：检查合格率). Its {@link #kind()} says how its points enter the total and its
 * {@link #rule()} how a raw value becomes points.
 *
 * <p>{@link #maxPoints()} means: for a {@linkplain IndicatorKind#SCORED scored} indicator, the
 * points at full marks; for a {@linkplain IndicatorKind#BONUS bonus} or {@linkplain
 * IndicatorKind#DEDUCTION deduction} indicator, its cap (a positive number: at most this many
 * points added or taken); for veto and recorded indicators, zero.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public interface Indicator {

    /** The stable code, unique within the set. */
    IndicatorCode code();

    /** The bilingual name. */
    @Valid
    LocalizedText name();

    /**
     * The unit of the raw value, for example {@code "%"}, {@code "次"} or {@code "分"}; empty for
     * yes/no indicators.
     */
    @Value.Default
    default String unit() {
        return "";
    }

    /** Whether more is better, worse, or best at a target. */
    @Value.Default
    default Direction direction() {
        return Direction.HIGHER_BETTER;
    }

    /** The type of the raw value. */
    ValueType valueType();

    /** How the indicator's points enter the total. */
    @Value.Default
    default IndicatorKind kind() {
        return IndicatorKind.SCORED;
    }

    /** Full points, or the cap of a bonus or deduction; zero for veto and recorded indicators. */
    @Value.Default
    default Points maxPoints() {
        return Points.ZERO;
    }

    /** How a raw value becomes points; absent only for {@link IndicatorKind#RECORDED}. */
    Optional<ScoringRule> rule();

    /**
     * The project stages this indicator applies to in a stage contest; empty means every
     * participant is scored on it.
     */
    List<ProjectStage> stages();

    /** An optional explanation for participants, for example how the rate is counted. */
    Optional<LocalizedText> description();

    /** Builds an {@link Indicator}. */
    class Builder extends ImmutableIndicator.Builder {}
}
