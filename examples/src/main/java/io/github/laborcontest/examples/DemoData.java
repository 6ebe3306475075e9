// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples;

import io.github.laborcontest.model.CampaignTask;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.CompetitionKind;
import io.github.laborcontest.model.CompetitionPlan;
import io.github.laborcontest.model.DateRange;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.EvaluationPeriod;
import io.github.laborcontest.model.GroupingKey;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Organiser;
import io.github.laborcontest.model.OrganiserRole;
import io.github.laborcontest.model.OrganiserType;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.PeriodKind;
import io.github.laborcontest.model.ProjectStage;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.Scope;
import io.github.laborcontest.model.SortOrder;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.TiePolicy;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.ItemTable;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.ScoringRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
        Competition.Builder b = new Competition.Builder()
                .id(CompetitionId.of("qd-2026-key-projects"))
                .plan(new CompetitionPlan.Builder()
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
                .addOrganiser(new Organiser.Builder()
                        .name("青岛市城市更新和城市建设总指挥部办公室")
                        .type(OrganiserType.CITY_HEADQUARTERS)
                        .role(OrganiserRole.LEAD)
                        .build())
                .addOrganiser(Organiser.of("青岛市总工会", OrganiserType.CITY_TRADE_UNION, OrganiserRole.JOINT))
                .indicatorSet(IndicatorSetRef.of("six-comparisons", "2026.1"));
        for (int q = 1; q <= 4; q++) {
            LocalDate start = LocalDate.of(2026, 3 * q - 2, 1);
            b.addPeriod(new EvaluationPeriod.Builder()
                    .id(PeriodId.of("2026-Q" + q))
                    .kind(PeriodKind.QUARTERLY)
                    .dates(DateRange.of(start, start.plusMonths(3).minusDays(1)))
                    .weight(new BigDecimal("0.175"))
                    .build());
        }
        b.addPeriod(new EvaluationPeriod.Builder()
                .id(PeriodId.of("2026-final"))
                .kind(PeriodKind.FINAL)
                .dates(DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .weight(new BigDecimal("0.3"))
                .build());
        List<ProjectStage> stages = List.of(ProjectStage.values());
        int n = 0;
        for (CampaignTask task : CampaignTask.builtIns()) {
            for (int i = 0; i < 40; i++) {
                n++;
                b.addParticipant(new Participant.Builder()
                        .id(ParticipantId.of(String.format("P-%04d", n)))
                        .name(task.label().orElseThrow().zh() + "项目" + (i + 1))
                        .kind(ParticipantKind.PROJECT)
                        .unit("参建单位" + (1 + random.nextInt(120)))
                        .campaignTask(task)
                        .stage(stages.get(random.nextInt(stages.size())))
                        .district(DISTRICTS.get(random.nextInt(DISTRICTS.size())))
                        .build());
            }
        }
        return b.build();
    }
    /**
     * A city-wide welding skill contest run jointly by the municipal construction authority (inside
     * a professional headquarters) and the city trade-union federation: the May Day Labour Medal
     * rule applies to its individual winner.
     *
     * @param workers how many workers enter
     * @return the competition
     */
    public static Competition skillContest(int workers) {
        Random random = new Random(SEED + 1);
        Competition.Builder b = new Competition.Builder()
                .id(CompetitionId.of("qd-2026-welding"))
                .plan(new CompetitionPlan.Builder()
                        .name("2026年全市城市建设领域焊工职业技能比武")
                        .contentAndGoals("以赛促学、以赛促训，选拔技术能手")
                        .methodAndVehicle("理论考试加实际操作，评委组打分")
                        .scopeAndParticipants("全市城市更新和城市建设项目一线焊工")
                        .standardsAndRequirements("理论30%，实操70%；实操去掉一个最高分和一个最低分")
                        .dates(DateRange.of(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 12)))
                        .evaluationAndRewardMethod("个人第一名按程序推荐青岛市五一劳动奖章；前三名授予技术能手")
                        .build())
                .kind(CompetitionKind.SKILL)
                .campaignTasks(CampaignTask.builtIns())
                .scope(Scope.CITY_WIDE)
                .addOrganiser(new Organiser.Builder()
                        .name("青岛市住房和城乡建设局")
                        .type(OrganiserType.MUNICIPAL_INDUSTRY_AUTHORITY)
                        .role(OrganiserRole.LEAD)
                        .withinHeadquarters("市政设施建设专业指挥部")
                        .build())
                .addOrganiser(Organiser.of("青岛市总工会", OrganiserType.CITY_TRADE_UNION, OrganiserRole.JOINT))
                .indicatorSet(IndicatorSetRef.of("skill-contest", "2026.1"))
                .addPeriod(new EvaluationPeriod.Builder()
                        .id(PeriodId.of("2026-final"))
                        .kind(PeriodKind.EVENT)
                        .dates(DateRange.of(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 12)))
                        .weight(BigDecimal.ONE)
                        .build())
                .ranking(new RankingPolicy(
                        TiePolicy.STANDARD,
                        List.of(
                                TieBreaker.dimension(DimensionCode.of("practical"), SortOrder.HIGHER_FIRST),
                                TieBreaker.indicator(IndicatorCode.of("practical.time-seconds"), SortOrder.LOWER_FIRST),
                                TieBreaker.dimension(DimensionCode.of("theory"), SortOrder.HIGHER_FIRST)),
                        List.of(GroupingKey.DISTRICT)))
                .minimumEntrants(15);
        for (int i = 1; i <= workers; i++) {
            b.addParticipant(new Participant.Builder()
                    .id(ParticipantId.of(String.format("W-%05d", i)))
                    .name(SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size())) + i)
                    .kind(ParticipantKind.INDIVIDUAL)
                    .unit("施工单位" + (1 + random.nextInt(300)))
                    .trade("焊工")
                    .district(DISTRICTS.get(random.nextInt(DISTRICTS.size())))
                    .build());
        }
        return b.build();
    }

    /**
     * A district Ankang Cup safety contest among work units and teams.
     *
     * @param entrants how many units and teams enter
     * @return the competition
     */
    public static Competition safetyContest(int entrants) {
        Random random = new Random(SEED + 2);
        Competition.Builder b = new Competition.Builder()
                .id(CompetitionId.of("qd-2026-ankang-cup"))
                .plan(new CompetitionPlan.Builder()
                        .name("2026年城市建设“安康杯”竞赛")
                        .contentAndGoals("提升隐患排查整治和事故应急处置能力")
                        .methodAndVehicle("“安康杯”竞赛与“查保促”群众性活动")
                        .scopeAndParticipants("拆迁、建设项目参建单位和班组")
                        .standardsAndRequirements("按“安康杯”考核指标体系（百分制）考评，一票否决")
                        .dates(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                        .evaluationAndRewardMethod("评选优胜单位、优胜班组（不超过参赛数的20%，不低于90分）")
                        .build())
                .kind(CompetitionKind.SAFETY)
                .addCampaignTask(CampaignTask.OLD_TOWN_VILLAGES)
                .scope(Scope.DISTRICT)
                .district("李沧区")
                .addOrganiser(Organiser.of("李沧区总工会", OrganiserType.DISTRICT_TRADE_UNION, OrganiserRole.LEAD))
                .addOrganiser(Organiser.of("李沧区城市更新指挥部", OrganiserType.DISTRICT_HEADQUARTERS, OrganiserRole.JOINT))
                .indicatorSet(IndicatorSetRef.of("ankang-cup", "2026.1"))
                .addPeriod(new EvaluationPeriod.Builder()
                        .id(PeriodId.of("2026-final"))
                        .kind(PeriodKind.FINAL)
                        .dates(DateRange.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                        .weight(BigDecimal.ONE)
                        .build())
                .ranking(new RankingPolicy(
                        TiePolicy.STANDARD, List.of(TieBreaker.fewerDeductions()), List.of(GroupingKey.KIND)));
        for (int i = 1; i <= entrants; i++) {
            boolean team = random.nextInt(3) == 0;
            b.addParticipant(new Participant.Builder()
                    .id(ParticipantId.of(String.format("%s-%04d", team ? "T" : "U", i)))
                    .name(team ? "安全班组" + i : "参建单位" + i)
                    .kind(team ? ParticipantKind.TEAM : ParticipantKind.UNIT)
                    .unit("李沧区参建单位" + (1 + random.nextInt(60)))
                    .district("李沧区")
                    .build());
        }
        return b.build();
    }

    /**
     * Plausible measurements of every indicator for every participant and period, seeded. A few
     * participants get bonus items, deductions and a veto, so that every rule kind shows.
     *
     * @param competition the competition
     * @param set its indicator set
     * @return the measurements, in participant, period, indicator order
     */
    public static List<Measurement> measurements(Competition competition, IndicatorSet set) {
        Random random = new Random(SEED ^ competition.id().value().hashCode());
        List<Measurement> out = new ArrayList<>();
        List<Participant> participants = competition.participants();
        IndicatorCode firstVeto = set.indicators()
                .filter(i -> i.kind() == IndicatorKind.VETO)
                .map(Indicator::code)
                .findFirst()
                .orElse(null);
        for (int pi = 0; pi < participants.size(); pi++) {
            Participant p = participants.get(pi);
            boolean vetoed = pi % 97 == 41;
            double ability = 0.5 + 0.42 * random.nextDouble();
            for (EvaluationPeriod period : competition.periods()) {
                set.indicators()
                        .forEach(ind -> measure(
                                        ind,
                                        ability,
                                        random,
                                        vetoed && ind.code().equals(firstVeto))
                                .ifPresent(m -> out.add(m.participant(p.id())
                                        .indicator(ind.code())
                                        .period(period.id())
                                        .addEvidence("DEMO-" + period.id() + "-" + p.id())
                                        .build())));
            }
        }
        return out;
    }

    private static java.util.Optional<Measurement.Builder> measure(
            Indicator ind, double ability, Random random, boolean vetoFires) {
        Measurement.Builder m = new Measurement.Builder();
        ScoringRule rule = ind.rule().orElse(null);
        switch (ind.kind()) {
            case VETO:
                // one participant in 97 has the set's first veto fact recorded as true
                return java.util.Optional.of(m.flag(vetoFires));
            case BONUS:
                if (rule instanceof ItemTable table && random.nextInt(8) == 0) {
                    return java.util.Optional.of(m.addItem(table.items()
                            .get(random.nextInt(table.items().size()))
                            .code()));
                }
                return java.util.Optional.empty();
            case DEDUCTION:
                return java.util.Optional.of(
                        m.value(BigDecimal.valueOf(random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(4))));
            case RECORDED:
                return java.util.Optional.of(m.value(BigDecimal.valueOf(1800 + random.nextInt(1800))));
            default:
                break;
        }
        switch (ind.valueType()) {
            case BOOLEAN:
                return java.util.Optional.of(m.flag(random.nextDouble() < ability + 0.1));
            case PERCENTAGE:
                return java.util.Optional.of(m.value(
                        decimal(Math.min(100, 100 * ability + 12 * random.nextGaussian()), 1)));
            case COUNT:
                return java.util.Optional.of(m.value(BigDecimal.valueOf(Math.max(
                        0,
                        Math.round(4
                                        * (ind.direction() == io.github.laborcontest.model.Direction.LOWER_BETTER
                                                ? 1 - ability
                                                : ability)
                                + random.nextGaussian())))));
            case JUDGED_SCORE:
                for (int j = 0; j < 5; j++) {
                    m.addMark(decimal(Math.max(0, Math.min(100, 100 * ability + 6 * random.nextGaussian())), 1));
                }
                return java.util.Optional.of(m);
            default:
                BigDecimal max = ind.maxPoints().value();
                if (rule instanceof LinearToTarget l) {
                    max = l.target();
                }
                double v = max.doubleValue() * Math.min(1.05, ability + 0.08 * random.nextGaussian());
                if (rule instanceof DirectPoints) {
                    v = Math.min(v, ind.maxPoints().value().doubleValue());
                }
                return java.util.Optional.of(m.value(decimal(Math.max(0, v), 1)));
        }
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, java.math.RoundingMode.HALF_UP);
    }

    private static final List<String> DISTRICTS = List.of("市南区", "市北区", "李沧区", "崂山区", "黄岛区", "城阳区", "即墨区", "胶州市");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙");
    private static final List<String> GIVEN = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "华", "建国", "海波");
}
