// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.model.CampaignTask;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.CompetitionPlan;
import io.github.laborcontest.model.DateRange;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.Organiser;
import io.github.laborcontest.model.OrganiserRole;
import io.github.laborcontest.model.OrganiserType;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.Scope;
import java.time.LocalDate;
import java.util.List;

/** Hand-built competitions and candidates for award tests. */
final class TestdataAwards {

    private TestdataAwards() {}

    static final Organiser AUTHORITY = new Organiser.Builder()
            .name("青岛市住房和城乡建设局")
            .type(OrganiserType.MUNICIPAL_INDUSTRY_AUTHORITY)
            .role(OrganiserRole.LEAD)
            .withinHeadquarters("市政设施建设专业指挥部")
            .build();
    static final Organiser CITY_UNION = Organiser.of("青岛市总工会", OrganiserType.CITY_TRADE_UNION, OrganiserRole.JOINT);
    static final Organiser DISTRICT_UNION =
            Organiser.of("市南区总工会", OrganiserType.DISTRICT_TRADE_UNION, OrganiserRole.LEAD);

    static CompetitionPlan plan() {
        return new CompetitionPlan.Builder()
                .name("2026年全市焊工职业技能比武")
                .contentAndGoals("理论与实操")
                .methodAndVehicle("集中比赛")
                .scopeAndParticipants("全市建筑业焊工")
                .standardsAndRequirements("理论30%，实操70%")
                .dates(DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)))
                .evaluationAndRewardMethod("按名次评选")
                .build();
    }

    static Competition competition(Scope scope, CompetitionKind kind, Organiser... organisers) {
        Competition.Builder b = new Competition.Builder()
                .id(CompetitionId.of("qd-2026-welding"))
                .plan(plan())
                .kind(kind)
                .addCampaignTask(CampaignTask.MUNICIPAL_FACILITIES)
                .scope(scope)
                .indicatorSet(IndicatorSetRef.of("skill-contest", "2026.1"));
        if (scope == Scope.DISTRICT) {
            b.district("市南区");
        }
        for (Organiser o : organisers) {
            b.addOrganiser(o);
        }
        return b.build();
    }

    /** City-wide skill contest organised jointly by the industry authority (lead) and the city union (joint). */
    static Competition jointCityWide() {
        return competition(Scope.CITY_WIDE, CompetitionKind.SKILL, AUTHORITY, CITY_UNION);
    }

    static Candidate person(String id, int rank, boolean shared, String total) {
        return Candidate.of(ParticipantId.of(id), "职工" + id, ParticipantKind.INDIVIDUAL, rank, shared, Points.of(total))
                .withVetoes(List.of());
    }

    static Candidate of(String id, ParticipantKind kind, int rank, boolean shared, String total) {
        return Candidate.of(ParticipantId.of(id), "参赛" + id, kind, rank, shared, Points.of(total))
                .withVetoes(List.of());
    }
}
