// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import static io.github.laborcontest.scoring.fixtures.TestdataPlans.Q1;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.competition;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.dimension;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.marks;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.scored;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.set;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.units;
import static io.github.laborcontest.scoring.fixtures.TestdataPlans.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.CustomRule;
import io.github.laborcontest.scoring.plugin.MaxMarkAggregator;
import io.github.laborcontest.scoring.plugin.SquareRootRule;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plugins found with ServiceLoader from src/test/resources/META-INF/services. */
class PluginTest {

    static IndicatorSet sqrtSet() {
        Indicator x = scored("x", ValueType.NUMERIC, 10, new CustomRule("acme.sqrt", Map.of("target", "100")));
        return set(dimension("d", 10, x));
    }

    @Test
    void aThirdPartyRuleNamedByTheSetIsUsed() {
        IndicatorSet set = sqrtSet();
        Competition c = competition(set, units("A", "B"));
        PeriodResult r = Scorer.create()
                .scorePeriod(c, set, List.of(value("A", "x", "25"), value("B", "x", "81")), Q1)
                .get();
        // A: 10 × √(25 / 100) = 10 × 0.5 = 5; B: 10 × √0.81 = 9
        assertThat(r.card(ParticipantId.of("A")).orElseThrow().total().value()).isEqualByComparingTo("5");
        assertThat(r.card(ParticipantId.of("B")).orElseThrow().total().value()).isEqualByComparingTo("9");
    }

    @Test
    void aPluginRefusalIsAProblemNamingParticipantAndIndicator() {
        IndicatorSet set = sqrtSet();
        Competition c = competition(set, units("A"));
        Validation<Seq<Problem>, PeriodResult> r =
                Scorer.create().scorePeriod(c, set, List.of(value("A", "x", "-4")), Q1);
        assertThat(r.getError()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ScoringProblem.RULE_REJECTED);
            assertThat(p.participant()).contains("A");
            assertThat(p.args()).contains("x");
        });
    }

    @Test
    void anUnknownRuleNameIsAProblem() {
        Indicator x = scored("x", ValueType.NUMERIC, 10, new CustomRule("acme.nope", Map.of()));
        IndicatorSet set = set(dimension("d", 10, x));
        Competition c = competition(set, units("A"));
        assertThat(Scorer.create()
                        .scorePeriod(c, set, List.of(value("A", "x", "1")), Q1)
                        .getError())
                .extracting(Problem::code)
                .containsExactly(ScoringProblem.UNKNOWN_RULE_EVALUATOR);
        assertThat(Scorer.create(ScoringPlugins.NONE)
                        .scorePeriod(competition(sqrtSet(), units("A")), sqrtSet(), List.of(), Q1)
                        .getError())
                .extracting(Problem::code)
                .containsExactly(ScoringProblem.UNKNOWN_RULE_EVALUATOR);
    }

    @Test
    void aPluginAggregatorCombinesJudgeMarks() {
        Indicator x = scored(
                "x",
                ValueType.JUDGED_SCORE,
                20,
                new CustomRule(
                        "judge-aggregate", Map.of("aggregator", "acme.max", "markScale", "10", "minJudges", "3")));
        IndicatorSet set = set(dimension("d", 20, x));
        Competition c = competition(set, units("A"));
        PeriodResult r = Scorer.create()
                .scorePeriod(c, set, List.of(marks("A", "x", "6", "9", "7")), Q1)
                .get();
        // highest mark 9: 20 × 9 / 10 = 18
        assertThat(r.card(ParticipantId.of("A"))
                        .orElseThrow()
                        .indicator(IndicatorCode.of("x"))
                        .orElseThrow()
                        .points()
                        .value())
                .isEqualByComparingTo("18");
    }

    @Test
    void duplicatePluginNamesAreProblemsNamingBoth() {
        Validation<Seq<Problem>, ScoringPlugins> r = ScoringPlugins.of(
                List.of(new SquareRootRule(), new SquareRootRule()), List.of(), List.of(new MaxMarkAggregator()));
        assertThat(r.getError()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ScoringProblem.DUPLICATE_PLUGIN);
            assertThat(p.args()).contains("acme.sqrt", SquareRootRule.class.getName());
        });
        assertThat(ScoringPlugins.discover().get().ruleNames()).containsExactly("acme.sqrt");
    }
}
