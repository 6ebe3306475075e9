// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.archtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureRules} on hand-made fixture packages: they pass on the compliant
 * set and report exactly the planted violation on each of the others, so a rule that cannot fail
 * would be caught here.
 */
class ArchitectureRulesTest {

    private static final String FIXTURE = "io.github.laborcontest.archtests.fixture";

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURE + "." + name);
    }

    private static List<String> violations(ArchRule rule, String name) {
        EvaluationResult result = rule.evaluate(fixture(name));
        assertThat(result.hasViolation())
                .as("%s violated on fixture %s", rule.getDescription(), name)
                .isTrue();
        return result.getFailureReport().getDetails();
    }

    @Test
    void everyRulePassesOnTheCompliantFixture() {
        String root = FIXTURE + ".compliant";
        JavaClasses classes = fixture("compliant");
        assertThat(classes).isNotEmpty();
        for (ArchRule rule : ArchitectureRules.all(root)) {
            assertThatCode(() -> rule.check(classes)).as(rule.getDescription()).doesNotThrowAnyException();
        }
    }

    @Test
    void modelDependingOnScoringIsReported() {
        String root = FIXTURE + ".modeldeps";
        assertThat(violations(ArchitectureRules.modelDependsOnNoOtherModule(root), "modeldeps"))
                .anySatisfy(line ->
                        assertThat(line).contains("modeldeps.model.Thing").contains("modeldeps.scoring.Other"));
    }

    @Test
    void scoringUsingLedgerInternalsIsReportedByBothRules() {
        String root = FIXTURE + ".enginedeps";
        assertThat(violations(ArchitectureRules.enginesDoNotDependOnEachOther(root), "enginedeps"))
                .anySatisfy(line ->
                        assertThat(line).contains("UsesLedgerInternals").contains("ledger.internal.LedgerHash"));
        assertThat(violations(ArchitectureRules.internalsStayInTheirModule(root), "enginedeps"))
                .anySatisfy(line ->
                        assertThat(line).contains("UsesLedgerInternals").contains("ledger.internal.LedgerHash"));
    }

    @Test
    void internalTypesInPublicSignaturesAreReportedAndPrivateUseIsNot() {
        String root = FIXTURE + ".leak";
        List<String> lines = violations(ArchitectureRules.publicApiExposesNoInternalType(root), "leak");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).contains("LeakyReturn: make(..) returns exposes internal type"))
                .anySatisfy(line -> assertThat(line).contains("LeakyGenericParameter: take(..) parameter exposes"))
                .anySatisfy(line -> assertThat(line).contains("LeakyField: field hidden exposes"))
                .anySatisfy(line -> assertThat(line).contains("LeakySupertype: extends exposes internal type"))
                .noneSatisfy(line -> assertThat(line).contains("Quiet"))
                .noneSatisfy(line -> assertThat(line).contains("PackagePrivateHolder"))
                .hasSize(4);
    }

    @Test
    void packageCycleIsReportedUnlessOneOfItsDependenciesIsLeftOut() {
        String root = FIXTURE + ".cycle";
        assertThat(violations(ArchitectureRules.noCyclesBetweenSubpackages(root, List.of()), "cycle"))
                .anySatisfy(line -> assertThat(line)
                        .contains("Cycle detected")
                        .contains("ledger.a")
                        .contains("ledger.b"));
        // leaving out an unrelated dependency does not hide it
        assertThat(violations(
                        ArchitectureRules.noCyclesBetweenSubpackages(
                                root, List.of(new ArchitectureRules.Edge("model", "ledger.a"))),
                        "cycle"))
                .isNotEmpty();
        assertThatCode(() -> ArchitectureRules.noCyclesBetweenSubpackages(
                                root, List.of(new ArchitectureRules.Edge("ledger.b", "ledger.a")))
                        .check(fixture("cycle")))
                .doesNotThrowAnyException();
    }

    @Test
    void cycleBetweenModulesIsReported() {
        String root = FIXTURE + ".modulecycle";
        assertThat(violations(ArchitectureRules.noCyclesBetweenModules(root), "modulecycle"))
                .anySatisfy(line -> assertThat(line)
                        .contains("Cycle detected")
                        .contains("ledger")
                        .contains("awards"));
    }

    @Test
    void packageWithoutNullMarkedIsReported() {
        String root = FIXTURE + ".unmarked";
        assertThat(violations(ArchitectureRules.packagesAreNullMarked(root), "unmarked"))
                .anySatisfy(line -> assertThat(line)
                        .contains("package " + root + ".model of " + root + ".model.Plain has no @NullMarked"));
    }
}
