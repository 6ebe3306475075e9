// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.Points;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The publication text of a report and the text of a quota, line by line in both languages. */
class ReportAndQuotaTextTest {

    private static final AwardId A1 = AwardId.of("a1");

    private static final CriterionOutcome NO_ACCIDENT = CriterionOutcome.leaf(
            "fact",
            LocalizedText.of("无重大安全事故", "no serious accident"),
            Truth.UNKNOWN,
            List.of(FactUsed.unknown(FactNames.SERIOUS_ACCIDENT)));

    private static AwardDecision decision(
            String id,
            String name,
            Optional<Integer> rank,
            boolean shared,
            Optional<Points> total,
            Selection selection,
            EligibilityDecision eligibility,
            List<LocalizedText> notes) {
        return new AwardDecision(
                ParticipantId.of(id),
                name,
                ParticipantKind.INDIVIDUAL,
                rank,
                shared,
                total,
                selection,
                eligibility,
                notes);
    }

    private static EligibilityDecision eligibility(
            String id,
            Eligibility status,
            List<CriterionOutcome> criteria,
            List<String> missing,
            Optional<LocalizedText> flag) {
        return new EligibilityDecision(A1, ParticipantId.of(id), status, criteria, missing, flag);
    }

    private static AwardsReport report() {
        AwardResult first = new AwardResult(
                A1,
                LocalizedText.of("先进个人", "model worker"),
                AwardNature.AWARD,
                Optional.of(LocalizedText.of("前两名", "the first two")),
                Optional.of(LocalizedText.of("名额 2 个", "2 places")),
                Optional.of(2),
                List.of(
                        decision(
                                "P-1",
                                "张三",
                                Optional.of(1),
                                false,
                                Optional.of(Points.of("95.5")),
                                Selection.SELECTED,
                                eligibility("P-1", Eligibility.ELIGIBLE, List.of(), List.of(), Optional.empty()),
                                List.of(LocalizedText.of("递补入选", "moved up"))),
                        decision(
                                "P-2",
                                "李四",
                                Optional.of(2),
                                true,
                                Optional.of(Points.of(90)),
                                Selection.FLAGGED,
                                eligibility(
                                        "P-2",
                                        Eligibility.FLAGGED,
                                        List.of(NO_ACCIDENT),
                                        List.of(FactNames.SERIOUS_ACCIDENT, "custom-x"),
                                        Optional.of(LocalizedText.of("需人工确认", "needs a person"))),
                                List.of()),
                        decision(
                                "P-3",
                                "王五",
                                Optional.empty(),
                                false,
                                Optional.empty(),
                                Selection.NOT_ELIGIBLE,
                                eligibility("P-3", Eligibility.INELIGIBLE, List.of(), List.of(), Optional.empty()),
                                List.of())));
        AwardResult empty = new AwardResult(
                AwardId.of("a2"),
                LocalizedText.of("荣誉称号", "honour"),
                AwardNature.TITLE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
        return new AwardsReport(CompetitionId.of("c-1"), "某竞赛", 3, List.of(first, empty));
    }

    @Test
    void theEnglishTextListsEveryResultAndDecision() {
        String accident =
                FactNames.label(FactNames.SERIOUS_ACCIDENT).orElseThrow().en();
        assertThat(report().render(Locale.ENGLISH))
                .isEqualTo("Award decisions (for publication): 某竞赛 (c-1)\n"
                        + "Entrants: 3\n"
                        + "\n"
                        + "== model worker [award]\n"
                        + "Rule: the first two\n"
                        + "Quota: 2 places\n"
                        + "Places: 2\n"
                        + "Outcome: selected 1, not eligible 1, flagged for a human decision 1\n"
                        + "- 张三 (P-1), rank 1, total 95.5: selected\n"
                        + "    * moved up\n"
                        + "- 李四 (P-2), rank 2 (shared), total 90: flagged for a human decision; missing facts: "
                        + accident + " (serious-safety-accident), custom-x; needs a person\n"
                        + NO_ACCIDENT.render(Locale.ENGLISH, "    ")
                        + "- 王五 (P-3): not eligible\n"
                        + "\n"
                        + "== honour [title]\n");
    }

    @Test
    void theChineseTextUsesChinesePunctuation() {
        String accident =
                FactNames.label(FactNames.SERIOUS_ACCIDENT).orElseThrow().zh();
        assertThat(report().render(Locale.CHINESE))
                .isEqualTo("评选结果公示：某竞赛 (c-1)\n"
                        + "参赛数：3\n"
                        + "\n"
                        + "== 先进个人 [奖项]\n"
                        + "规则：前两名\n"
                        + "名额：名额 2 个\n"
                        + "名额数：2\n"
                        + "结果：入选 1，不符合条件 1，提交人工决定 1\n"
                        + "- 张三 (P-1)，名次 1，总分 95.5: 入选\n"
                        + "    * 递补入选\n"
                        + "- 李四 (P-2)，名次 2（并列），总分 90: 提交人工决定；缺少事实："
                        + accident + " (serious-safety-accident)、custom-x；需人工确认\n"
                        + NO_ACCIDENT.render(Locale.CHINESE, "    ")
                        + "- 王五 (P-3): 不符合条件\n"
                        + "\n"
                        + "== 荣誉称号 [荣誉称号]\n");
    }

    @Test
    void theCriterionTextNamesTheUnknownFact() {
        assertThat(NO_ACCIDENT.render(Locale.ENGLISH, "    "))
                .startsWith("    ")
                .contains("no serious accident");
    }

    @Test
    void aReportFindsAResultByAward() {
        AwardsReport r = report();
        assertThat(r.result(A1).map(AwardResult::nature)).contains(AwardNature.AWARD);
        assertThat(r.result(AwardId.of("a2")).map(AwardResult::nature)).contains(AwardNature.TITLE);
        assertThat(r.result(AwardId.of("a3"))).isEmpty();
        AwardResult first = r.results().get(0);
        assertThat(first.selected()).extracting(AwardDecision::name).containsExactly("张三");
        assertThat(first.withSelection(Selection.FLAGGED))
                .extracting(AwardDecision::name)
                .containsExactly("李四");
        assertThat(first.decisionFor(ParticipantId.of("P-3")).map(AwardDecision::selection))
                .contains(Selection.NOT_ELIGIBLE);
        assertThat(first.decisions().get(0).eligibility().isEligible()).isTrue();
        assertThat(first.decisions().get(1).eligibility().isEligible()).isFalse();
    }

    @Test
    void aCountQuotaInBothLanguages() {
        LocalizedText t = Quota.ofCount(3, BoundaryTies.ALL_OUT).describe();
        assertThat(t.zh()).isEqualTo("名额 3 个；边界并列：并列者全部不入选；不符合条件者的名额依次递补");
        assertThat(t.en())
                .isEqualTo("3 places; ties at the boundary: all tied candidates are out;"
                        + " places of ineligible candidates go to the next in rank");
    }

    @Test
    void aPercentQuotaWithoutBackfillInBothLanguages() {
        LocalizedText t = Quota.ofPercent("20.0", QuotaRounding.UP, BoundaryTies.FLAG)
                .withBackfill(false)
                .describe();
        assertThat(t.zh()).isEqualTo("名额为参赛总数的 20.0%（向上取整）；边界并列：提交人工决定；不符合条件者的名额不递补");
        assertThat(t.en())
                .isEqualTo("20.0% of all entrants of the event (rounded up); ties at the boundary:"
                        + " flagged for a human decision; places of ineligible candidates stay empty");
    }

    @Test
    void quotasAreEqualByValueWithPercentagesComparedNumerically() {
        Quota a = Quota.ofPercent("20", QuotaRounding.DOWN, BoundaryTies.FLAG);
        Quota b = Quota.ofPercent("20.00", QuotaRounding.DOWN, BoundaryTies.FLAG);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Quota.ofPercent("25", QuotaRounding.DOWN, BoundaryTies.FLAG));
        assertThat(a).isNotEqualTo(Quota.ofPercent("20", QuotaRounding.UP, BoundaryTies.FLAG));
        assertThat(a).isNotEqualTo(Quota.ofPercent("20", QuotaRounding.DOWN, BoundaryTies.ALL_IN));
        assertThat(a).isNotEqualTo(a.withBackfill(true));
        assertThat(a).isNotEqualTo(Quota.ofCount(20, BoundaryTies.FLAG));
        assertThat(a).isNotEqualTo("20%");
        assertThat(Quota.ofCount(2, BoundaryTies.FLAG).hashCode())
                .isNotEqualTo(Quota.ofCount(3, BoundaryTies.FLAG).hashCode());
    }
}
