// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.ParticipantId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decisions of one award over all candidates, in rank order (unranked last, then by
 * participant id), with the quota that was applied.
 *
 * @param award the award's id
 * @param name the award's name
 * @param nature award, title or recommendation
 * @param description what the award is for and where its rule comes from, as published
 * @param quota the quota as text, when the award has one
 * @param places the number of places the quota gave, when the award has one
 * @param decisions one per candidate
 * @since 0.1.0
 */
@JsonPropertyOrder({"award", "name", "nature", "description", "quota", "places", "decisions"})
public record AwardResult(
        AwardId award,
        LocalizedText name,
        AwardNature nature,
        Optional<LocalizedText> description,
        Optional<LocalizedText> quota,
        Optional<Integer> places,
        List<AwardDecision> decisions) {

    /** Checks and copies the fields. */
    public AwardResult {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nature, "nature");
        description = description == null ? Optional.empty() : description;
        quota = quota == null ? Optional.empty() : quota;
        places = places == null ? Optional.empty() : places;
        decisions = List.copyOf(decisions);
    }

    /** The selected candidates, in rank order. */
    @JsonIgnore
    public List<AwardDecision> selected() {
        return decisions.stream().filter(AwardDecision::isSelected).toList();
    }

    /**
     * The decisions with a given selection outcome, in rank order.
     *
     * @param selection the outcome
     * @return the decisions
     */
    public List<AwardDecision> withSelection(Selection selection) {
        return decisions.stream().filter(d -> d.selection() == selection).toList();
    }

    /**
     * The decision for one candidate.
     *
     * @param participant the candidate's id
     * @return its decision, if it was a candidate
     */
    public Optional<AwardDecision> decisionFor(ParticipantId participant) {
        return decisions.stream()
                .filter(d -> d.participant().equals(participant))
                .findFirst();
    }
}
