// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.plugin;

import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.rule.CustomRule;
import io.github.laborcontest.scoring.spi.CustomOutcome;
import io.github.laborcontest.scoring.spi.ScoringRuleEvaluator;

/**
 * A plugin that cannot even be created: its constructor throws. Listed only in the services file
 * that {@code PluginFailuresTest} writes for its own class loader.
 */
public final class BrokenRule implements ScoringRuleEvaluator {
    /** Always fails. */
    public BrokenRule() {
        throw new IllegalStateException("no licence");
    }

    @Override
    public String name() {
        return "acme.broken";
    }

    @Override
    public CustomOutcome evaluate(CustomRule rule, Indicator indicator, Measurement m) {
        return CustomOutcome.rejected("unreachable");
    }
}
