// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.examples.ledger.TerminalText;
import io.github.laborcontest.model.problem.Problem;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the streams of the run, {@code --lang} and problem listing. */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            defaultValue = "zh",
            description = "消息语言 / language of messages: ${COMPLETION-CANDIDATES} (默认 default: ${DEFAULT-VALUE})")
    Lang lang = Lang.zh;

    /** Standard input of this run. */
    InputStream in() {
        return root().in();
    }

    /** Standard output of this run. */
    PrintStream out() {
        return root().out();
    }

    /** Standard error of this run. */
    PrintStream err() {
        return root().err();
    }

    private ContestCli root() {
        return (ContestCli) spec.root().userObject();
    }

    /**
     * Lists problems and returns {@link ContestCli#INVALID}, or {@link ContestCli#UNREADABLE} when
     * one of them is a file that cannot be read: as JSON on standard output when the output format
     * is JSON, otherwise one message per line on standard error.
     */
    int invalid(List<Problem> problems, OutputFormat format) {
        if (format == OutputFormat.json) {
            out().print(Table.json(Map.of("valid", false, "problems", problems)));
            out().flush();
        } else {
            err().println(lang.pick("输入有 " + problems.size() + " 个问题：", problems.size() + " problem(s) in the input:"));
            // a message may quote input (an unknown code, a value): escaped, so that it stays one line
            problems.forEach(p -> err().println("  " + TerminalText.escape(p.message(lang.locale()))));
            err().flush();
        }
        return exitCode(problems);
    }

    /** {@link ContestCli#UNREADABLE} if a problem is a file that cannot be read, else {@link ContestCli#INVALID}. */
    static int exitCode(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.code() == CliProblem.FILE_UNREADABLE)
                ? ContestCli.UNREADABLE
                : ContestCli.INVALID;
    }
}
