// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.examples.scoring.ScoreCommand;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code contest score COMPETITION MEASUREMENTS}: scores a period (or the cumulative total) and
 * prints the ranking with each participant's explained score card (see {@link ScoreCommand}).
 */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "按竞赛与测量数据计分：输出排名及每个参赛者的得分说明（table），排名（csv）或完整结果（json）。",
            "Score a competition from its measurements: the ranking and every participant's explained score"
                    + " card (table), the ranking (csv) or the full result (json)."
        })
final class ScoreCliCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "COMPETITION", description = "竞赛文件（JSON/YAML）/ competition file")
    Path competition = Path.of("");

    @Parameters(index = "1", paramLabel = "MEASUREMENTS", description = "测量数据文件（JSON/YAML 数组）/ measurements file")
    Path measurements = Path.of("");

    @Option(
            names = "--period",
            paramLabel = "ID",
            defaultValue = ScoreCommand.CUMULATIVE,
            description = "考评周期，或 cumulative 累计积分 / period id, or cumulative (默认 default: ${DEFAULT-VALUE})")
    String period = ScoreCommand.CUMULATIVE;

    @Option(
            names = "--set",
            paramLabel = "FILE",
            description = "指标体系文件；缺省时取已注册的体系 / indicator set file; default: the registered set the competition names")
    Optional<Path> set = Optional.empty();

    @Mixin
    FormatOption format = new FormatOption();

    @Override
    public Integer call() {
        int code = ScoreCommand.run(
                competition, set.orElse(null), measurements, period, out(), lang.locale(), format.format.name());
        out().flush();
        return code;
    }
}
