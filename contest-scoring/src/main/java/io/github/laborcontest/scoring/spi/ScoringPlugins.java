// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.spi;

import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.scoring.ScoringProblem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The scoring plugins in use, folded once into an immutable registry by name. Built with {@link
 * #discover()} (ServiceLoader), {@link #discover(ClassLoader)} (for embedding hosts) or {@link
 * #of(Collection, Collection, Collection)} (for tests and hosts without ServiceLoader). A plugin
 * that cannot be loaded or two plugins with one name are problems, never silent overrides.
 *
 * @since 0.1.0
 */
public final class ScoringPlugins {

    /** No plugins at all. */
    public static final ScoringPlugins NONE = new ScoringPlugins(Map.of(), Map.of(), Map.of());

    private final Map<String, ScoringRuleEvaluator> rules;
    private final Map<String, TieBreakerProvider> tieBreakers;
    private final Map<String, JudgeAggregator> aggregators;

    private ScoringPlugins(
            Map<String, ScoringRuleEvaluator> rules,
            Map<String, TieBreakerProvider> tieBreakers,
            Map<String, JudgeAggregator> aggregators) {
        this.rules = Collections.unmodifiableMap(new TreeMap<>(rules));
        this.tieBreakers = Collections.unmodifiableMap(new TreeMap<>(tieBreakers));
        this.aggregators = Collections.unmodifiableMap(new TreeMap<>(aggregators));
    }

    /**
     * The plugins on the class path of this library.
     *
     * @return the registry, or every loading problem
     */
    public static Validation<Seq<Problem>, ScoringPlugins> discover() {
        return discover(ScoringPlugins.class.getClassLoader());
    }

    /**
     * The plugins visible to a class loader.
     *
     * @param loader the loader to search
     * @return the registry, or every loading problem
     */
    public static Validation<Seq<Problem>, ScoringPlugins> discover(ClassLoader loader) {
        List<Problem> problems = new ArrayList<>();
        List<ScoringRuleEvaluator> rules = load(ScoringRuleEvaluator.class, loader, problems);
        List<TieBreakerProvider> ties = load(TieBreakerProvider.class, loader, problems);
        List<JudgeAggregator> aggs = load(JudgeAggregator.class, loader, problems);
        Validation<Seq<Problem>, ScoringPlugins> built = of(rules, ties, aggs);
        if (problems.isEmpty()) {
            return built;
        }
        List<Problem> all = new ArrayList<>(problems);
        built.swap().forEach(ps -> ps.forEach(all::add));
        return Validation.invalid(io.vavr.collection.List.ofAll(all));
    }

    /**
     * A registry of the given plugins.
     *
     * @param rules rule evaluators
     * @param tieBreakers tie-breaker providers
     * @param aggregators judge aggregators
     * @return the registry, or a problem per duplicate name
     */
    public static Validation<Seq<Problem>, ScoringPlugins> of(
            Collection<? extends ScoringRuleEvaluator> rules,
            Collection<? extends TieBreakerProvider> tieBreakers,
            Collection<? extends JudgeAggregator> aggregators) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ScoringRuleEvaluator> r = index("rule", rules, ScoringRuleEvaluator::name, problems);
        Map<String, TieBreakerProvider> t = index("tie-breaker", tieBreakers, TieBreakerProvider::name, problems);
        Map<String, JudgeAggregator> a = index("aggregator", aggregators, JudgeAggregator::name, problems);
        return problems.isEmpty()
                ? Validation.valid(new ScoringPlugins(r, t, a))
                : Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }

    /**
     * The rule evaluator with this name.
     *
     * @param name the rule name
     * @return the evaluator, if registered
     */
    public Optional<ScoringRuleEvaluator> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    /**
     * The tie-breaker provider with this name.
     *
     * @param name the tie-breaker name
     * @return the provider, if registered
     */
    public Optional<TieBreakerProvider> tieBreaker(String name) {
        return Optional.ofNullable(tieBreakers.get(name));
    }

    /**
     * The judge aggregator with this name.
     *
     * @param name the aggregator name
     * @return the aggregator, if registered
     */
    public Optional<JudgeAggregator> aggregator(String name) {
        return Optional.ofNullable(aggregators.get(name));
    }

    /** The registered rule names, sorted. */
    public List<String> ruleNames() {
        return List.copyOf(rules.keySet());
    }

    private static <T> List<T> load(Class<T> type, ClassLoader loader, List<Problem> problems) {
        List<T> out = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<T> p :
                    ServiceLoader.load(type, loader).stream().toList()) {
                try {
                    out.add(p.get());
                } catch (ServiceConfigurationError | RuntimeException e) {
                    problems.add(Problem.at(
                            ScoringProblem.PLUGIN_FAILED, "$", p.type().getName(), String.valueOf(e.getMessage())));
                }
            }
        } catch (ServiceConfigurationError e) {
            problems.add(Problem.at(ScoringProblem.PLUGIN_FAILED, "$", type.getName(), String.valueOf(e.getMessage())));
        }
        return out;
    }

    private static <T> Map<String, T> index(
            String kind, Collection<? extends T> plugins, Function<T, String> name, List<Problem> problems) {
        Map<String, T> out = new TreeMap<>();
        for (T p : plugins) {
            String n;
            try {
                n = name.apply(p);
            } catch (RuntimeException e) {
                problems.add(Problem.at(
                        ScoringProblem.PLUGIN_FAILED, "$", p.getClass().getName(), String.valueOf(e.getMessage())));
                continue;
            }
            T first = out.putIfAbsent(n, p);
            if (first != null) {
                problems.add(Problem.at(
                        ScoringProblem.DUPLICATE_PLUGIN,
                        "$",
                        kind,
                        n,
                        first.getClass().getName(),
                        p.getClass().getName()));
            }
        }
        return out;
    }
}
