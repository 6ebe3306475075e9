// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.plugin;

import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.rule.CustomRule;
import io.github.laborcontest.scoring.spi.CustomOutcome;
import io.github.laborcontest.scoring.spi.ScoringRuleEvaluator;

/**
 * A second plugin that claims the name {@code acme.sqrt}. Listed only in the services file that
 * {@code PluginFailuresTest} writes for its own class loader.
 */
public final class SquareRootTwin implements ScoringRuleEvaluator {
    @Override
    public String name() {
        return "acme.sqrt";
    }

    @Override
    public CustomOutcome evaluate(CustomRule rule, Indicator indicator, Measurement m) {
        return CustomOutcome.rejected("twin");
    }
}
