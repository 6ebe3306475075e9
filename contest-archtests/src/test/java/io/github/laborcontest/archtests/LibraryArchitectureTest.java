// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.archtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The architecture rules applied to the main classes of the four library modules (contest-model,
 * contest-scoring, contest-ledger, contest-awards), as found on this module's test class path.
 */
class LibraryArchitectureTest {

    private static final String ROOT = "io.github.laborcontest";

    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT)
                // this module's own classes are tests (excluded above); keep only the libraries
                .that(JavaClass.Predicates.resideOutsideOfPackage(ROOT + ".archtests.."));
    }

    @ParameterizedTest(name = "{0} classes are imported")
    @ValueSource(strings = {"model", "scoring", "ledger", "awards"})
    void eachLibraryModuleIsImported(String module) {
        // guards the rules below against passing vacuously on an empty import
        assertThat(library.that(JavaClass.Predicates.resideInAPackage(ROOT + "." + module + "..")))
                .as("main classes of contest-%s on the class path", module)
                .isNotEmpty();
    }

    @Test
    void modelDependsOnNoOtherModule() {
        ArchitectureRules.modelDependsOnNoOtherModule(ROOT).check(library);
    }

    @Test
    void enginesDoNotDependOnEachOther() {
        ArchitectureRules.enginesDoNotDependOnEachOther(ROOT).check(library);
    }

    @Test
    void internalsStayInTheirModule() {
        ArchitectureRules.internalsStayInTheirModule(ROOT).check(library);
    }

    @Test
    void publicApiExposesNoInternalType() {
        ArchitectureRules.publicApiExposesNoInternalType(ROOT).check(library);
    }

    @Test
    void noCyclesBetweenModules() {
        ArchitectureRules.noCyclesBetweenModules(ROOT).check(library);
    }

    @Test
    void noCyclesBetweenSubpackages() {
        ArchitectureRules.noCyclesBetweenSubpackages(ROOT, ArchitectureRules.KNOWN_CYCLE_EDGES)
                .check(library);
    }

    @Test
    void eachKnownCycleEdgeStillExists() {
        // keeps the exemption list honest: an edge that is gone must be removed from it
        for (ArchitectureRules.Edge edge : ArchitectureRules.KNOWN_CYCLE_EDGES) {
            JavaClasses from = library.that(JavaClass.Predicates.resideInAPackage(ROOT + "." + edge.from()));
            boolean exists = from.stream()
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .anyMatch(d -> d.getTargetClass().getPackageName().equals(ROOT + "." + edge.to()));
            assertThat(exists)
                    .as("%s no longer depends on %s: remove the edge from KNOWN_CYCLE_EDGES", edge.from(), edge.to())
                    .isTrue();
        }
    }

    @Test
    void packagesAreNullMarked() {
        ArchitectureRules.packagesAreNullMarked(ROOT).check(library);
    }
}
