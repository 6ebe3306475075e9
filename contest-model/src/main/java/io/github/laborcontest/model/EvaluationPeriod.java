// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One evaluation period of a competition (a month of inspection, a quarter of assessment, the
 * final assessment), with its weight in the cumulative total (积分). The weights of a
 * competition's periods add up to 1 when a cumulative total is computed; for the typical rule
 * "average of quarterly scores × 70% + final × 30%" four quarters weigh 0.175 each and the final
 * 0.3.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluationPeriod.class)
@JsonDeserialize(as = ImmutableEvaluationPeriod.class)
public interface EvaluationPeriod {

    /** The period's id, for example {@code "2026-Q1"}. */
    PeriodId id();

    /** Monthly, quarterly, final or a one-off event. */
    PeriodKind kind();

    /** The days the period covers, within the competition's dates. */
    DateRange dates();

    /** The period's weight in the cumulative total; zero for periods that do not count. */
    @Value.Default
    default BigDecimal weight() {
        return BigDecimal.ZERO;
    }

    /** Builds an {@link EvaluationPeriod}. */
    class Builder extends ImmutableEvaluationPeriod.Builder {}
}
