// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.examples.mcda.McdaCommand;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code contest mcda FILE}: solves a multi-criteria decision problem in the ranking JSON contract
 * (see {@link McdaCommand}); the answer is JSON on standard output.
 */
@Command(
        name = "mcda",
        mixinStandardHelpOptions = true,
        description = {
            "求解多准则决策问题（JSON 约定：alternatives、criteria、matrix、method…），结果以 JSON 输出到标准输出。",
            "Solve a multi-criteria decision problem (JSON contract: alternatives, criteria, matrix, method, …);"
                    + " the answer is JSON on standard output.",
            "退出码 / exit codes: 0 成功 answered · 1 问题无效 invalid problem (JSON 问题列表 / problems as JSON)"
                    + " · 2 文件无法读取 unreadable file"
        })
final class McdaCliCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "决策问题 JSON 文件 / the decision problem, a JSON file")
    Path file = Path.of("");

    @Override
    public Integer call() {
        int code = McdaCommand.run(file, out(), err(), lang.locale());
        out().flush();
        err().flush();
        return code;
    }
}
