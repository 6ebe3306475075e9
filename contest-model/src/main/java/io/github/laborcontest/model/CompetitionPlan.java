// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A competition plan (竞赛方案) with the seven elements the founding notice requires: name,
 * content and goals, method and vehicle, scope and participants, standards and requirements,
 * start and end dates, and the evaluation and reward method. A plan can be built or read with
 * elements missing so that every missing one is reported at once; {@code ContestValidator}
 * reports each as {@code plan.element-missing}, and an end date before the start date as {@code
 * plan.end-before-start}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompetitionPlan.class)
@JsonDeserialize(as = ImmutableCompetitionPlan.class)
public interface CompetitionPlan {

    /** 竞赛名称: the competition's name. */
    @Value.Default
    default String name() {
        return "";
    }

    /** 竞赛内容和目标: content and goals. */
    @Value.Default
    default String contentAndGoals() {
        return "";
    }

    /** 竞赛方式和载体: method and vehicle. */
    @Value.Default
    default String methodAndVehicle() {
        return "";
    }

    /** 参赛范围和人员: scope and participants. */
    @Value.Default
    default String scopeAndParticipants() {
        return "";
    }

    /** 竞赛标准和要求: standards and requirements. */
    @Value.Default
    default String standardsAndRequirements() {
        return "";
    }

    /** 竞赛起止时间: start and end dates, both included. */
    Optional<DateRange> dates();

    /** 竞赛考评和奖励办法: evaluation and reward method. */
    @Value.Default
    default String evaluationAndRewardMethod() {
        return "";
    }

    /** Builds a {@link CompetitionPlan}. */
    class Builder extends ImmutableCompetitionPlan.Builder {}
}
