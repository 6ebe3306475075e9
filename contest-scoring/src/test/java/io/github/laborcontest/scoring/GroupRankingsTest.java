// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.RankingAndGradesTest.FOUR;
import static io.github.laborcontest.scoring.RankingAndGradesTest.run;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.unit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.CampaignTask;
import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.GroupingKey;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.TiePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Group rankings by trade, participant kind and campaign task: one ranking per value, in the
 * order of the grouping keys and then of the values; a participant without the value is in no
 * group of that key.
 */
class GroupRankingsTest {

    @Test
    void eachKeyGivesOneRankingPerValueAndLeavesOutThoseWithoutIt() {
        // totals: A 90, B 80, C 80, D 70
        List<Participant> ps = List.of(
                new Participant.Builder()
                        .from(unit("A"))
                        .trade("焊工")
                        .campaignTask(CampaignTask.TRANSPORT)
                        .build(),
                new Participant.Builder()
                        .from(unit("B"))
                        .trade("电工")
                        .campaignTask(CampaignTask.TRANSPORT)
                        .build(),
                new Participant.Builder()
                        .from(unit("C"))
                        .trade("焊工")
                        .campaignTask(CampaignTask.HISTORIC_DISTRICT)
                        .build(),
                unit("D"));
        PeriodResult r = run(
                new RankingPolicy(
                        TiePolicy.STANDARD,
                        List.of(),
                        List.of(GroupingKey.TRADE, GroupingKey.KIND, GroupingKey.CAMPAIGN_TASK)),
                GradeScheme.TYPICAL,
                ps,
                FOUR);
        // values sorted as strings: 焊 (U+710A) before 电 (U+7535); historic-district before transport
        assertThat(r.groups())
                .extracting(g -> g.group().orElseThrow().key() + ":"
                        + g.group().orElseThrow().value() + " "
                        + g.entries().stream()
                                .map(e ->
                                        e.participant().value() + "=" + e.rank().toPlainString())
                                .toList())
                .containsExactly(
                        "TRADE:焊工 [A=1, C=2]",
                        "TRADE:电工 [B=1]",
                        "KIND:unit [A=1, B=2, C=2, D=4]",
                        "CAMPAIGN_TASK:historic-district [C=1]",
                        "CAMPAIGN_TASK:transport [A=1, B=2]");
        assertThat(r.groups().get(2).ties())
                .singleElement()
                .satisfies(t -> assertThat(t.total().value()).isEqualByComparingTo("80"));
    }
}
