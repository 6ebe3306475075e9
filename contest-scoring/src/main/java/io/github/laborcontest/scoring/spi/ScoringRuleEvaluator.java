// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.spi;

import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.rule.CustomRule;

/**
 * Evaluates the plan rule {@code {"type": "custom", "name": <name>, ...}}. Registered in {@code
 * META-INF/services/io.github.laborcontest.scoring.spi.ScoringRuleEvaluator}. Implementations are
 * stateless, deterministic and thread-safe, with a public no-arg constructor. The scorer holds the
 * result within [0, the indicator's maximum points] and rounds it as the set declares, explaining
 * both.
 *
 * @since 0.1.0
 */
public interface ScoringRuleEvaluator {

    /** The rule name plans use, for example {@code "acme.sigmoid"}; unique among plugins. */
    String name();

    /**
     * Turns one measurement into points.
     *
     * @param rule the rule with its parameters, as the plan states it
     * @param indicator the indicator being scored
     * @param measurement the participant's measurement
     * @return the points with the formula that produced them, or a refusal with its reason
     */
    CustomOutcome evaluate(CustomRule rule, Indicator indicator, Measurement measurement);
}
