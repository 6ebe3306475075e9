// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.flag;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.items;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.marks;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.DimensionCode;
import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.RankingPolicy;
import io.github.laborcontest.model.SortOrder;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.TiePolicy;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples on the three built-in sets (version 2026.1), every number by hand. */
class BuiltinSetsTest {

    static IndicatorSet builtin(String code) {
        return IndicatorSetRegistry.discover()
                .get()
                .find(IndicatorSetRef.of(code, "2026.1"))
                .orElseThrow();
    }

    static PeriodResult run(IndicatorSet set, Competition c, List<Measurement> ms) {
        return Scorer.create().scorePeriod(c, set, ms, Q1).getOrElseGet(ps -> {
            throw new AssertionError(ps.map(p -> p.message(Locale.ENGLISH)).mkString("\n"));
        });
    }

    @Test
    void skillContestTheory30Practical70WithTieBreakers() {
        IndicatorSet set = builtin("skill-contest");
        RankingPolicy policy = new RankingPolicy(
                TiePolicy.STANDARD,
                List.of(
                        TieBreaker.dimension(DimensionCode.of("practical"), SortOrder.HIGHER_FIRST),
                        TieBreaker.indicator(IndicatorCode.of("practical.time-seconds"), SortOrder.LOWER_FIRST),
                        TieBreaker.dimension(DimensionCode.of("theory"), SortOrder.HIGHER_FIRST)),
                List.of());
        Competition c = competition(set, units("W1", "W2", "W3", "W4", "W5"), policy, GradeScheme.TYPICAL);
        List<Measurement> ms = List.of(
                value("W1", "theory.exam", "86"),
                marks("W1", "practical.judged", "90", "85", "88", "92", "70"),
                value("W1", "practical.overtime-minutes", "3"),
                value("W1", "practical.time-seconds", "1700"),
                value("W2", "theory.exam", "90"),
                marks("W2", "practical.judged", "80", "80", "80"),
                value("W2", "practical.time-seconds", "1500"),
                value("W3", "theory.exam", "80.1"),
                marks("W3", "practical.judged", "85", "84", "86"),
                value("W3", "practical.time-seconds", "1600"),
                value("W4", "theory.exam", "90"),
                marks("W4", "practical.judged", "80", "80", "80"),
                value("W4", "practical.time-seconds", "1400"),
                value("W5", "theory.exam", "99"),
                marks("W5", "practical.judged", "99", "99", "99"),
                flag("W5", "veto.cheating", true));
        PeriodResult r = run(set, c, ms);
        // W1: judged drop 70 and 92 → (85 + 88 + 90) / 3 = 87.666… → 87.67; overtime 3 × 2 = −6; practical 81.67;
        //     total 0.3 × 86 + 0.7 × 81.67 = 25.8 + 57.169 = 82.969 → 82.97
        assertThat(r.card(ParticipantId.of("W1")).orElseThrow().total().value()).isEqualByComparingTo("82.97");
        // W2 and W4: 0.3 × 90 + 0.7 × 80 = 27 + 56 = 83.00; W3: 0.3 × 80.1 + 0.7 × 85 = 24.03 + 59.5 = 83.53
        assertThat(r.card(ParticipantId.of("W2")).orElseThrow().total().value()).isEqualByComparingTo("83.00");
        assertThat(r.card(ParticipantId.of("W3")).orElseThrow().total().value()).isEqualByComparingTo("83.53");
        // W2 and W4 tie on total and practical; W4's shorter time (1400 s < 1500 s) decides; W5 cheated
        assertThat(r.overall().entries())
                .extracting(e -> e.participant() + "=" + e.rank())
                .containsExactly("W3=1", "W4=2", "W2=3", "W1=4");
        assertThat(r.overall().entry(ParticipantId.of("W4")).orElseThrow().decidedBy())
                .hasValueSatisfying(d -> assertThat(d.ref()).isEqualTo("practical.time-seconds"));
        assertThat(r.overall().disqualified())
                .extracting(d -> d.participant().value())
                .containsExactly("W5");
        assertThat(r.grades()).allSatisfy(g -> assertThat(g.grade()).contains("good"));
    }

