// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

/**
 * WorldSkills-style judgement marking: three or more experts each give 0–3 (0 below industry
 * standard, 1 meets it, 2 meets and exceeds it in some ways, 3 excellent). If the marks differ by
 * more than {@code maxSpread} the aspect is flagged for re-marking instead of averaged; otherwise
 * the aspect scores {@code maxPoints × mean / 3}.
 *
 * @param minJudges the fewest marks accepted, at least 3
 * @param maxSpread the largest allowed difference between marks, typically 1
 * @since 0.1.0
 */
public record JudgementMarks(int minJudges, int maxSpread) implements ScoringRule {

    /** The WorldSkills default: three experts, marks at most 1 apart. */
    public static final JudgementMarks WORLDSKILLS = new JudgementMarks(3, 1);
}
