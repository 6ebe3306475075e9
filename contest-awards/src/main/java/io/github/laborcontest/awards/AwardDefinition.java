// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.laborcontest.model.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An award, title or recommendation as data: what it is, the conditions a candidate must meet,
 * the exclusions that rule a candidate out, the condition under which a person must decide
 * instead (for example a tie for first place) and the quota. Every number lives in the data, so
 * an organiser changes it without code: {@code definition.withQuota(Quota.ofCount(5,
 * BoundaryTies.ALL_IN))}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAwardDefinition.class)
@JsonDeserialize(as = ImmutableAwardDefinition.class)
public interface AwardDefinition extends WithAwardDefinition {

    /** The stable id. */
    AwardId id();

    /** The award's name, for example 青岛市五一劳动奖章推荐 / Qingdao May Day Labour Medal recommendation. */
    LocalizedText name();

    /** Award, title, or only a recommendation. */
    AwardNature nature();

    /** What the award is for and where its rule comes from. */
    Optional<LocalizedText> description();

    /** The conditions a candidate must meet; an {@link Condition.AllOf} as a rule. */
    Condition eligibility();

    /** What rules a candidate out, each naming the fact it uses. */
    List<Exclusion> exclusions();

    /** When this passes for an eligible candidate, a person must decide (for example a tie for first). */
    Optional<Condition> flagWhen();

    /** Why a flagged candidate goes to a person, in Chinese and English. */
    Optional<LocalizedText> flagReason();

    /** How many may be selected; unlimited when absent. */
    Optional<Quota> quota();

    /** Checks that exclusion codes are unique. */
    @Value.Check
    default void check() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Exclusion e : exclusions()) {
            if (!codes.add(e.code())) {
                throw new IllegalArgumentException("duplicate exclusion code " + e.code());
            }
        }
    }

    /** Builds an {@link AwardDefinition}. */
    class Builder extends ImmutableAwardDefinition.Builder {}
}
