// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code contest} command-line tool. Every subcommand has {@code --help}, {@code --lang zh|en}
 * (Chinese by default) and, where its output is tabular, {@code --format json|table|csv}. Exit
 * codes: 0 success, 1 validation failure with every problem listed, 2 bad usage (including a named
 * file or journal that cannot be read), 3 internal error.
 *
 * <pre>{@code
 * java -jar examples/target/contest.jar validate examples/data/key-project-plan.yaml
 * java -jar examples/target/contest.jar sets --format json --lang en
 * }</pre>
 */
@Command(
        name = "contest",
        mixinStandardHelpOptions = true,
        versionProvider = ContestCli.Version.class,
        description = {
            "劳动竞赛工具：校验方案、列出指标体系、计分排名、台账与结果公示。",
            "Labour-contest tool: validate plans, list indicator sets, score and rank, ledger, results page."
        },
        footer = {
            "",
            "退出码 / exit codes: 0 成功 success · 1 校验未通过 validation failure · 2 用法错误或文件无法读取 bad usage or"
                    + " unreadable file · 3 内部错误 internal error"
        },
        subcommands = {
            ValidateCommand.class,
            SetsCommand.class,
            ScoreCliCommand.class,
            RankCliCommand.class,
            ReportCommand.class,
            AwardsCliCommand.class,
            LedgerCliCommand.class,
            McdaCliCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ContestCli implements Runnable {

    /** Exit code of a run that succeeded. */
    public static final int OK = 0;

    /** Exit code of a run whose input did not validate; every problem was listed. */
    public static final int INVALID = 1;

    /** Exit code of a run with bad usage (unknown option, missing argument, …). */
    public static final int USAGE = 2;

    /**
     * Exit code of a run naming a file or journal that cannot be read (missing, not a file, not
     * UTF-8, I/O error): the same as bad usage, as the multi-criteria contract fixed it first. The
     * problems are still listed; it wins over {@link #INVALID} when both occur.
     */
    public static final int UNREADABLE = 2;

    /** Exit code of a run that failed inside the tool. */
    public static final int INTERNAL = 3;

    /** Hibernate Validator announces its version at INFO on standard error; a tool stays quiet. */
    private static final Logger QUIET_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    @Spec
    CommandSpec spec = CommandSpec.create();

    private ContestCli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the tool on the process's standard streams (UTF-8) and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        QUIET_VALIDATOR_LOG.setLevel(Level.WARNING);
        // Standard output is buffered and flushed by the commands where it matters (ledger append
        // flushes once a batch is durable) and at exit: a flush per line would be one write(2) per
        // line, the largest cost of appending a large file after the fsyncs.
        PrintStream out = new PrintStream(
                new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16),
                false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = commandLine(System.in, out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
        System.exit(code);
    }

    /**
     * Runs the tool in-process, for tests and hosts.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(InputStream.nullInputStream(), out, err).execute(args);
    }

    /**
     * Runs the tool in-process with a given standard input (for {@code ledger append}).
     *
     * @param args the command line
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return commandLine(in, out, err).execute(args);
    }

    /**
     * The configured picocli command line, writing to the given streams.
     *
     * @param out standard output
     * @param err standard error
     * @return the command line
     */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(InputStream.nullInputStream(), out, err);
    }

    /**
     * The configured picocli command line, reading from and writing to the given streams.
     *
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the command line
     */
    public static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new ContestCli(in, out, err));
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("内部错误 / internal error: " + ex);
            err.flush();
            return INTERNAL;
        });
        return cl;
    }

    /** Standard input of this run. */
    InputStream in() {
        return in;
    }

    /** Standard output of this run. */
    PrintStream out() {
        return out;
    }

    /** Standard error of this run. */
    PrintStream err() {
        return err;
    }

    /** Without a subcommand: say which ones exist (bad usage). */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "缺少子命令 / missing subcommand: "
                        + String.join(", ", spec.subcommands().keySet()));
    }

    /** The version shown by {@code --version}: the examples module's version from its jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ContestCli.class.getPackage().getImplementationVersion();
            return new String[] {"contest " + (v != null ? v : "0.1.0-SNAPSHOT")};
        }
    }
}
