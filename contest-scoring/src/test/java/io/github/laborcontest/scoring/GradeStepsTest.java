// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.RankingAndGradesTest.TEN;
import static io.github.laborcontest.scoring.RankingAndGradesTest.TEN_UNITS;
import static io.github.laborcontest.scoring.RankingAndGradesTest.grades;
import static io.github.laborcontest.scoring.RankingAndGradesTest.quota;
import static io.github.laborcontest.scoring.RankingAndGradesTest.run;
import static io.github.laborcontest.scoring.RankingAndGradesTest.totals;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.flag;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.BoundaryTiePolicy;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.scoring.explain.Explanations;
import io.github.laborcontest.scoring.explain.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The explanation steps of grades: which band a total reached, the place within a quota, the
 * boundary-tie decision and a veto's cap, each as code and arguments and as the sentence shown in
 * Chinese and English. Totals and quotas are those of {@link RankingAndGradesTest}.
 */
class GradeStepsTest {

    private static List<String> steps(PeriodResult r, String who, Locale locale) {
        return r.grade(ParticipantId.of(who)).orElseThrow().steps().stream()
                .map(s -> Explanations.render(s, locale))
                .toList();
    }

    private static List<String> codes(PeriodResult r, String who) {
        return r.grade(ParticipantId.of(who)).orElseThrow().steps().stream()
                .map(s -> s.code() + " " + s.args())
                .toList();
    }

    @Test
    void absoluteGradesNameTheMinimumReachedAndTheCap() {
        List<Measurement> ms = new ArrayList<>(totals("A", "95", "B", "85", "C", "60", "D", "59.99"));
        ms.add(flag("A", "v", true));
        PeriodResult r = run(RankingPolicy.DEFAULT, GradeScheme.TYPICAL, units("A", "B", "C", "D"), ms);
        // A 95 ≥ 90: excellent, then capped at qualified by the veto v
        assertThat(codes(r, "A"))
                .containsExactly("grade.absolute [95.00, excellent, 90, 优秀, excellent]", "grade.capped [v, qualified]");
        assertThat(steps(r, "A", Locale.ENGLISH))
                .containsExactly("total 95.00 reaches 90: excellent", "veto v caps the grade at qualified");
        assertThat(steps(r, "A", Locale.CHINESE)).containsExactly("总分 95.00 达到 90：优秀", "一票否决 v 将等级限定为 qualified");
        assertThat(r.grade(ParticipantId.of("A")).orElseThrow().label()).contains(LocalizedText.of("合格", "qualified"));
        // B 85 ≥ 80: good; C exactly 60: qualified (the minimum counts); D 59.99: the last band, no minimum
        assertThat(steps(r, "B", Locale.ENGLISH)).containsExactly("total 85.00 reaches 80: good");
        assertThat(steps(r, "C", Locale.CHINESE)).containsExactly("总分 60.00 达到 60：合格");
        assertThat(codes(r, "D")).containsExactly("grade.rest [59.99, unqualified, 不合格, unqualified]");
        assertThat(steps(r, "D", Locale.ENGLISH)).containsExactly("total 59.99: unqualified");
        assertThat(steps(r, "D", Locale.CHINESE)).containsExactly("总分 59.99：不合格");
        assertThat(r.grade(ParticipantId.of("D")).orElseThrow().pendingDecision())
                .isFalse();
    }

    @Test
    void quotaAllInExplainsEachPlaceAndTheTieAcrossTheBoundary() {
        // excellent: floor(10 × 20 / 100) = 2 places; P02 and P03 tie at 95 on the boundary: both in.
        // good: floor(10 × 40 / 100) = 4 places, P04–P07; P08 (rank 8) is not tied with P07: the rest.
        PeriodResult r = run(RankingPolicy.DEFAULT, quota(BoundaryTiePolicy.ALL_IN), TEN_UNITS, TEN);
        assertThat(codes(r, "P01")).containsExactly("grade.quota [1, 2, excellent, 优秀, excellent]");
        assertThat(codes(r, "P02"))
                .containsExactly(
                        "grade.quota [2, 2, excellent, 优秀, excellent]", "grade.boundary.all-in [excellent, good]");
        assertThat(codes(r, "P03")).containsExactly("grade.boundary.all-in [excellent, good]");
        assertThat(codes(r, "P04")).containsExactly("grade.quota [1, 4, good, 良好, good]");
        assertThat(codes(r, "P07")).containsExactly("grade.quota [4, 4, good, 良好, good]");
        assertThat(codes(r, "P08")).containsExactly("grade.rest [70.00, qualified, 合格, qualified]");
        assertThat(steps(r, "P02", Locale.CHINESE)).containsExactly("名额 2 中的第 2 名：优秀", "在 excellent 名额边界并列：并列者全部入围");
        assertThat(steps(r, "P02", Locale.ENGLISH))
                .containsExactly("place 2 of quota 2: excellent", "tied at the boundary of excellent: all tied are in");
        assertThat(steps(r, "P10", Locale.ENGLISH)).containsExactly("total 50.00: qualified");
    }

