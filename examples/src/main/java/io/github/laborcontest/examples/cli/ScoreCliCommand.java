// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.examples.scoring.ScoreCommand;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code contest score COMPETITION [MEASUREMENTS] [--journal DIR [--as-of DATE|TIME]]}: scores a period (or the cumulative total) and
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

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "MEASUREMENTS",
            description = "测量数据文件（JSON/YAML 数组）；有 --journal 时可省 / measurements file; optional with --journal")
    Optional<Path> measurements = Optional.empty();

    @Mixin
    LedgerSource source = new LedgerSource();

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
        Validation<Seq<Problem>, ContestInputs> inputs = source.read(spec, competition, set, measurements);
        if (inputs.isInvalid()) {
            return invalid(inputs.getError().asJava(), format.format);
        }
        ContestInputs in = inputs.get();
        int code = ScoreCommand.print(
                in.competition(), in.set(), in.measurements(), period, out(), lang.locale(), format.format.name());
        out().flush();
        return code;
    }
}
