// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.archtests;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;

/**
 * The architecture rules of the library, parameterised by the root package so that the same rules
 * run on the real code ({@code io.github.laborcontest}) and on the fixture packages that break
 * them on purpose.
 *
 * <p>Below the root, each library module owns one package tree: {@code model}, {@code scoring},
 * {@code ledger}, {@code awards}. Implementation lives in packages named {@code internal}.
 */
final class ArchitectureRules {

    /** The engine modules, which build on the model and never on each other. */
    static final List<String> ENGINES = List.of("scoring", "ledger", "awards");

    /** All library modules. */
    static final List<String> MODULES = List.of("model", "scoring", "ledger", "awards");

    private ArchitectureRules() {}

    /** The model depends on no other contest module (on nothing below the root outside its tree). */
    static ArchRule modelDependsOnNoOtherModule(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".model..")
                .should()
                .dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".model.."))))
                .as("the model (" + root + ".model..) depends on no other contest module");
    }

    /** Scoring, ledger and awards do not import each other, neither their API nor their internals. */
    static ArchRule enginesDoNotDependOnEachOther(String root) {
        List<ArchRule> rules = new ArrayList<>();
        for (String engine : ENGINES) {
            for (String other : ENGINES) {
                if (!engine.equals(other)) {
                    rules.add(noClasses()
                            .that()
                            .resideInAPackage(root + "." + engine + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(root + "." + other + "..")
                            .as(engine + " does not depend on " + other)
                            // a module without classes is caught by the import guard in the test
                            .allowEmptyShould(true));
                }
            }
        }
        return CompositeArchRule.of(rules).as("scoring, ledger and awards do not depend on each other");
    }

    /** No module uses the {@code internal} packages of another module. */
    static ArchRule internalsStayInTheirModule(String root) {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : MODULES) {
            String tree = root + "." + module + "..";
            rules.add(noClasses()
                    .that()
                    .resideOutsideOfPackage(tree)
                    .and()
                    .resideInAPackage(root + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(root + "." + module + "..internal..")
                    .as("only " + module + " uses " + module + "'s internal packages")
                    .allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("internal packages are used only inside their own module");
    }

    /**
     * No type from an {@code internal} package appears in the public API of a non-internal package:
     * the supertypes of public types, the types of their public or protected fields, the parameter,
     * return and exception types of their public or protected methods and constructors, including
     * generic type arguments.
     */
    static ArchRule publicApiExposesNoInternalType(String root) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .and(resideOutsideOfPackage("..internal.."))
                .should(exposeNoInternalType())
                .as("no type of an internal package appears in a public signature of " + root);
    }

    /**
     * A dependency from every class of package {@code from} to package {@code to} (both relative to
     * the root, exact packages) that the cycle rule leaves out.
     *
     * @param from the depending package, relative to the root
     * @param to the package depended upon, relative to the root
     */
    record Edge(String from, String to) {}

    /**
     * The dependencies that close today's known package cycles, left out of {@link
     * #noCyclesBetweenSubpackages} so that any other cycle fails the build. Each needs a change in
     * its module; remove the edge when it is gone ({@code LibraryArchitectureTest} checks that each
     * still exists). See docs/QUALITY.md.
     *
     * <ul>
     *   <li>{@code model.internal -> model.json}: {@code BuiltinIndicatorSetProvider}, {@code
     *       Mappers} and {@code JsonReading} call back into the {@code ContestJson} facade, which
     *       itself delegates to them (and {@code model.json -> model.validation -> model.internal}
     *       closes a second cycle through the same edge). Fix: internal code calls internal code
     *       only.
     * </ul>
     */
    static final List<Edge> KNOWN_CYCLE_EDGES = List.of(new Edge("model.internal", "model.json"));

    /** The module trees below the root ({@code model..}, {@code scoring..}, ...) have no cycles. */
    static ArchRule noCyclesBetweenModules(String root) {
        return slices().matching(root + ".(*)..")
                .should()
                .beFreeOfCycles()
                .as("the modules below " + root + " are free of cycles");
    }

    /**
     * Within each module, the sub-package trees ({@code model.rule..}, {@code model.json..}, {@code
     * scoring.explain..}, {@code scoring.internal..}, ...) have no cycles between them, leaving out
     * the given dependencies. The module's root package is the hub that its sub-packages build on
     * and that holds the facades (for example {@code Scorer.create()} returning an internal
     * implementation), so it is not a slice, as in jqwik's own architecture tests.
     */
    static ArchRule noCyclesBetweenSubpackages(String root, List<Edge> ignored) {
        SliceRule rule = slices().matching(root + ".(*).(*)..").should().beFreeOfCycles();
        for (Edge edge : ignored) {
            rule = rule.ignoreDependency(
                    resideInAPackage(root + "." + edge.from()), resideInAPackage(root + "." + edge.to()));
        }
        String description = ignored.isEmpty() ? "" : " (leaving out the known dependencies " + ignored + ")";
        return rule.as("the sub-packages of each module below " + root + " are free of cycles" + description);
    }

    /** Every package that holds classes is annotated {@code @NullMarked} in its package-info. */
    static ArchRule packagesAreNullMarked(String root) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should(beInANullMarkedPackage())
                .as("every package of " + root + " has @NullMarked on its package-info");
    }

    /** All rules of this class, for a root package. */
    static List<ArchRule> all(String root) {
        return List.of(
                modelDependsOnNoOtherModule(root),
                enginesDoNotDependOnEachOther(root),
                internalsStayInTheirModule(root),
                publicApiExposesNoInternalType(root),
                noCyclesBetweenModules(root),
                noCyclesBetweenSubpackages(root, List.of()),
                packagesAreNullMarked(root));
    }

    private static ArchCondition<JavaClass> beInANullMarkedPackage() {
        return new ArchCondition<>("be in a package annotated @NullMarked") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean marked = item.getPackage().isAnnotatedWith(NullMarked.class);
                if (!marked) {
                    events.add(SimpleConditionEvent.violated(
                            item,
                            "package " + item.getPackageName() + " of " + item.getName()
                                    + " has no @NullMarked package-info"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no type of an internal package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (!isVisibleOutsideItsPackage(item)) {
                    return;
                }
                item.getSuperclass().ifPresent(t -> report(item, "extends", t, events));
                for (JavaType t : item.getInterfaces()) {
                    report(item, "implements", t, events);
                }
                for (JavaField field : item.getFields()) {
                    if (isApi(field)) {
                        report(item, "field " + field.getName(), field.getType(), events);
                    }
                }
                for (JavaCodeUnit unit : item.getCodeUnits()) {
                    if (!isApi(unit)) {
                        continue;
                    }
                    String where = unit.getName() + "(..)";
                    report(item, where + " returns", unit.getReturnType(), events);
                    for (JavaType parameter : unit.getParameterTypes()) {
                        report(item, where + " parameter", parameter, events);
                    }
                    for (JavaClass thrown : unit.getThrowsClause().getTypes()) {
                        report(item, where + " throws", thrown, events);
                    }
                }
            }
        };
    }

    private static boolean isVisibleOutsideItsPackage(JavaClass type) {
        Optional<JavaClass> current = Optional.of(type);
        while (current.isPresent()) {
            JavaClass c = current.get();
            if (c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
            boolean visible = c.getModifiers().contains(JavaModifier.PUBLIC)
                    || (c.getModifiers().contains(JavaModifier.PROTECTED));
            if (!visible) {
                return false;
            }
            current = c.getEnclosingClass();
        }
        return true;
    }

    private static boolean isApi(JavaMember member) {
        var modifiers = member.getModifiers();
        if (modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)) {
            return false;
        }
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static void report(JavaClass owner, String where, JavaType type, ConditionEvents events) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            if (isInternal(involved)) {
                events.add(SimpleConditionEvent.violated(
                        owner, owner.getName() + ": " + where + " exposes internal type " + involved.getName()));
            }
        }
    }

    private static boolean isInternal(JavaClass type) {
        String pkg = type.getPackageName();
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }
}
