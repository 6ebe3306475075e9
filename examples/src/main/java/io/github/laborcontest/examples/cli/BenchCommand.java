// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.examples.mcda.McdaBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contest bench …}: quick wall-clock timings anyone can run on their own machine. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {"在本机快速测时（非 JMH）。", "Quick wall-clock timings on this machine (not JMH)."},
        subcommands = {BenchCommand.Mcda.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "缺少子命令 / missing subcommand: mcda");
    }

    /** {@code contest bench mcda --method topsis|entropy --rows R --criteria C}. */
    @Command(
            name = "mcda",
            mixinStandardHelpOptions = true,
            description = {
                "生成带种子的随机决策矩阵，预热 3 次后测 5 次，输出 JSON {method, rows, criteria, median_ms, runs}。",
                "Build a seeded random decision matrix, warm up 3 times, time 5 runs and print JSON {method, rows,"
                        + " criteria, median_ms, runs}."
            })
    static final class Mcda extends CliCommand {

        enum Method {
            topsis,
            entropy
        }

        @Option(
                names = "--method",
                required = true,
                paramLabel = "topsis|entropy",
                description = "方法 / method: ${COMPLETION-CANDIDATES}")
        Method method = Method.topsis;

        @Option(names = "--rows", required = true, paramLabel = "R", description = "备选方案数 / alternatives (rows)")
        int rows;

        @Option(names = "--criteria", required = true, paramLabel = "C", description = "准则数 / criteria (columns)")
        int criteria;

        @Option(
                names = "--seed",
                defaultValue = "20261124",
                paramLabel = "S",
                description = "随机种子 / seed (默认 default: ${DEFAULT-VALUE})")
        long seed = 20261124L;

        @Override
        public Integer call() {
            if (rows < 1 || criteria < 1) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--rows 与 --criteria 须 ≥ 1 / --rows and --criteria must be at least 1");
            }
            int code = McdaBench.run(method.name(), rows, criteria, seed, out());
            out().flush();
            return code;
        }
    }
}
