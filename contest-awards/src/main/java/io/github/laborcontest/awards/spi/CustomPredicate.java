// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards.spi;

import io.github.laborcontest.awards.Candidate;
import io.github.laborcontest.awards.FactUsed;
import io.github.laborcontest.awards.Truth;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A condition a plugin adds to the rule language, used in definitions as {@code {"type":
 * "custom", "predicate": "<name>", "params": {...}}}. It must be pure: the same context always
 * gives the same result, and it must return {@link Truth#UNKNOWN} (naming the fact) rather than
 * guess when a fact it needs is missing.
 *
 * @since 0.1.0
 */
public interface CustomPredicate {

    /** The registered name, unique across providers, for example {@code "acme.years-of-service"}. */
    String name();

    /**
     * What the predicate requires with these parameters, in Chinese and English.
     *
     * @param params the parameters from the definition
     * @return the description
     */
    LocalizedText describe(Map<String, String> params);

    /**
     * Checks parameters when a definition is loaded.
     *
     * @param params the parameters from the definition
     * @return problems as text, empty when the parameters are fine
     */
    default List<String> checkParams(Map<String, String> params) {
        return List.of();
    }

    /**
     * Evaluates the predicate for one candidate.
     *
     * @param context the competition, candidate, entrants and parameters
     * @return the outcome with the facts used
     */
    Result test(Context context);

    /**
     * What a custom predicate sees.
     *
     * @param competition the competition
     * @param candidate the candidate
     * @param entrants the number of entrants of the event
     * @param params the parameters from the definition
     */
    record Context(Competition competition, Candidate candidate, int entrants, Map<String, String> params) {
        /** Checks and copies the fields. */
        public Context {
            Objects.requireNonNull(competition, "competition");
            Objects.requireNonNull(candidate, "candidate");
            params = Map.copyOf(params);
        }
    }

    /**
     * The outcome of a custom predicate.
     *
     * @param truth passed, failed or unknown
     * @param facts the facts used; an unknown outcome names at least one unknown fact
     */
    record Result(Truth truth, List<FactUsed> facts) {
        /** Checks and copies the fields. */
        public Result {
            Objects.requireNonNull(truth, "truth");
            facts = List.copyOf(facts);
        }
    }
}
