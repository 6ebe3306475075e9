// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A versioned table of dimensions and indicators that a competition is scored with, such as the
 * key-project set 六比一创 (100 points over six dimensions, a model-project bonus and vetoes).
 * It is valid only if the points add up as declared: {@code Σ dimension.weight ×
 * dimension.maxPoints = totalPoints}, and within each dimension the scored indicators' maximum
 * points add up to the dimension's.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorSet.class)
@JsonDeserialize(as = ImmutableIndicatorSet.class)
public interface IndicatorSet {

    /** The stable code, for example {@code "six-comparisons"}. */
    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9.-]*")
    String code();

    /** The version, for example {@code "2026.1"}. */
    @NotBlank
    String version();

    /** The bilingual name. */
    @Valid
    LocalizedText name();

    /** The kind of competition the set is made for. */
    CompetitionKind kind();

    /** The points of the whole table at full marks, typically 100 (百分制). */
    Points totalPoints();

    /** The dimensions, in published order; at least one. */
    @Valid
    List<Dimension> dimensions();

    /** The most all bonus items may add together (typically 10), if capped. */
    Optional<Points> bonusCap();

    /** The lowest total a participant can have; zero unless declared. */
    @Value.Default
    default Points totalFloor() {
        return Points.ZERO;
    }

    /** Scale and rounding of points; two decimals half-up unless declared. */
    @Value.Default
    default Precision precision() {
        return Precision.DEFAULT;
    }

    /** Where rounding is applied: per indicator (default) or only on the total. */
    @Value.Default
    default RoundingStep roundAt() {
        return RoundingStep.PER_INDICATOR;
    }

    /** An optional description for organisers. */
    Optional<LocalizedText> description();

    /** The reference by which competitions and the registry name this set. */
    @Value.Derived
    @com.fasterxml.jackson.annotation.JsonIgnore
    default IndicatorSetRef ref() {
        return IndicatorSetRef.of(code(), version());
    }

    /** Every indicator of every dimension, in published order. */
    default Stream<Indicator> indicators() {
        return dimensions().stream().flatMap(d -> d.indicators().stream());
    }

    /**
     * The indicator with this code.
     *
     * @param code the indicator's code
     * @return the indicator, if the set has it
     */
    default Optional<Indicator> indicator(IndicatorCode code) {
        return indicators().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Builds an {@link IndicatorSet}. */
    class Builder extends ImmutableIndicatorSet.Builder {}
}
