// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q2;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.flag;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.indicator;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.CampaignTask;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.Direction;
import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.GroupingKey;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.ProjectStage;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.TiePolicy;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.Veto;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stage contests, periods and the cumulative total. */
class PeriodsAndStagesTest {

    static Participant project(String id, ProjectStage stage) {
        return new Participant.Builder()
                .id(ParticipantId.of(id))
                .name("项目" + id)
                .kind(ParticipantKind.PROJECT)
                .unit("建设单位")
                .campaignTask(CampaignTask.METRO)
                .stage(stage)
                .build();
    }

    @Test
    void projectsAreScoredOnlyOnTheirStagesIndicators() {
        Indicator signing = new Indicator.Builder()
                .from(scored("p.signing", ValueType.PERCENTAGE, 20, LinearToTarget.of(BigDecimal.valueOf(100))))
                .addStage(ProjectStage.NEGOTIATING)
                .build();
        Indicator completion = new Indicator.Builder()
                .from(scored("p.completion", ValueType.PERCENTAGE, 20, LinearToTarget.of(BigDecimal.valueOf(100))))
                .addStage(ProjectStage.STARTED)
                .build();
        // Each project can earn 20 in progress: the model's validator adds up the points per stage (20 each)
        IndicatorSet set = set(dimension("progress", 20, signing, completion));
        Competition c = competition(
                set,
                List.of(project("N1", ProjectStage.NEGOTIATING), project("S1", ProjectStage.STARTED)),
                new RankingPolicy(TiePolicy.STANDARD, List.of(), List.of(GroupingKey.STAGE)),
                GradeScheme.TYPICAL);
        PeriodResult r = Scorer.create()
                .scorePeriod(c, set, List.of(value("N1", "p.signing", "50"), value("S1", "p.completion", "90")), Q1)
                .get();
        ScoreCard n1 = r.card(ParticipantId.of("N1")).orElseThrow();
        // N1 (negotiating): signing 20 × 50 / 100 = 10; completion does not apply
        assertThat(n1.total().value()).isEqualByComparingTo("10");
        IndicatorScore notApplicable =
                n1.indicator(IndicatorCode.of("p.completion")).orElseThrow();
        assertThat(notApplicable.status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        assertThat(notApplicable.steps()).containsExactly(new Step.NotApplicable("negotiating", List.of("started")));
        assertThat(n1.flags()).isEmpty();
        // S1 (started): completion 20 × 90 / 100 = 18
        assertThat(r.card(ParticipantId.of("S1")).orElseThrow().total().value()).isEqualByComparingTo("18");
        // each stage is ranked on its own
        assertThat(r.groups())
                .extracting(g -> g.group().orElseThrow().value() + ":"
                        + g.entries().get(0).participant())
                .containsExactly("negotiating:N1", "started:S1");
    }

    static final IndicatorSet SET = set(dimension(
            "d",
            100,
            scored("x", ValueType.NUMERIC, 100, new DirectPoints()),
            indicator(
                    "fatal",
                    IndicatorKind.VETO,
                    ValueType.BOOLEAN,
                    Direction.HIGHER_BETTER,
                    0,
                    new Veto(Veto.Effect.DISQUALIFY, Optional.empty(), Veto.Scope.CONTEST)),
            indicator(
                    "late",
                    IndicatorKind.VETO,
                    ValueType.COUNT,
                    Direction.HIGHER_BETTER,
                    0,
                    Veto.disqualifyForPeriod())));

    @Test
    void cumulativeTotalUsesThePeriodWeights() {
        Competition c = competition(SET, units("A", "B", "C"));
        CumulativeResult r = Scorer.create()
                .scoreCumulative(
                        c,
                        SET,
                        List.of(
                                value("A", "x", Q1, "80"),
                                value("A", "x", Q2, "90.55"),
                                value("B", "x", Q1, "95"),
                                value("B", "x", Q2, "85"),
                                value("B", "late", Q1, "1"),
                                value("C", "x", Q1, "70"),
                                value("C", "x", Q2, "99"),
                                flag("C", "fatal", Q1, true)),
                        ScoringOptions.DEFAULT)
                .getOrElseGet(ps -> {
                    throw new AssertionError(
                            ps.map(p -> p.message(Locale.ENGLISH)).mkString());
                });
        // A: 80 × 0.4 + 90.55 × 0.6 = 32 + 54.33 = 86.33
        CumulativeResult.Entry a = r.entry(ParticipantId.of("A")).orElseThrow();
        assertThat(a.total().value()).isEqualByComparingTo("86.33");
        assertThat(a.periods())
                .extracting(p -> p.contribution().value().stripTrailingZeros().toPlainString())
                .containsExactly("32", "54.33");
        // B: a period veto in Q1 makes Q1 count zero: 0 × 0.4 + 85 × 0.6 = 51
        CumulativeResult.Entry b = r.entry(ParticipantId.of("B")).orElseThrow();
        assertThat(b.total().value()).isEqualByComparingTo("51");
        assertThat(b.periods().get(0).counted()).isFalse();
        assertThat(b.status()).isEqualTo(ScoreStatus.RANKED);
        // C: a contest-scope veto in Q1 disqualifies C in Q2 too and in the cumulative ranking
        assertThat(r.periods().get(1).card(ParticipantId.of("C")).orElseThrow().status())
                .isEqualTo(ScoreStatus.DISQUALIFIED);
        assertThat(r.entry(ParticipantId.of("C")).orElseThrow().status()).isEqualTo(ScoreStatus.DISQUALIFIED);
        assertThat(r.overall().entries())
                .extracting(e -> e.participant().value())
                .containsExactly("A", "B");
        assertThat(r.overall().disqualified())
                .extracting(d -> d.participant().value())
                .containsExactly("C");
    }
}
