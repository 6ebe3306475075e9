// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.GroupingKey;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.TiePolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ranking of participants, overall or within one group: the ranked entries best first, the
 * ties the tie-breaker chain could not break (reported, never broken silently), and the
 * disqualified participants with the vetoes that took them out (listed, not ranked).
 *
 * @param group the group, or empty for the overall ranking
 * @param policy the tie policy used
 * @param entries the ranked entries, best first; equal entries in participant-id order
 * @param ties the groups of participants that stay tied after the whole chain
 * @param disqualified the participants out of ranking, in participant-id order
 * @since 0.1.0
 */
public record Ranking(
        Optional<Group> group,
        TiePolicy policy,
        List<RankedEntry> entries,
        List<Tie> ties,
        List<Disqualification> disqualified) {
    /** Refuses nulls and copies the lists. */
    public Ranking {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(policy, "policy");
        entries = List.copyOf(entries);
        ties = List.copyOf(ties);
        disqualified = List.copyOf(disqualified);
    }

    /**
     * The entry of a participant.
     *
     * @param participant its id
     * @return its entry, if it is ranked here
     */
    public Optional<RankedEntry> entry(ParticipantId participant) {
        return entries.stream().filter(e -> e.participant().equals(participant)).findFirst();
    }

    /**
     * A group that has a ranking of its own.
     *
     * @param key the attribute grouped by
     * @param value the attribute's value, for example {@code "metro"} or {@code "市南区"}
     */
    public record Group(GroupingKey key, String value) {
        /** Refuses nulls. */
        public Group {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Participants that stay tied after every tie-breaker: they share a rank.
     *
     * @param rank the shared rank
     * @param total their total
     * @param participants who, in id order
     */
    public record Tie(BigDecimal rank, Points total, List<ParticipantId> participants) {
        /** Copies the participants. */
        public Tie {
            participants = List.copyOf(participants);
        }
    }

    /**
     * A participant out of ranking, and why.
     *
     * @param participant who
     * @param total its total, published for transparency
     * @param vetoes the vetoes that disqualified it
     */
    public record Disqualification(ParticipantId participant, Points total, List<VetoOutcome> vetoes) {
        /** Copies the vetoes. */
        public Disqualification {
            vetoes = List.copyOf(vetoes);
        }
    }
}
