// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A step table (分档计分). For a higher-is-better indicator the band with the greatest threshold
 * not above the value applies; for a lower-is-better one the band with the smallest threshold not
 * below the value. A value that no band reaches earns zero.
 *
 * @param bands the bands, at least one, thresholds distinct
 * @since 0.1.0
 */
public record ThresholdBands(List<Band> bands) implements ScoringRule {

    /** Copies the bands. */
    public ThresholdBands {
        bands = List.copyOf(bands);
    }

    /**
     * One step of a table.
     *
     * @param threshold the raw value the band starts at
     * @param points the points the band gives, between zero and the indicator's maximum
     */
    public record Band(BigDecimal threshold, BigDecimal points) {
        /** Refuses nulls. */
        public Band {
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(points, "points");
        }
    }
}
