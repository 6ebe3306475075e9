// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.spi;

import io.github.laborcontest.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Supplies the value a {@code custom} tie-breaker compares ({@code {"by": "custom", "ref":
 * <name>}}). Registered in {@code META-INF/services/io.github.laborcontest.scoring.spi.TieBreakerProvider}.
 * Stateless, deterministic and thread-safe, with a public no-arg constructor.
 *
 * @since 0.1.0
 */
public interface TieBreakerProvider {

    /** The name tie-breakers use as {@code ref}; unique among plugins. */
    String name();

    /**
     * The value to compare for one card.
     *
     * @param card the participant's score card
     * @return the value, or empty if the participant has none (it then ranks after those with one)
     */
    Optional<BigDecimal> value(ScoreCard card);
}
