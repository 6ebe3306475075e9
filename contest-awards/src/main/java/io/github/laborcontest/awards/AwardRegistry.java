// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.awards.internal.BuiltinAwardProvider;
import io.github.laborcontest.awards.internal.DefinitionChecks;
import io.github.laborcontest.awards.spi.AwardRuleProvider;
import io.github.laborcontest.awards.spi.CustomPredicate;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.spi.ServiceProviders;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The award definitions and custom predicates contributed by {@link AwardRuleProvider}s, built
 * once and immutable. Building never silently overrides: two providers claiming the same award id
 * or predicate name, a provider that fails to load or throws, and a definition that uses an
 * unknown predicate are all reported as problems naming the provider. Awards are sorted by id.
 *
 * <pre>{@code
 * AwardRegistry registry = AwardRegistry.discover().toEither().getOrElseThrow(ContestInputException::new);
 * AwardDefinition medal = registry.find(BuiltinAwards.MAY_DAY_MEDAL).orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AwardRegistry {

    private final Map<AwardId, AwardDefinition> awards;
    private final Map<AwardId, String> providerOf;
    private final Map<String, CustomPredicate> predicates;

    private AwardRegistry(
            Map<AwardId, AwardDefinition> awards,
            Map<AwardId, String> providerOf,
            Map<String, CustomPredicate> predicates) {
        this.awards = Collections.unmodifiableMap(awards);
        this.providerOf = Collections.unmodifiableMap(providerOf);
        this.predicates = Collections.unmodifiableMap(predicates);
    }

    /**
     * Discovers providers with the thread's context class loader (or this library's, if none).
     *
     * @return the registry, or every problem found
     */
    public static Validation<Seq<Problem>, AwardRegistry> discover() {
        return discover(ServiceProviders.defaultLoader(AwardRegistry.class));
    }

    /**
     * Discovers providers with a given class loader.
     *
     * @param classLoader where to look for {@code META-INF/services} entries
     * @return the registry, or every problem found
     */
    public static Validation<Seq<Problem>, AwardRegistry> discover(ClassLoader classLoader) {
        List<Problem> problems = new ArrayList<>();
        List<AwardRuleProvider> providers = ServiceProviders.load(
                AwardRuleProvider.class,
                classLoader,
                e -> problems.add(Problem.at(
                        AwardProblem.PROVIDER_FAILED,
                        "$",
                        String.valueOf(e.getMessage()),
                        String.valueOf(e.getCause()))));
        return build(providers, problems);
    }

    /**
     * A registry of the given providers, without ServiceLoader.
     *
     * @param providers the providers
     * @return the registry, or every problem found
     */
    public static Validation<Seq<Problem>, AwardRegistry> of(Collection<? extends AwardRuleProvider> providers) {
        return build(List.copyOf(providers), new ArrayList<>());
    }

    /**
     * The built-in awards only (the provider that ServiceLoader also finds).
     *
     * @return the registry
     */
    public static AwardRegistry builtin() {
        Validation<Seq<Problem>, AwardRegistry> v = of(List.of(new BuiltinAwardProvider()));
        if (v.isInvalid()) {
            throw new IllegalStateException("built-in awards are invalid: " + v.getError());
        }
        return v.get();
    }

    private static String safeId(AwardRuleProvider p) {
        try {
            return p.id();
        } catch (RuntimeException e) {
            return p.getClass().getName();
        }
    }

    private static Validation<Seq<Problem>, AwardRegistry> build(
            List<? extends AwardRuleProvider> providers, List<Problem> problems) {
        List<AwardRuleProvider> sorted = new ArrayList<>(providers);
        sorted.sort((a, b) -> safeId(a).compareTo(safeId(b)));
        Map<String, CustomPredicate> predicates = new TreeMap<>();
        Map<String, String> predicateProvider = new TreeMap<>();
        Map<String, List<AwardDefinition>> contributed = new TreeMap<>();
        for (AwardRuleProvider p : sorted) {
            String id = safeId(p);
            try {
                for (CustomPredicate cp : p.predicates()) {
                    String prev = predicateProvider.putIfAbsent(cp.name(), id);
                    if (prev != null) {
                        problems.add(
                                Problem.at(AwardProblem.DUPLICATE_PREDICATE, "$." + cp.name(), cp.name(), prev, id));
                    } else {
                        predicates.put(cp.name(), cp);
                    }
                }
                contributed.put(id, List.copyOf(p.awards()));
            } catch (RuntimeException e) {
                problems.add(Problem.at(
                        AwardProblem.PROVIDER_FAILED, "$", p.getClass().getName(), String.valueOf(e.getMessage())));
            }
        }
        Map<AwardId, AwardDefinition> awards = new TreeMap<>();
        Map<AwardId, String> providerOf = new TreeMap<>();
        for (Map.Entry<String, List<AwardDefinition>> e : contributed.entrySet()) {
            for (AwardDefinition d : e.getValue()) {
                String path = "$." + d.id();
                problems.addAll(DefinitionChecks.check(
                        d, path, n -> Optional.ofNullable(predicates.get(n)), predicates.keySet()));
                String prev = providerOf.putIfAbsent(d.id(), e.getKey());
                if (prev != null) {
                    problems.add(Problem.at(AwardProblem.DUPLICATE_PROVIDED_AWARD, path, d.id(), prev, e.getKey()));
                } else {
                    awards.put(d.id(), d);
                }
            }
        }
        return problems.isEmpty()
                ? Validation.valid(new AwardRegistry(awards, providerOf, predicates))
                : Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }

    /** Every registered award, sorted by id. */
    public List<AwardDefinition> awards() {
        return List.copyOf(awards.values());
    }

    /**
     * The award with this id.
     *
     * @param id the id
     * @return the award, if registered
     */
    public Optional<AwardDefinition> find(AwardId id) {
        return Optional.ofNullable(awards.get(id));
    }

    /**
     * The id of the provider that contributed an award.
     *
     * @param id the award's id
     * @return the provider's id, if the award is registered
     */
    public Optional<String> providerOf(AwardId id) {
        return Optional.ofNullable(providerOf.get(id));
    }

    /**
     * The custom predicate with this name.
     *
     * @param name the predicate's name
     * @return the predicate, if registered
     */
    public Optional<CustomPredicate> predicate(String name) {
        return Optional.ofNullable(predicates.get(name));
    }

    /** The names of all registered custom predicates, sorted. */
    public List<String> predicateNames() {
        return List.copyOf(predicates.keySet());
    }

    /**
     * Checks definitions against this registry: ids unique, custom predicates registered and their
     * parameters accepted, flag reasons present.
     *
     * @param definitions the definitions, as read from one document (paths {@code $[i]})
     * @return the definitions, or every problem found
     */
    public Validation<Seq<Problem>, List<AwardDefinition>> check(List<AwardDefinition> definitions) {
        List<Problem> problems = DefinitionChecks.checkAll(definitions, this::predicate, predicates.keySet());
        return problems.isEmpty()
                ? Validation.valid(List.copyOf(definitions))
                : Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
}
