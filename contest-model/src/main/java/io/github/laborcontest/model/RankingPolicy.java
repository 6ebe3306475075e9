// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import java.util.List;
import java.util.Objects;

/**
 * How a competition ranks its participants: the tie policy, the tie-breaker chain applied to
 * equal totals before the policy, and the groups that get rankings of their own besides the
 * overall one. A tie the chain cannot break is always reported as a tie.
 *
 * @param ties how remaining ties are numbered
 * @param tieBreakers the chain, applied in order
 * @param groupBy the attributes that also get per-group rankings
 * @since 0.1.0
 */
public record RankingPolicy(TiePolicy ties, List<TieBreaker> tieBreakers, List<GroupingKey> groupBy) {

    /** Standard competition ranking (1, 2, 2, 4), no tie-breakers, overall only. */
    public static final RankingPolicy DEFAULT = new RankingPolicy(TiePolicy.STANDARD, List.of(), List.of());

    /** Refuses nulls and copies the lists. */
    public RankingPolicy {
        Objects.requireNonNull(ties, "ties");
        tieBreakers = List.copyOf(tieBreakers);
        groupBy = List.copyOf(groupBy);
    }
}
