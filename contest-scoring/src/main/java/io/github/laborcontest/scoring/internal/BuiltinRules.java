// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.internal;

import io.github.laborcontest.model.rule.CustomRule;
import io.github.laborcontest.scoring.explain.Step;
import io.github.laborcontest.scoring.spi.JudgeAggregator;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The custom rule built into the scorer: {@code "judge-aggregate"} combines judge marks with a
 * plugin {@link JudgeAggregator} named by the parameter {@code aggregator}; {@code markScale}
 * (default 100) and {@code minJudges} (default 1) work as in the model's judge panel.
 */
final class BuiltinRules {
    static final String JUDGE_AGGREGATE = "judge-aggregate";

    private BuiltinRules() {}

    static BigDecimal scale(CustomRule c) {
        return parse(c.parameters().get("markScale")).orElse(BigDecimal.valueOf(100));
    }

    static int minJudges(CustomRule c) {
        return parse(c.parameters().get("minJudges")).map(BigDecimal::intValue).orElse(1);
    }

    static Optional<BigDecimal> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static BigDecimal judgeAggregate(
            CustomRule c, BigDecimal max, List<BigDecimal> marks, ScoringPlugins plugins, @Nullable List<Step> steps) {
        String name = c.parameters().getOrDefault("aggregator", "");
        JudgeAggregator agg = plugins.aggregator(name).orElseThrow();
        List<BigDecimal> sorted = new ArrayList<>(marks);
        sorted.sort(BigDecimal::compareTo);
        BigDecimal a = agg.aggregate(List.copyOf(sorted));
        BigDecimal scale = scale(c);
        BigDecimal v = max.multiply(a).divide(scale, IndicatorEvaluator.MC);
        if (steps != null) {
            steps.add(new Step.Computed(
                    "judge.plugin",
                    List.of(
                            name,
                            IndicatorEvaluator.join(marks),
                            a.toPlainString(),
                            max.toPlainString(),
                            scale.toPlainString()),
                    v));
        }
        return v;
    }
}