    @Test
    void quotaAllOutMovesTheTiedPlacesToTheNextBand() {
        // excellent keeps only P01; P02 and P03 go to good and take its places 1 and 2 of 4; P06 is the rest
        PeriodResult r = run(RankingPolicy.DEFAULT, quota(BoundaryTiePolicy.ALL_OUT), TEN_UNITS, TEN);
        assertThat(codes(r, "P01")).containsExactly("grade.quota [1, 2, excellent, 优秀, excellent]");
        assertThat(codes(r, "P02"))
                .containsExactly("grade.boundary.all-out [excellent, good]", "grade.quota [1, 4, good, 良好, good]");
        assertThat(codes(r, "P03"))
                .containsExactly("grade.boundary.all-out [excellent, good]", "grade.quota [2, 4, good, 良好, good]");
        assertThat(codes(r, "P05")).containsExactly("grade.quota [4, 4, good, 良好, good]");
        assertThat(codes(r, "P06")).containsExactly("grade.rest [80.00, qualified, 合格, qualified]");
        assertThat(steps(r, "P03", Locale.CHINESE))
                .containsExactly("在 excellent 名额边界并列：并列者全部计入 good", "名额 4 中的第 2 名：良好");
    }

    @Test
    void quotaFlagLeavesTheTiedWithoutAGradeAndNamesBothCandidates() {
        PeriodResult r = run(RankingPolicy.DEFAULT, quota(BoundaryTiePolicy.FLAG), TEN_UNITS, TEN);
        for (String who : List.of("P02", "P03")) {
            GradeResult g = r.grade(ParticipantId.of(who)).orElseThrow();
            assertThat(g.pendingDecision()).isTrue();
            assertThat(g.grade()).isEmpty();
            assertThat(g.label()).isEmpty();
            assertThat(g.candidates()).containsExactly("excellent", "good");
            assertThat(codes(r, who)).containsExactly("grade.boundary.flag [excellent, good]");
            assertThat(steps(r, who, Locale.ENGLISH))
                    .containsExactly("tied at the boundary of excellent: a human decides between excellent and good");
            assertThat(steps(r, who, Locale.CHINESE)).containsExactly("在 excellent 名额边界并列：由人工在 excellent 与 good 之间决定");
        }
        GradeResult first = r.grade(ParticipantId.of("P01")).orElseThrow();
        assertThat(first.pendingDecision()).isFalse();
        assertThat(first.candidates()).isEmpty();
        assertThat(codes(r, "P04")).containsExactly("grade.quota [1, 4, good, 良好, good]");
    }

    @Test
    void aBandsMaximumCountHoldsItsQuotaBelowThePercentage() {
        GradeScheme s = new GradeScheme(
                GradeScheme.Mode.QUOTA,
                List.of(
                        // 50% of 10 = 5, at most 3
                        new GradeScheme.Band(
                                "first",
                                LocalizedText.of("一等奖", "first prize"),
                                Optional.empty(),
                                Optional.of(new BigDecimal("50")),
                                Optional.of(3)),
                        // 25% of 10 = 2.5, floored to 2
                        new GradeScheme.Band(
                                "second",
                                LocalizedText.of("二等奖", "second prize"),
                                Optional.empty(),
                                Optional.of(new BigDecimal("25")),
                                Optional.empty()),
                        // no percentage: at most 1
                        new GradeScheme.Band(
                                "third",
                                LocalizedText.of("三等奖", "third prize"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(1)),
                        // the last band; its code is the one the set's veto v caps at
                        new GradeScheme.Band(
                                "qualified",
                                LocalizedText.of("未获奖", "no prize"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())),
                BoundaryTiePolicy.ALL_IN);
        PeriodResult r = run(RankingPolicy.DEFAULT, s, TEN_UNITS, TEN);
        // P01 99, P02 95, P03 95: first (3 places); P04 90, P05 85: second; P06 80: third; the rest none
        assertThat(grades(r))
                .containsExactly(
                        "P01=first",
                        "P02=first",
                        "P03=first",
                        "P04=second",
                        "P05=second",
                        "P06=third",
                        "P07=qualified",
                        "P08=qualified",
                        "P09=qualified",
                        "P10=qualified");
        assertThat(codes(r, "P03")).containsExactly("grade.quota [3, 3, first, 一等奖, first prize]");
        assertThat(codes(r, "P05")).containsExactly("grade.quota [2, 2, second, 二等奖, second prize]");
        assertThat(codes(r, "P06")).containsExactly("grade.quota [1, 1, third, 三等奖, third prize]");
        assertThat(steps(r, "P06", Locale.ENGLISH)).containsExactly("place 1 of quota 1: third prize");
    }

    @Test
    void withoutExplanationsGradesHaveNoSteps() {
        Competition c =
                competition(RankingAndGradesTest.SET, TEN_UNITS, RankingPolicy.DEFAULT, quota(BoundaryTiePolicy.FLAG));
        PeriodResult r = Scorer.create()
                .scorePeriod(c, RankingAndGradesTest.SET, TEN, Q1, ScoringOptions.DEFAULT.withExplanations(false))
                .get();
        assertThat(r.grades()).allSatisfy(g -> assertThat(g.steps()).isEmpty());
        assertThat(grades(r)).startsWith("P01=excellent", "P02=pending", "P03=pending", "P04=good");
        List<Step> none = r.grade(ParticipantId.of("P02")).orElseThrow().steps();
        assertThat(none).isEmpty();
    }
}
