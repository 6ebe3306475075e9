// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code target/contest.jar} as a user would, with {@code java -jar}. Run by
 * failsafe in the {@code integration-test} phase, after the jar is built; the jar's path comes
 * from the {@code contest.jar} system property, and a missing jar fails the test.
 */
class ContestJarIT {

  record Result(int code, String out, String err) {}

  private static Result contest(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("contest.jar", "target/contest.jar"));
    assertThat(jar).as("the packaged tool").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("contest-out", ".txt");
    Path err = Files.createTempFile("contest-err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
    Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  @Test
  void theJarListsThePluginSetThroughTheMergedServiceFiles() throws Exception {
    Result r = contest("sets", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("park-city,2026.1,key-project")
        .contains("six-comparisons,2026.1")
        .contains("example.park-city")
        .contains("contest.builtin");
    assertThat(r.err()).as("no log noise").isEmpty();
  }

  @Test
  void theJarValidatesTheDataFilesAndReportsBadInputAndBadUsage() throws Exception {
    Result ok = contest("validate", "data/skill-plan.yaml", "--lang", "en");
    assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("✓ data/skill-plan.yaml  competition  qd-2026-welding");

    Result bad = contest("validate", "data/no-such-file.json");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.out()).contains("无法读取文件");

    Result usage = contest("validate", "--no-such-option", "data/skill-plan.yaml");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("Unknown option");
  }
}
