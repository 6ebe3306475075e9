// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How an indicator's raw value becomes points: a value, not code, so that a plan file fully
 * determines every result. The algorithms live in {@code contest-scoring}; a rule here only
 * states its parameters. In JSON a rule is an object whose {@code "type"} names the kind
 * explicitly (no default typing), for example {@code {"type": "linear-to-target", "target": 100}}.
 *
 * <p>Rule kinds: {@link LinearToTarget} ({@code linear-to-target}), {@link ThresholdBands}
 * ({@code bands}), {@link Normalisation} ({@code normalised}), {@link PassFail} ({@code
 * pass-fail}), {@link DirectPoints} ({@code direct}), {@link JudgePanel} ({@code judge-panel}),
 * {@link JudgementMarks} ({@code judgement}), {@link PerOccurrence} ({@code per-occurrence}),
 * {@link ItemTable} ({@code item-table}), {@link Veto} ({@code veto}) and {@link CustomRule}
 * ({@code custom}, evaluated by a plugin).
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LinearToTarget.class, name = "linear-to-target"),
    @JsonSubTypes.Type(value = ThresholdBands.class, name = "bands"),
    @JsonSubTypes.Type(value = Normalisation.class, name = "normalised"),
    @JsonSubTypes.Type(value = PassFail.class, name = "pass-fail"),
    @JsonSubTypes.Type(value = DirectPoints.class, name = "direct"),
    @JsonSubTypes.Type(value = JudgePanel.class, name = "judge-panel"),
    @JsonSubTypes.Type(value = JudgementMarks.class, name = "judgement"),
    @JsonSubTypes.Type(value = PerOccurrence.class, name = "per-occurrence"),
    @JsonSubTypes.Type(value = ItemTable.class, name = "item-table"),
    @JsonSubTypes.Type(value = Veto.class, name = "veto"),
    @JsonSubTypes.Type(value = CustomRule.class, name = "custom")
})
public sealed interface ScoringRule
        permits LinearToTarget,
                ThresholdBands,
                Normalisation,
                PassFail,
                DirectPoints,
                JudgePanel,
                JudgementMarks,
                PerOccurrence,
                ItemTable,
                Veto,
                CustomRule {}
