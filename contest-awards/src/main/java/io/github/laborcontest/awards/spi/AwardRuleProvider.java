// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards.spi;

import io.github.laborcontest.awards.AwardDefinition;
import java.util.List;

/**
 * Contributes award definitions and custom predicates; found with {@link java.util.ServiceLoader}
 * through {@code META-INF/services/io.github.laborcontest.awards.spi.AwardRuleProvider}.
 * Implementations are stateless and deterministic, with a public no-argument constructor.
 *
 * @since 0.1.0
 */
public interface AwardRuleProvider {

    /** Stable unique id of this provider, for example {@code "contest.builtin-awards"}. */
    String id();

    /** The award definitions this provider contributes; none unless overridden. */
    default List<AwardDefinition> awards() {
        return List.of();
    }

    /** The custom predicates this provider contributes; none unless overridden. */
    default List<CustomPredicate> predicates() {
        return List.of();
    }
}
