// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

  @Test
  void theDemoRunsAndPrintsTheCompetitionAndItsIndicatorSet() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(out).contains("\"id\" : \"qd-2026-key-projects\"").contains("six-comparisons@2026.1");
    assertThat(out).contains("\"id\" : \"P-0320\"").doesNotContain("\"id\" : \"P-0321\"");
  }

  @Test
  void theDemoDataIsDeterministic() {
    assertThat(DemoData.keyProjectContest()).isEqualTo(DemoData.keyProjectContest());
  }
}
