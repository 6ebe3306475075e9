// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A labour competition: its plan, kind, campaign tasks, scope, organisers, the indicator set it
 * is scored with, its evaluation periods, its participants, how it ranks and grades, and where it
 * stands in the workflow (工作流程).
 *
 * <pre>{@code
 * Competition c = new Competition.Builder()
 *     .id(CompetitionId.of("qd-2026-metro"))
 *     .plan(plan)
 *     .kind(CompetitionKind.KEY_PROJECT)
 *     .addCampaignTask(CampaignTask.METRO)
 *     .scope(Scope.CITY_WIDE)
 *     .addOrganiser(Organiser.of("青岛市总工会", OrganiserType.CITY_TRADE_UNION, OrganiserRole.JOINT))
 *     .indicatorSet(IndicatorSetRef.of("six-comparisons", "2026.1"))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompetition.class)
@JsonDeserialize(as = ImmutableCompetition.class)
public interface Competition {

    /** The stable id. */
    CompetitionId id();

    /** The plan with its seven elements. */
    @Valid
    CompetitionPlan plan();

    /** Key-project, skill, safety or a city's own kind. */
    CompetitionKind kind();

    /** The campaign tasks the competition serves; at least one. */
    List<CampaignTask> campaignTasks();

    /** City-wide, district or unit. */
    Scope scope();

    /** The district of a district-scope competition. */
    Optional<String> district();

    /** The organising bodies with their roles; at least one lead. */
    @Valid
    List<Organiser> organisers();

    /** The indicator set the competition is scored with. */
    IndicatorSetRef indicatorSet();

    /** The evaluation periods, in time order. */
    @Valid
    List<EvaluationPeriod> periods();

    /** The participants; ids unique. */
    @Valid
    List<Participant> participants();

    /** How participants are ranked; standard ranking unless declared. */
    @Value.Default
    default RankingPolicy ranking() {
        return RankingPolicy.DEFAULT;
    }

    /** How totals become grades; the typical 90/80/60 bands unless declared. */
    @Value.Default
    default GradeScheme grades() {
        return GradeScheme.TYPICAL;
    }

    /** The fewest entrants the competition (event) needs for its results to count for titles. */
    Optional<Integer> minimumEntrants();

    /** Where the competition stands in the workflow; it starts at establishing the body. */
    @Value.Default
    default WorkflowPhase phase() {
        return WorkflowPhase.ESTABLISH;
    }

    /**
     * Moves the competition to another workflow phase, if the state machine allows it.
     *
     * @param target the phase to move to
     * @return the competition in the new phase, or the {@code workflow.illegal-transition} problem
     */
    default Either<Problem, Competition> advanceTo(WorkflowPhase target) {
        return phase().moveTo(target).map(p -> new Builder().from(this).phase(p).build());
    }

    /**
     * The participant with this id.
     *
     * @param id the id
     * @return the participant, if present
     */
    default Optional<Participant> participant(ParticipantId id) {
        return participants().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The period with this id.
     *
     * @param id the id
     * @return the period, if present
     */
    default Optional<EvaluationPeriod> period(PeriodId id) {
        return periods().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Builds a {@link Competition}. */
    class Builder extends ImmutableCompetition.Builder {}
}
