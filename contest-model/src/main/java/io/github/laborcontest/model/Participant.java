// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A work unit, team, worker or project taking part in one competition. Kind-specific attributes
 * are checked by validation: a worker and a team need their {@link #unit()} (employer); a
 * project needs its responsible {@link #unit()}, its {@link #campaignTask()} and its {@link
 * #stage()}, since projects compete by stage.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
public interface Participant {

    /** The id, unique in the competition. */
    ParticipantId id();

    /** The name, for example 青岛地铁集团 or 张三. */
    @NotBlank
    String name();

    /** Unit, team, individual worker or project. */
    ParticipantKind kind();

    /** The employer unit of a worker or team, or the responsible unit of a project. */
    Optional<String> unit();

    /** The trade (工种) of a worker or team in a skill contest, for example 焊工. */
    Optional<String> trade();

    /** The district (区市) the participant belongs to. */
    Optional<String> district();

    /** The campaign task a project serves. */
    Optional<CampaignTask> campaignTask();

    /** The lifecycle stage of a project in the period being scored. */
    Optional<ProjectStage> stage();

    /** Builds a {@link Participant}. */
    class Builder extends ImmutableParticipant.Builder {}
}
