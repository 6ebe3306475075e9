// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.model.SortOrder;
import java.util.Objects;

/**
 * One link of the chain that orders candidates tied at a quota boundary: a numeric fact (for
 * example {@code practical-score}) and which end goes first. A candidate whose fact is unknown
 * cannot be ordered: the tie then goes to a human decision.
 *
 * @param fact the numeric fact compared
 * @param order which end goes first
 * @since 0.1.0
 */
public record TieBreak(String fact, SortOrder order) {

    /** Checks the fields. */
    public TieBreak {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(order, "order");
        if (fact.isBlank()) {
            throw new IllegalArgumentException("fact must not be blank");
        }
    }

    /**
     * A tie-break link.
     *
     * @param fact the numeric fact
     * @param order which end first
     * @return the link
     */
    public static TieBreak of(String fact, SortOrder order) {
        return new TieBreak(fact, order);
    }
}
