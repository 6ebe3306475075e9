// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.ParticipantId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything award decisions are made from: the competition (scope, kind, organisers, dates,
 * minimum entrants) and its candidates. The number of entrants of the event is {@link
 * #entrants()} when declared, otherwise the number of candidates (the candidate list is then
 * taken to be the whole ranking).
 *
 * @param competition the competition
 * @param candidates the candidates, participant ids unique; order does not matter
 * @param entrants the number of entrants of the event, when not every entrant is a candidate
 * @since 0.1.0
 */
public record AwardInput(Competition competition, List<Candidate> candidates, Optional<Integer> entrants) {

    /** Checks the fields; refuses duplicate participant ids. */
    public AwardInput {
        Objects.requireNonNull(competition, "competition");
        candidates = List.copyOf(candidates);
        entrants = entrants == null ? Optional.empty() : entrants;
        Set<ParticipantId> seen = new HashSet<>();
        for (Candidate c : candidates) {
            if (!seen.add(c.participant())) {
                throw new IllegalArgumentException("duplicate candidate " + c.participant());
            }
        }
        if (entrants.isPresent() && entrants.get() < 0) {
            throw new IllegalArgumentException("entrants must not be negative");
        }
    }

    /**
     * The input with the entrants counted from the candidates.
     *
     * @param competition the competition
     * @param candidates the candidates
     * @return the input
     */
    public static AwardInput of(Competition competition, List<Candidate> candidates) {
        return new AwardInput(competition, candidates, Optional.empty());
    }

    /** The number of entrants of the event: the declared one, or the number of candidates. */
    public int entrantCount() {
        return entrants.orElse(candidates.size());
    }
}
