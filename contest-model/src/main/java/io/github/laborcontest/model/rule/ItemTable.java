// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

import io.github.laborcontest.model.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Points for named items a participant achieved, such as the honours of the "one creation"
 * (创建精品工程): 鲁班奖 +10, 泰山杯 +5, a city award +3. With {@code highestOnly} only the best
 * item counts (the usual rule); otherwise the items add up. Either way the result is capped at
 * the indicator's maximum points.
 *
 * @param items the table, at least one item, codes distinct
 * @param highestOnly whether only the highest-scoring item counts
 * @since 0.1.0
 */
public record ItemTable(List<Item> items, boolean highestOnly) implements ScoringRule {

    /** Copies the items. */
    public ItemTable {
        items = List.copyOf(items);
    }

    /**
     * One row of the table.
     *
     * @param code the item code measurements name, for example {@code "luban"}
     * @param name the item's name
     * @param points the points it gives, greater than zero
     */
    public record Item(String code, LocalizedText name, BigDecimal points) {
        /** Refuses nulls. */
        public Item {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(points, "points");
        }
    }
}
