// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.plugin;

import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.rule.CustomRule;
import io.github.laborcontest.scoring.spi.CustomOutcome;
import io.github.laborcontest.scoring.spi.ScoringRuleEvaluator;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A third-party rule registered through src/test/resources/META-INF/services: points =
 * maxPoints × √(value / target), refusing negative values.
 */
public final class SquareRootRule implements ScoringRuleEvaluator {
    @Override
    public String name() {
        return "acme.sqrt";
    }

    @Override
    public CustomOutcome evaluate(CustomRule rule, Indicator indicator, Measurement m) {
        BigDecimal v = m.value().orElse(BigDecimal.ZERO);
        if (v.signum() < 0) {
            return CustomOutcome.rejected("negative value " + v.toPlainString());
        }
        BigDecimal target = new BigDecimal(rule.parameters().get("target"));
        BigDecimal root = v.divide(target, MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64);
        return CustomOutcome.points(indicator.maxPoints().value().multiply(root), "target=" + target.toPlainString());
    }
}
