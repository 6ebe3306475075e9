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
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.CustomRule;
import io.github.laborcontest.scoring.plugin.BrokenRule;
import io.github.laborcontest.scoring.plugin.MaxMarkAggregator;
import io.github.laborcontest.scoring.plugin.SquareRootRule;
import io.github.laborcontest.scoring.plugin.SquareRootTwin;
import io.github.laborcontest.scoring.spi.CustomOutcome;
import io.github.laborcontest.scoring.spi.ScoringPlugins;
import io.github.laborcontest.scoring.spi.ScoringRuleEvaluator;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that fail: while being loaded, while naming themselves, while scoring; and the judge
 * aggregator rule's own checks. Each failure is a problem naming the plugin, never an exception.
 */
class PluginFailuresTest {

    /** A rule that throws while scoring. */
    static final class ThrowingRule implements ScoringRuleEvaluator {
        @Override
        public String name() {
            return "acme.throws";
        }

        @Override
        public CustomOutcome evaluate(CustomRule rule, Indicator indicator, Measurement m) {
            throw new ArithmeticException("division by zero");
        }
    }

    /** A rule that cannot say its name. */
    static final class NamelessRule implements ScoringRuleEvaluator {
        @Override
        public String name() {
            throw new IllegalStateException("no name yet");
        }

        @Override
        public CustomOutcome evaluate(CustomRule rule, Indicator indicator, Measurement m) {
            return CustomOutcome.rejected("unreachable");
        }
    }

    @Test
    void aRuleThatThrowsWhileScoringIsAProblemNamingIt() {
        Indicator x = scored("x", ValueType.NUMERIC, 10, new CustomRule("acme.throws", Map.of()));
        IndicatorSet set = set(dimension("d", 10, x));
        Scorer scorer = Scorer.create(ScoringPlugins.of(List.of(new ThrowingRule()), List.of(), List.of())
                .get());
        Seq<Problem> ps = scorer.scorePeriod(competition(set, units("A")), set, List.of(value("A", "x", "1")), Q1)
                .getError();
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "PLUGIN_FAILED $.measurements[0] [" + ThrowingRule.class.getName() + ", division by zero]");
        assertThat(ps.head().participant()).contains("A");
        assertThat(ps.head().message(Locale.ENGLISH))
                .contains("plugin " + ThrowingRule.class.getName() + " failed: division by zero");
        assertThat(ps.head().message(Locale.CHINESE))
                .contains("插件 " + ThrowingRule.class.getName() + " 出错：division by zero");
    }

    @Test
    void aRuleThatCannotNameItselfIsAProblemAndTheOthersStillCount() {
        var r = ScoringPlugins.of(List.of(new NamelessRule(), new SquareRootRule()), List.of(), List.of());
        assertThat(r.getError())
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly("PLUGIN_FAILED $ [" + NamelessRule.class.getName() + ", no name yet]");
    }

    @Test
    void discoveryReportsAProviderThatCannotBeCreatedAndOneThatDoesNotExist(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ScoringRuleEvaluator.class.getName()), BrokenRule.class.getName() + "\n");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Seq<Problem> ps = ScoringPlugins.discover(loader).getError();
            // the test class path's own acme.sqrt loads; the broken one is reported by its class
            assertThat(ps).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ScoringProblem.PLUGIN_FAILED);
                assertThat(p.path()).isEqualTo("$");
                assertThat(p.args().get(0)).isEqualTo(BrokenRule.class.getName());
                assertThat(String.valueOf(p.args().get(1))).contains(BrokenRule.class.getName());
            });
        }
        Files.writeString(services.resolve(ScoringRuleEvaluator.class.getName()), "com.example.Missing\n");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Seq<Problem> ps = ScoringPlugins.discover(loader).getError();
            assertThat(ps).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ScoringProblem.PLUGIN_FAILED);
                assertThat(p.args().get(0)).isEqualTo(ScoringRuleEvaluator.class.getName());
                assertThat(String.valueOf(p.args().get(1))).contains("com.example.Missing");
            });
        }
    }

    @Test
    void discoveryReportsLoadingProblemsFirstThenTheDuplicatesAmongThePluginsThatLoaded(@TempDir Path dir)
            throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        // the test class path lists SquareRootRule ("acme.sqrt"); this file adds a twin of that name
        Files.writeString(
                services.resolve(ScoringRuleEvaluator.class.getName()),
                BrokenRule.class.getName() + "\n" + SquareRootTwin.class.getName() + "\n");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Seq<Problem> ps = ScoringPlugins.discover(loader).getError();
            assertThat(ps)
                    .extracting(Problem::code)
                    .containsExactly(ScoringProblem.PLUGIN_FAILED, ScoringProblem.DUPLICATE_PLUGIN);
            assertThat(ps.get(1).args())
                    .containsExactly(
                            "rule", "acme.sqrt", SquareRootRule.class.getName(), SquareRootTwin.class.getName());
        }
    }

    @Test
    void aJudgeAggregateRuleNamingNoKnownAggregatorIsAProblemAtItsParameter() {
        Indicator x = scored(
                "x", ValueType.JUDGED_SCORE, 20, new CustomRule("judge-aggregate", Map.of("aggregator", "acme.min")));
        IndicatorSet set = set(dimension("d", 20, x));
        Seq<Problem> ps = Scorer.create()
                .scorePeriod(competition(set, units("A")), set, List.of(), Q1)
                .getError();
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly("UNKNOWN_RULE_EVALUATOR "
                        + "$.indicatorSet.dimensions[0].indicators[0].rule.parameters.aggregator [x, acme.min, -]");
    }

    @Test
    void judgeAggregateMarksAreCheckedAgainstItsScaleAndMinimum() {
        Indicator x = scored(
                "x",
                ValueType.JUDGED_SCORE,
                20,
                new CustomRule(
                        "judge-aggregate", Map.of("aggregator", "acme.max", "markScale", "10", "minJudges", "3")));
        IndicatorSet set = set(dimension("d", 20, x));
        Competition c = competition(set, units("A", "B"));
        Seq<Problem> ps = Scorer.create()
                .scorePeriod(c, set, List.of(marks("A", "x", "10", "10.5", "3"), marks("B", "x", "4", "5")), Q1)
                .getError();
        assertThat(ps)
                .extracting(p -> p.code() + " " + p.path() + " " + p.args())
                .containsExactly(
                        "MARK_OUT_OF_SCALE $.measurements[0].marks[1] [A, x, 10.5, 0–10]",
                        "TOO_FEW_JUDGES $.measurements[1].marks [B, x, 2, 3]");
        // defaults: scale 100 and one judge; a mark of exactly 100 is in
        Indicator y = scored(
                "x", ValueType.JUDGED_SCORE, 20, new CustomRule("judge-aggregate", Map.of("aggregator", "acme.max")));
        IndicatorSet byDefault = set(dimension("d", 20, y));
        PeriodResult r = Scorer.create()
                .scorePeriod(competition(byDefault, units("A")), byDefault, List.of(marks("A", "x", "100")), Q1)
                .get();
        // 20 × 100 / 100 = 20
        assertThat(r.card(io.github.laborcontest.model.ParticipantId.of("A"))
                        .orElseThrow()
                        .total()
                        .value())
                .isEqualByComparingTo("20");
        assertThat(new MaxMarkAggregator().name()).isEqualTo("acme.max");
    }
}
