// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.plugin;

import io.github.laborcontest.scoring.spi.JudgeAggregator;
import java.math.BigDecimal;
import java.util.List;

/** A third-party judge aggregator: the highest mark. */
public final class MaxMarkAggregator implements JudgeAggregator {
    @Override
    public String name() {
        return "acme.max";
    }

    @Override
    public BigDecimal aggregate(List<BigDecimal> sortedMarks) {
        return sortedMarks.get(sortedMarks.size() - 1);
    }
}
