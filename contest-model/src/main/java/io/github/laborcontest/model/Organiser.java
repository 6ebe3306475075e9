// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body that organises, co-organises or evaluates a competition, such as the city federation of
 * trade unions (市总工会) as joint organiser or a municipal industry authority (市级行业主管部门)
 * as lead.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganiser.class)
@JsonDeserialize(as = ImmutableOrganiser.class)
public interface Organiser {

    /** The body's name, for example 青岛市总工会. */
    @NotBlank
    String name();

    /** What kind of body it is. */
    OrganiserType type();

    /** What it does in this competition. */
    OrganiserRole role();

    /**
     * The headquarters the body sits in, for a municipal industry authority inside a professional
     * headquarters (设在专业指挥部内).
     */
    Optional<String> withinHeadquarters();

    /**
     * An organiser.
     *
     * @param name the body's name
     * @param type its kind
     * @param role its role
     * @return the organiser
     */
    static Organiser of(String name, OrganiserType type, OrganiserRole role) {
        return new Builder().name(name).type(type).role(role).build();
    }

    /** Builds an {@link Organiser}. */
    class Builder extends ImmutableOrganiser.Builder {}
}
