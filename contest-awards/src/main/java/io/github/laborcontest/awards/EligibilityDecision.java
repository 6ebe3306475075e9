// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.ParticipantId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one candidate meets one award's conditions, and exactly why: the outcome of the
 * eligibility tree, of every exclusion and of the "flag for a human" condition, each with the
 * facts it used. An undetermined decision names the missing facts; a flagged one says why a
 * person must decide.
 *
 * @param award the award
 * @param participant the candidate
 * @param status eligible, ineligible, undetermined or flagged
 * @param criteria the outcomes: first the eligibility tree, then one per exclusion (an exclusion
 *     "passed" means it applies), then the flag condition if the award has one
 * @param missingFacts the unknown facts an undetermined decision depends on; empty otherwise
 * @param flagReason why a person must decide, for a flagged decision
 * @since 0.1.0
 */
@JsonPropertyOrder({"award", "participant", "status", "missingFacts", "flagReason", "criteria"})
public record EligibilityDecision(
        AwardId award,
        ParticipantId participant,
        Eligibility status,
        List<CriterionOutcome> criteria,
        List<String> missingFacts,
        Optional<LocalizedText> flagReason) {

    /** Checks and copies the fields. */
    public EligibilityDecision {
        Objects.requireNonNull(award, "award");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(status, "status");
        criteria = List.copyOf(criteria);
        missingFacts = List.copyOf(missingFacts);
        flagReason = flagReason == null ? Optional.empty() : flagReason;
    }

    /** Whether the candidate is eligible (not flagged, not undetermined). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEligible() {
        return status == Eligibility.ELIGIBLE;
    }
}
