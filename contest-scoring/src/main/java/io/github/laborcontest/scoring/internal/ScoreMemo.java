// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.scoring.IndicatorScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Indicator scores shared between participants within one scoring of one period: the score of an
 * indicator whose rule looks only at a measurement's number or yes/no (not at the participant,
 * marks, items or a plugin) is a function of that number or flag, so equal measurements get the
 * same immutable {@link IndicatorScore} instance, steps included, instead of an equal copy each.
 * With 100,000 participants and percentages of two decimals most cells repeat; this saves
 * building, and keeping, over a million explained scores.
 *
 * <p>Keys are the measurement's {@link BigDecimal} (compared with {@link BigDecimal#equals}, so
 * {@code 95.0} and {@code 95.00}, which are explained differently, never share) or its {@link
 * Boolean}. Measurements with evidence, marks or items, or with both a number and a flag, are
 * never shared. Each indicator keeps at most {@value #LIMIT} entries; beyond that, scores are
 * built as before. Thread-safe: two threads may build the same score at once, and both results
 * are equal.
 */
final class ScoreMemo {
    /** Most entries kept per indicator. */
    static final int LIMIT = 16_384;

    private final List<@Nullable ConcurrentHashMap<Object, IndicatorScore>> byIndicator;

    /**
     * An empty memo for a compiled set.
     *
     * @param evaluators the set's evaluators, in card order
     */
    ScoreMemo(List<IndicatorEvaluator> evaluators) {
        byIndicator = new ArrayList<>(evaluators.size());
        for (IndicatorEvaluator e : evaluators) {
            byIndicator.add(e.isShareable() ? new ConcurrentHashMap<>() : null);
        }
    }

    /**
     * The shared score of an applicable indicator's measurement, built on first use.
     *
     * @param index the indicator's position in card order
     * @param e its evaluator
     * @param m the measurement, applicable to the participant
     * @param stats the period's statistics for a normalised indicator
     * @param explain whether steps are recorded (the same for the whole memo's life)
     * @return the score, or null when the measurement cannot be shared
     */
    @Nullable
    IndicatorScore get(int index, IndicatorEvaluator e, Measurement m, @Nullable NormStats stats, boolean explain) {
        ConcurrentHashMap<Object, IndicatorScore> map = byIndicator.get(index);
        if (map == null) {
            return null;
        }
        Object key = key(m);
        if (key == null) {
            return null;
        }
        IndicatorScore known = map.get(key);
        if (known != null) {
            return known;
        }
        IndicatorScore built = e.scoreApplicable(m, stats, explain);
        if (map.size() >= LIMIT) {
            return built;
        }
        IndicatorScore raced = map.putIfAbsent(key, built);
        return raced == null ? built : raced;
    }

    /** The number or the flag of a measurement that holds only that, else null. */
    private static @Nullable Object key(Measurement m) {
        if (!m.evidence().isEmpty() || !m.marks().isEmpty() || !m.items().isEmpty()) {
            return null;
        }
        Optional<BigDecimal> value = m.value();
        Optional<Boolean> flag = m.flag();
        if (value.isPresent() == flag.isPresent()) {
            return null;
        }
        return value.isPresent() ? value.get() : flag.get();
    }
}
