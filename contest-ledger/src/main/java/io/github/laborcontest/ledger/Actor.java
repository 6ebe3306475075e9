// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.IdRule;
import java.util.Objects;
import java.util.Optional;

/**
 * Who recorded an entry: a person or system id, with the role it acted in and its organisation,
 * for the authorisation hook and the audit.
 *
 * @param id the actor's id, as {@link IdRule} allows, for example {@code "inspector-07"}
 * @param role the role, a code as {@link IdRule} allows, for example {@code "district-inspector"}
 * @param organisation the organisation, for example {@code "市南区总工会"}
 * @since 0.1.0
 */
public record Actor(String id, Optional<String> role, Optional<String> organisation) {

    /**
     * Refuses nulls and an id or role that breaks {@link IdRule}; the organisation, a name, is
     * checked by {@link Entries#check}.
     */
    public Actor {
        IdRule.require(id, "actor.id");
        Objects.requireNonNull(role, "actor.role");
        Objects.requireNonNull(organisation, "actor.organisation");
        role.ifPresent(r -> IdRule.require(r, "actor.role"));
    }

    /**
     * An actor with a role and an organisation.
     *
     * @param id the id
     * @param role the role
     * @param organisation the organisation
     * @return the actor
     */
    public static Actor of(String id, String role, String organisation) {
        return new Actor(id, Optional.of(role), Optional.of(organisation));
    }

    /**
     * An actor known only by id (as schema version 1 recorded it).
     *
     * @param id the id
     * @return the actor
     */
    public static Actor of(String id) {
        return new Actor(id, Optional.empty(), Optional.empty());
    }
}
