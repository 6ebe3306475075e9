// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.registry;

import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.IndicatorSetRef;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.spi.IndicatorSetProvider;
import io.github.laborcontest.model.spi.ServiceProviders;
import io.github.laborcontest.model.validation.ContestValidator;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.TreeMap;

/**
 * The indicator sets contributed by {@link IndicatorSetProvider}s, built once and immutable.
 * Building it never silently overrides: two providers claiming the same code and version, a
 * provider that fails to load or throws, and a set that is not valid are all reported as
 * problems naming the provider. Sets are kept sorted by code and version, so every listing is
 * deterministic.
 *
 * <pre>{@code
 * IndicatorSetRegistry registry = IndicatorSetRegistry.discover().toEither().getOrElseThrow(ContestInputException::new);
 * IndicatorSet sixComparisons = registry.find(IndicatorSetRef.of("six-comparisons", "2026.1")).orElseThrow();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class IndicatorSetRegistry {

    private final Map<IndicatorSetRef, IndicatorSet> sets;
    private final Map<IndicatorSetRef, String> providerOf;

    private IndicatorSetRegistry(Map<IndicatorSetRef, IndicatorSet> sets, Map<IndicatorSetRef, String> providerOf) {
        this.sets = Collections.unmodifiableMap(sets);
        this.providerOf = Collections.unmodifiableMap(providerOf);
    }

    /**
     * Discovers providers with the thread's context class loader (or this library's, if none).
     *
     * @return the registry, or every problem found
     */
    public static Validation<Seq<Problem>, IndicatorSetRegistry> discover() {
        return discover(ServiceProviders.defaultLoader(IndicatorSetRegistry.class));
    }

    /**
     * Discovers providers with a given class loader, for hosts that load plugins themselves.
     *
     * @param classLoader where to look for {@code META-INF/services} entries
     * @return the registry, or every problem found
     */
    public static Validation<Seq<Problem>, IndicatorSetRegistry> discover(ClassLoader classLoader) {
        List<Problem> problems = new ArrayList<>();
        List<IndicatorSetProvider> providers = ServiceProviders.load(
                IndicatorSetProvider.class,
                classLoader,
                e -> problems.add(Problem.at(
                        ModelProblem.PROVIDER_FAILED, "$", providerName(e), String.valueOf(e.getMessage()))));
        return build(providers, problems);
    }

    /**
     * A registry of the given providers, without ServiceLoader (tests, hosts with their own plugin
     * mechanism).
     *
     * @param providers the providers
     * @return the registry, or every problem found
     */
    public static Validation<Seq<Problem>, IndicatorSetRegistry> of(
            Collection<? extends IndicatorSetProvider> providers) {
        return build(List.copyOf(providers), new ArrayList<>());
    }

    private static Validation<Seq<Problem>, IndicatorSetRegistry> build(
            List<? extends IndicatorSetProvider> providers, List<Problem> problems) {
        Map<IndicatorSetRef, IndicatorSet> sets = new TreeMap<>();
        Map<IndicatorSetRef, String> providerOf = new TreeMap<>();
        List<IndicatorSetProvider> sorted = new ArrayList<>(providers);
        sorted.sort((a, b) -> safeId(a).compareTo(safeId(b)));
        for (IndicatorSetProvider provider : sorted) {
            String id = safeId(provider);
            List<IndicatorSet> contributed;
            try {
                contributed = provider.indicatorSets();
            } catch (RuntimeException e) {
                problems.add(Problem.at(
                        ModelProblem.PROVIDER_FAILED,
                        "$",
                        provider.getClass().getName(),
                        String.valueOf(e.getMessage())));
                continue;
            }
            for (IndicatorSet set : contributed) {
                IndicatorSetRef ref = set.ref();
                String path = "$." + ref;
                ContestValidator.validate(set)
                        .mapError(ps -> ps.map(p -> p.under(path)))
                        .fold(ps -> problems.addAll(ps.asJava()), ok -> true);
                String previous = providerOf.putIfAbsent(ref, id);
                if (previous != null) {
                    problems.add(Problem.at(
                            ModelProblem.DUPLICATE_INDICATOR_SET, path, ref.code(), ref.version(), previous, id));
                } else {
                    sets.put(ref, set);
                }
            }
        }
        return problems.isEmpty()
                ? Validation.valid(new IndicatorSetRegistry(sets, providerOf))
                : Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }

    /** Every registered set, sorted by code then version. */
    public List<IndicatorSet> sets() {
        return List.copyOf(sets.values());
    }

    /**
     * The set with this code and version.
     *
     * @param ref code and version
     * @return the set, if registered
     */
    public Optional<IndicatorSet> find(IndicatorSetRef ref) {
        return Optional.ofNullable(sets.get(ref));
    }

    /**
     * The set with this code and version, or a problem saying it is not registered.
     *
     * @param ref code and version
     * @return the set, or a {@code registry.unknown-set} problem at {@code $.indicatorSet}
     */
    public Validation<Problem, IndicatorSet> require(IndicatorSetRef ref) {
        IndicatorSet set = sets.get(ref);
        return set != null
                ? Validation.valid(set)
                : Validation.invalid(
                        Problem.at(ModelProblem.UNKNOWN_INDICATOR_SET, "$.indicatorSet", ref.code(), ref.version()));
    }

    /**
     * The id of the provider that contributed a set.
     *
     * @param ref code and version
     * @return the provider id, if the set is registered
     */
    public Optional<String> providerOf(IndicatorSetRef ref) {
        return Optional.ofNullable(providerOf.get(ref));
    }

    private static String safeId(IndicatorSetProvider p) {
        try {
            return p.id();
        } catch (RuntimeException e) {
            return p.getClass().getName();
        }
    }

    private static String providerName(ServiceConfigurationError e) {
        String msg = String.valueOf(e.getMessage());
        int i = msg.indexOf("Provider ");
        if (i >= 0) {
            String rest = msg.substring(i + "Provider ".length());
            int end = rest.indexOf(' ');
            return end < 0 ? rest : rest.substring(0, end);
        }
        return IndicatorSetProvider.class.getName();
    }
}
