// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.examples.awards.AwardsCommand;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code contest awards COMPETITION CANDIDATES}: decides awards and prints every decision with its
 * reasons (see {@link AwardsCommand}).
 */
@Command(
        name = "awards",
        mixinStandardHelpOptions = true,
        description = {
            "评先评优：按奖项定义判定每个候选者，列出理由（含不符合条件的原因）。",
            "Decide awards: every candidate against every award definition, with the reasons (including why"
                    + " someone is not eligible)."
        })
final class AwardsCliCommand extends CliCommand {

    /** The output formats of this command. */
    enum AwardsFormat {
        json,
        table,
        csv
    }

    @Parameters(index = "0", paramLabel = "COMPETITION", description = "竞赛文件（JSON/YAML）/ competition file")
    Path competition = Path.of("");

    @Parameters(
            index = "1",
            paramLabel = "CANDIDATES",
            description = "候选者文件 {\"entrants\": n, \"candidates\": […]} / candidates file")
    Path candidates = Path.of("");

    @Option(
            names = "--awards",
            paramLabel = "FILE",
            description = "奖项定义（JSON/YAML 数组）；缺省为全部已注册奖项 / award definitions; default: every registered award")
    Optional<Path> awards = Optional.empty();

    @Option(
            names = "--format",
            paramLabel = "json|table|csv",
            defaultValue = "table",
            description = "输出格式 / output format: ${COMPLETION-CANDIDATES} (默认 default: ${DEFAULT-VALUE})")
    AwardsFormat format = AwardsFormat.table;

    @Override
    public Integer call() {
        int code = AwardsCommand.run(competition, candidates, awards.orElse(null), out(), lang.locale(), format.name());
        out().flush();
        return code;
    }
}