    @Test
    void sixComparisonsProject() {
        IndicatorSet set = builtin("six-comparisons");
        Competition c = competition(set, units("P"));
        List<Measurement> ms = List.of(
                value("P", "quality.inspection-pass-rate", "95"),
                value("P", "quality.first-acceptance-rate", "100"),
                value("P", "quality.defects", "1"),
                value("P", "safety.hazard-rectification-rate", "90"),
                value("P", "safety.training-hours", "18"),
                value("P", "safety.accidents", "0"),
                value("P", "safety.unrectified-hazards", "2"),
                value("P", "progress.investment-completion", "80"),
                value("P", "progress.milestone-completion", "100"),
                value("P", "innovation.new-techniques", "2"),
                value("P", "innovation.patents-qc", "2"),
                flag("P", "innovation.bim-smart-site", true),
                value("P", "civilised.dust-control", "5.5"),
                value("P", "civilised.enclosure-noise", "4"),
                value("P", "civilised.site-order", "4"),
                value("P", "assurance.wages-on-time", "100"),
                value("P", "assurance.worker-welfare", "2.5"),
                flag("P", "assurance.site-union", true),
                items("P", "model-project.honours", "taishan", "city"),
                flag("P", "veto.fatal-accident", false));
        ScoreCard p = run(set, c, ms).card(ParticipantId.of("P")).orElseThrow();
        // quality: 8 × 95 / 100 = 7.6; 100 ≥ 100 → 7; 1 defect → band "≤ 2" → 3; 17.6
        // safety: 10 × 90 / 100 = 9; 6 × 18 / 24 = 4.5; 0 accidents → 4; 2 unrectified × 2 = −4; 13.5
        // progress: 12 × 80 / 100 = 9.6; 8; 17.6 — innovation: 2 techniques → band 1 → 3; 2 patents → 4; BIM → 6; 13
        // civilised: 5.5 + 4 + 4 = 13.5 — assurance: 5 + 2.5 + 2 = 9.5 — bonus: taishan 5, city 3, highest only: 5
        // total 17.6 + 13.5 + 17.6 + 13 + 13.5 + 9.5 + 5 = 89.70
        assertThat(dim(p, "quality")).isEqualByComparingTo("17.6");
        assertThat(dim(p, "safety")).isEqualByComparingTo("13.5");
        assertThat(dim(p, "progress")).isEqualByComparingTo("17.6");
        assertThat(dim(p, "innovation")).isEqualByComparingTo("13");
        assertThat(dim(p, "civilised")).isEqualByComparingTo("13.5");
        assertThat(dim(p, "assurance")).isEqualByComparingTo("9.5");
        assertThat(p.bonus().applied().value()).isEqualByComparingTo("5");
        assertThat(p.total().value()).isEqualByComparingTo("89.70");
    }

    @Test
    void ankangCupUnit() {
        IndicatorSet set = builtin("ankang-cup");
        Competition c = competition(set, units("U"));
        List<Measurement> ms = List.of(
                value("U", "organisation.responsibility-system", "9"),
                flag("U", "organisation.safety-officers", true),
                value("U", "rules.safety-rules", "7"),
                value("U", "rules.ledger-completeness", "90"),
                value("U", "hazards.rectification-rate", "95"),
                value("U", "hazards.on-time-rate", "80"),
                value("U", "hazards.unrectified", "1"),
                value("U", "training.coverage", "100"),
                value("U", "training.hours", "12"),
                flag("U", "emergency.plans", true),
                value("U", "emergency.drills", "1"),
                value("U", "protection.ppe-compliance", "98"),
                value("U", "protection.health-checks", "100"),
                flag("U", "supervision.supervisors", true),
                value("U", "supervision.findings-reported", "2"));
        ScoreCard u = run(set, c, ms).card(ParticipantId.of("U")).orElseThrow();
        // organisation 9 + 5 = 14; rules 7 + 7 × 90 / 100 = 13.3; hazards 15 × 0.95 = 14.25 + 10 × 0.8 = 8 − 2 = 20.25;
        // training 8 + 7 × 12 / 24 = 11.5; emergency 4 + 3 = 7; protection 6 × 0.98 = 5.88 + 4 = 9.88; supervision 5 +
        // 2 = 7
        // total 14 + 13.3 + 20.25 + 11.5 + 7 + 9.88 + 7 = 82.93
        assertThat(dim(u, "hazards")).isEqualByComparingTo("20.25");
        assertThat(dim(u, "protection")).isEqualByComparingTo("9.88");
        assertThat(u.total().value()).isEqualByComparingTo("82.93");
        assertThat(u.indicator(IndicatorCode.of("veto.concealed-accident"))
                        .orElseThrow()
                        .status())
                .isEqualTo(IndicatorStatus.NOT_MEASURED);
    }

    static java.math.BigDecimal dim(ScoreCard card, String code) {
        return card.dimension(DimensionCode.of(code)).orElseThrow().points().value();
    }
}
