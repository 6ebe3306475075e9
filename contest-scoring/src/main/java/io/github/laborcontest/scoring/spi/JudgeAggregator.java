// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.spi;

import java.math.BigDecimal;
import java.util.List;

/**
 * A way of combining a judge panel's marks, used by the built-in custom rule {@code
 * "judge-aggregate"} (parameters {@code aggregator}, {@code markScale}, {@code minJudges}): the
 * points are {@code maxPoints × aggregate / markScale}. Registered in {@code
 * META-INF/services/io.github.laborcontest.scoring.spi.JudgeAggregator}. Stateless,
 * deterministic and thread-safe.
 *
 * @since 0.1.0
 */
public interface JudgeAggregator {

    /** The name plans use; unique among plugins. */
    String name();

    /**
     * Combines marks.
     *
     * @param sortedMarks the marks in ascending order, at least one, each in [0, markScale]
     * @return the combined mark, within [0, markScale]
     */
    BigDecimal aggregate(List<BigDecimal> sortedMarks);
}
