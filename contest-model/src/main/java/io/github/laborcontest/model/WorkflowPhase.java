// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workflow every contest follows (工作流程), as a state machine:
 *
 * <pre>
 * 成立机构 → 组织发动 → 推进实施 ⇄ 调研指导
 *                          ↓ ↑       ↓
 *                        检查考核 ←──┘
 *                          ↓
 *                       激励奖励 → 总结提升
 * </pre>
 *
 * <p>Implementation, research-and-guidance and inspection-and-assessment repeat once per
 * evaluation period (an assessed period returns to implementation); rewards come only after an
 * assessment, and the summary ends the contest. Nothing can be skipped or undone.
 *
 * @since 0.1.0
 */
public enum WorkflowPhase implements Coded {
    /** 成立机构: establish the organising body. */
    ESTABLISH("establish", "成立机构", "establish the body"),
    /** 组织发动: mobilise participants. */
    MOBILISE("mobilise", "组织发动", "mobilise"),
    /** 推进实施: carry the contest out. */
    IMPLEMENT("implement", "推进实施", "implement"),
    /** 调研指导: research and guidance visits. */
    GUIDE("guide", "调研指导", "research and guidance"),
    /** 检查考核: inspection and assessment of a period. */
    ASSESS("assess", "检查考核", "inspection and assessment"),
    /** 激励奖励: incentives and rewards. */
    REWARD("reward", "激励奖励", "incentives and rewards"),
    /** 总结提升: summary and improvement; final. */
    SUMMARISE("summarise", "总结提升", "summary and improvement");

    private final String code;
    private final LocalizedText label;

    WorkflowPhase(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    /**
     * The constant with this code.
     *
     * @param code the JSON code
     * @return the phase
     */
    @JsonCreator
    public static WorkflowPhase fromCode(String code) {
        return Coded.fromCode(WorkflowPhase.class, code);
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** The phases this one may move to; empty for {@link #SUMMARISE}. */
    public Set<WorkflowPhase> allowedNext() {
        return switch (this) {
            case ESTABLISH -> EnumSet.of(MOBILISE);
            case MOBILISE -> EnumSet.of(IMPLEMENT);
            case IMPLEMENT -> EnumSet.of(GUIDE, ASSESS);
            case GUIDE -> EnumSet.of(IMPLEMENT, ASSESS);
            case ASSESS -> EnumSet.of(IMPLEMENT, REWARD);
            case REWARD -> EnumSet.of(SUMMARISE);
            case SUMMARISE -> EnumSet.noneOf(WorkflowPhase.class);
        };
    }

    /**
     * Whether the state machine allows the move.
     *
     * @param target the phase to move to
     * @return true when {@code target} is in {@link #allowedNext()}
     */
    public boolean canMoveTo(WorkflowPhase target) {
        return allowedNext().contains(target);
    }

    /**
     * Moves to another phase, or says why not.
     *
     * @param target the phase to move to
     * @return the target, or a {@code workflow.illegal-transition} problem at {@code $.phase}
     *     naming both phases and the allowed ones
     */
    public Either<Problem, WorkflowPhase> moveTo(WorkflowPhase target) {
        if (canMoveTo(target)) {
            return Either.right(target);
        }
        String allowed = allowedNext().isEmpty()
                ? "-"
                : allowedNext().stream()
                        .map(p -> p.label().zh() + "(" + p.code() + ")")
                        .collect(Collectors.joining(", "));
        return Either.left(Problem.at(
                ModelProblem.ILLEGAL_TRANSITION,
                "$.phase",
                label.zh() + "(" + code + ")",
                target.label().zh() + "(" + target.code() + ")",
                allowed));
    }
}
