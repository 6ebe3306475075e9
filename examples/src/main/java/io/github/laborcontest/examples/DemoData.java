// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples;

import io.github.laborcontest.model.CampaignTask;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.CompetitionPlan;
import io.github.laborcontest.model.DateRange;
import io.github.laborcontest.model.EvaluationPeriod;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.Organiser;
import io.github.laborcontest.model.OrganiserRole;
import io.github.laborcontest.model.OrganiserType;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.PeriodKind;
import io.github.laborcontest.model.ProjectStage;
import io.github.laborcontest.model.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Seeded, deterministic demo data of a city campaign. */
public final class DemoData {

  /** The seed of every generated data set, so that runs are reproducible. */
  public static final long SEED = 20261124L;

  private DemoData() {}

  /**
   * A city-wide key-project contest (六比一创) over projects in all eight campaign tasks.
   *
   * @return the competition
   */
  public static Competition keyProjectContest() {
    Random random = new Random(SEED);
    Competition.Builder b =
        new Competition.Builder()
            .id(CompetitionId.of("qd-2026-key-projects"))
            .plan(
                new CompetitionPlan.Builder()
                    .name("2026年城市更新和城市建设重点工程“六比一创”劳动竞赛")
                    .contentAndGoals("比质量、比安全、比进度、比创新、比文明、比保障，创建精品工程")
                    .methodAndVehicle("月度督导检查、季度考评、年终总评，竞赛积分与台账管理")
                    .scopeAndParticipants("全市八大攻坚任务重点工程项目及参建单位")
                    .standardsAndRequirements("按“六比一创”指标体系（百分制）考评，一票否决")
                    .dates(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                    .evaluationAndRewardMethod("季度平均 × 70% + 年终总评 × 30%；评选先进单位，推荐五一劳动奖章")
                    .build())
            .kind(CompetitionKind.KEY_PROJECT)
            .campaignTasks(CampaignTask.builtIns())
            .scope(Scope.CITY_WIDE)
            .addOrganiser(
                new Organiser.Builder()
                    .name("青岛市城市更新和城市建设总指挥部办公室")
                    .type(OrganiserType.CITY_HEADQUARTERS)
                    .role(OrganiserRole.LEAD)
                    .build())
            .addOrganiser(
                Organiser.of("青岛市总工会", OrganiserType.CITY_TRADE_UNION, OrganiserRole.JOINT))
            .indicatorSet(IndicatorSetRef.of("six-comparisons", "2026.1"));
    for (int q = 1; q <= 4; q++) {
      LocalDate start = LocalDate.of(2026, 3 * q - 2, 1);
      b.addPeriod(
          new EvaluationPeriod.Builder()
              .id(PeriodId.of("2026-Q" + q))
              .kind(PeriodKind.QUARTERLY)
              .dates(DateRange.of(start, start.plusMonths(3).minusDays(1)))
              .weight(new BigDecimal("0.175"))
              .build());
    }
    b.addPeriod(
        new EvaluationPeriod.Builder()
            .id(PeriodId.of("2026-final"))
            .kind(PeriodKind.FINAL)
            .dates(DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
            .weight(new BigDecimal("0.3"))
            .build());
    List<String> districts = List.of("市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市");
    List<ProjectStage> stages = List.of(ProjectStage.values());
    int n = 0;
    for (CampaignTask task : CampaignTask.builtIns()) {
      for (int i = 0; i < 40; i++) {
        n++;
        b.addParticipant(
            new Participant.Builder()
                .id(ParticipantId.of(String.format("P-%04d", n)))
                .name(task.label().orElseThrow().zh() + "项目" + (i + 1))
                .kind(ParticipantKind.PROJECT)
                .unit("参建单位" + (1 + random.nextInt(120)))
                .campaignTask(task)
                .stage(stages.get(random.nextInt(stages.size())))
                .district(districts.get(random.nextInt(districts.size())))
                .build());
      }
    }
    return b.build();
  }
}
