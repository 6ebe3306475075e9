// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of indicators scored together, such as one of the six comparisons of 六比一创 (质量,
 * 安全, 进度, 创新, 文明, 保障) or the theory and practical parts of a skill contest.
 *
 * <p>The maximum points of the scored indicators add up to {@link #maxPoints()}; the dimension
 * contributes {@code weight × points} to the total, so that a set's {@code Σ weight × maxPoints}
 * equals its total points (theory 100 × 0.3 + practical 100 × 0.7 = 100). Bonus and deduction
 * indicators of a dimension are capped by their own maximum and by {@link #deductionCap()}; the
 * dimension never goes below {@link #floor()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDimension.class)
@JsonDeserialize(as = ImmutableDimension.class)
public interface Dimension {

    /** The stable code, unique within the set. */
    DimensionCode code();

    /** The bilingual name. */
    @Valid
    LocalizedText name();

    /** The points of the dimension at full marks (zero for a bonus-only dimension). */
    Points maxPoints();

    /** The factor of the dimension's points in the total; 1 unless declared. */
    @Value.Default
    default BigDecimal weight() {
        return BigDecimal.ONE;
    }

    /** The indicators, in published order; at least one. */
    @Valid
    List<Indicator> indicators();

    /** The most the dimension's deductions may take away together, if capped. */
    Optional<Points> deductionCap();

    /** The lowest points the dimension can have; zero unless declared. */
    @Value.Default
    default Points floor() {
        return Points.ZERO;
    }

    /** Builds a {@link Dimension}. */
    class Builder extends ImmutableDimension.Builder {}
}
