// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.archtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks on the Java sources that bytecode cannot show: every directory below a source root that
 * holds Java files has a {@code package-info.java} that starts with the SPDX header, has a Javadoc
 * paragraph and is annotated {@code @NullMarked}. Spotless checks the header of the other files
 * but leaves package-info files alone.
 */
final class SourceConventions {

    /** The first line of every Java source file. */
    static final String SPDX_HEADER = "// SPDX-License-Identifier: Apache-2.0";

    private static final Pattern JAVADOC_BEFORE_PACKAGE =
            Pattern.compile("/\\*\\*\\s*\\S.*?\\*/.*?^\\s*package\\s", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern NULL_MARKED =
            Pattern.compile("^\\s*@(org\\.jspecify\\.annotations\\.)?NullMarked\\b", Pattern.MULTILINE);

    private SourceConventions() {}

    /** The {@code src/main/java} directories of the modules directly below the project root. */
    static List<Path> mainSourceRoots(Path projectRoot) {
        try (Stream<Path> modules = Files.list(projectRoot)) {
            return modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems found below one source root, one line each, relative paths; empty if none. */
    static List<String> problems(Path sourceRoot) {
        Set<Path> packageDirs = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            files.filter(f -> f.getFileName().toString().endsWith(".java"))
                    .forEach(f -> packageDirs.add(f.getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (Path dir : packageDirs) {
            Path info = dir.resolve("package-info.java");
            String where = sourceRoot.relativize(info).toString();
            if (!Files.isRegularFile(info)) {
                problems.add(where + ": missing");
                continue;
            }
            String text = read(info);
            if (!text.startsWith(SPDX_HEADER + "\n")) {
                problems.add(where + ": does not start with the line '" + SPDX_HEADER + "'");
            }
            if (!JAVADOC_BEFORE_PACKAGE.matcher(text).find()) {
                problems.add(where + ": has no Javadoc paragraph before the package declaration");
            }
            if (!NULL_MARKED.matcher(text).find()) {
                problems.add(where + ": is not annotated @NullMarked");
            }
        }
        return problems;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
