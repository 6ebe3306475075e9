// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.awards.internal.DefaultAwardEngine;
import java.util.List;

/**
 * Decides awards: pure functions from award definitions and an {@link AwardInput} to decisions
 * with every reason. Results do not depend on the order of the candidates.
 *
 * <pre>{@code
 * AwardRegistry registry = AwardRegistry.discover().toEither().getOrElseThrow(ContestInputException::new);
 * AwardEngine engine = AwardEngine.create(registry);
 * AwardResult medal = engine.decide(registry.find(BuiltinAwards.MAY_DAY_MEDAL).orElseThrow(), input);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface AwardEngine {

    /**
     * An engine that resolves custom predicates from a registry.
     *
     * @param registry the registry
     * @return the engine
     */
    static AwardEngine create(AwardRegistry registry) {
        return new DefaultAwardEngine(registry::predicate);
    }

    /**
     * Whether one candidate meets an award's conditions, and why.
     *
     * @param award the award
     * @param input the competition and candidates (for the number of entrants)
     * @param candidate the candidate
     * @return the decision with its criteria
     */
    EligibilityDecision eligibility(AwardDefinition award, AwardInput input, Candidate candidate);

    /**
     * Decides one award for all candidates: eligibility, then the quota in rank order.
     *
     * @param award the award
     * @param input the competition and candidates
     * @return one decision per candidate, in rank order
     */
    AwardResult decide(AwardDefinition award, AwardInput input);

    /**
     * Decides several awards.
     *
     * @param awards the awards, in the order the report lists them
     * @param input the competition and candidates
     * @return the publishable report
     */
    AwardsReport decideAll(List<AwardDefinition> awards, AwardInput input);
}
