// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.Points;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The final decision of one award for one candidate: its eligibility with every reason, and what
 * the quota step made of it, with notes (for example "place reserved pending an unknown fact",
 * "3 candidates tied for the last 2 places").
 *
 * @param participant the candidate
 * @param name the candidate's name
 * @param kind the candidate's kind
 * @param rank its rank, if known
 * @param rankShared whether the rank is shared
 * @param total its total points, if known
 * @param selection selected, outside the quota, not eligible, undetermined or flagged
 * @param eligibility the eligibility decision with its criteria
 * @param notes what the quota step did, in Chinese and English
 * @since 0.1.0
 */
@JsonPropertyOrder({"participant", "name", "kind", "rank", "rankShared", "total", "selection", "notes", "eligibility"})
public record AwardDecision(
        ParticipantId participant,
        String name,
        ParticipantKind kind,
        Optional<Integer> rank,
        boolean rankShared,
        Optional<Points> total,
        Selection selection,
        EligibilityDecision eligibility,
        List<LocalizedText> notes) {

    /** Checks and copies the fields. */
    public AwardDecision {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        rank = rank == null ? Optional.empty() : rank;
        total = total == null ? Optional.empty() : total;
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(eligibility, "eligibility");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Whether the candidate receives the award (or the recommendation). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isSelected() {
        return selection == Selection.SELECTED;
    }
}
