// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.scoring.explain.Step;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grade (等级) of one ranked participant and why. Under {@code flag} boundary-tie handling, a
 * participant tied exactly at a quota boundary gets no grade: it is pending a human decision
 * between the candidate grades.
 *
 * @param participant who
 * @param grade the grade code, for example {@code "excellent"}; empty while pending
 * @param label the grade's label
 * @param pendingDecision whether a human must decide
 * @param candidates the grades a human chooses between, when pending
 * @param steps how the grade was decided (band matched, quota position, boundary tie, veto cap)
 * @since 0.1.0
 */
public record GradeResult(
        ParticipantId participant,
        Optional<String> grade,
        Optional<LocalizedText> label,
        boolean pendingDecision,
        List<String> candidates,
        List<Step> steps) {
    /** Refuses nulls and copies the lists. */
    public GradeResult {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(label, "label");
        candidates = List.copyOf(candidates);
        steps = List.copyOf(steps);
    }
}
