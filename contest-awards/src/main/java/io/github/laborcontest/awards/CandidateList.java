// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The candidates document: the candidates of one event and, when not every entrant is a
 * candidate, the number of entrants. In JSON: {@code {"entrants": 40, "candidates": [...]}}.
 *
 * @param entrants the number of entrants of the event, if it differs from the number of candidates
 * @param candidates the candidates
 * @since 0.1.0
 */
public record CandidateList(Optional<Integer> entrants, List<Candidate> candidates) {

    /** Checks and copies the fields. */
    public CandidateList {
        entrants = entrants == null ? Optional.empty() : entrants;
        Objects.requireNonNull(candidates, "candidates");
        candidates = List.copyOf(candidates);
    }
}
