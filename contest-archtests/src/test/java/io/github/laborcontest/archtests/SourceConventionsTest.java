// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.archtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** {@link SourceConventions} on every module's main sources, and on hand-made fixture sources. */
class SourceConventionsTest {

    private static Path projectRoot() {
        String dir = System.getProperty("contest.rootDir");
        return Path.of(Objects.requireNonNull(dir, "system property contest.rootDir (set by the pom)"))
                .toAbsolutePath()
                .normalize();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SourceConventionsTest.class.getResource("/fixture-sources/" + name))
                .toURI());
    }

    @Test
    void everyPackageOfEveryModuleHasAMarkedDocumentedPackageInfo() {
        List<Path> roots = SourceConventions.mainSourceRoots(projectRoot());
        assertThat(roots)
                .as("main source roots below %s", projectRoot())
                .extracting(
                        p -> p.getParent().getParent().getParent().getFileName().toString())
                .contains("contest-model", "contest-scoring", "contest-ledger", "contest-awards");
        for (Path root : roots) {
            assertThat(SourceConventions.problems(root))
                    .as("package-info problems in %s", root)
                    .isEmpty();
        }
    }

    @Test
    void goodPackageInfoPasses() throws URISyntaxException {
        assertThat(SourceConventions.problems(fixture("good"))).isEmpty();
    }

    @Test
    void eachBrokenConventionIsReported() throws URISyntaxException {
        assertThat(SourceConventions.problems(fixture("bad")))
                .containsExactlyInAnyOrder(
                        "org/example/missing/package-info.java: missing",
                        "org/example/noheader/package-info.java: does not start with the line '"
                                + SourceConventions.SPDX_HEADER + "'",
                        "org/example/nodoc/package-info.java: has no Javadoc paragraph before the package declaration",
                        "org/example/unmarked/package-info.java: is not annotated @NullMarked");
    }
}
