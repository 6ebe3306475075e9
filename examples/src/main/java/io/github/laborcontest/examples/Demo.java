// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.github.laborcontest.model.validation.ContestValidator;
import io.vavr.collection.Seq;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The end-to-end demo, the README's main-job command: builds a city-wide key-project contest,
 * validates it against the built-in indicator set and prints it as JSON.
 */
public final class Demo {

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(out));
  }

  /**
   * Runs the demo and returns the exit code.
   *
   * @param out where to print
   * @return 0 on success, 1 if the demo data did not validate
   */
  public static int run(PrintStream out) {
    IndicatorSetRegistry registry =
        IndicatorSetRegistry.discover().getOrElseGet(problems -> fail(out, problems));
    Competition competition = DemoData.keyProjectContest();
    var valid = ContestValidator.validate(competition);
    if (valid.isInvalid()) {
      fail(out, valid.getError());
      return 1;
    }
    IndicatorSet set = registry.find(competition.indicatorSet()).orElseThrow();
    out.println("== 竞赛 / competition ==");
    out.print(ContestJson.writeJson(competition));
    out.println("== 指标体系 / indicator set " + set.ref() + ": " + set.name().zh() + " ==");
    set.dimensions()
        .forEach(d -> out.printf("  %-14s %6s 分  %s%n", d.code(), d.maxPoints(), d.name().in(Locale.CHINESE)));
    return 0;
  }

  private static IndicatorSetRegistry fail(PrintStream out, Seq<Problem> problems) {
    problems.forEach(p -> out.println(p.message(Locale.CHINESE)));
    throw new IllegalStateException("demo data invalid");
  }
}
