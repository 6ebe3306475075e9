// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.plugin;

import io.github.laborcontest.scoring.ScoreCard;
import io.github.laborcontest.scoring.spi.TieBreakerProvider;
import java.math.BigDecimal;
import java.util.Optional;

/** A third-party tie-breaker: the number of bonus points before the cap. */
public final class RawBonusTieBreaker implements TieBreakerProvider {
    @Override
    public String name() {
        return "acme.raw-bonus";
    }

    @Override
    public Optional<BigDecimal> value(ScoreCard card) {
        return Optional.of(card.bonus().raw().value());
    }
}
