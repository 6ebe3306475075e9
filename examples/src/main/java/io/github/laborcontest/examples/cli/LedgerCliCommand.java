// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.examples.ledger.CheckpointCommands;
import io.github.laborcontest.examples.ledger.LedgerCommands;
import io.github.laborcontest.ledger.AsOf;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.Standing;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code contest ledger …}: the points ledger (竞赛积分台账) over the embedded journal in {@code
 * --journal DIR} (see {@link LedgerCommands}).
 */
@Command(
        name = "ledger",
        mixinStandardHelpOptions = true,
        description = {
            "竞赛积分台账（嵌入式日志，--journal 目录）：生成样例、追加、校验、导出、积分。",
            "The points ledger over the embedded journal (--journal DIR): generate, append, verify, export,"
                    + " standings."
        },
        subcommands = {
            LedgerCliCommand.Generate.class,
            LedgerCliCommand.Append.class,
            LedgerCliCommand.Verify.class,
            LedgerCheckpointCommand.class,
            LedgerCliCommand.Repair.class,
            LedgerCliCommand.Export.class,
            LedgerCliCommand.Standings.class
        })
final class LedgerCliCommand implements Runnable {

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(
            names = "--journal",
            paramLabel = "DIR",
            defaultValue = "journal",
            scope = ScopeType.INHERIT,
            description = "日志目录 / journal directory (默认 default: ${DEFAULT-VALUE})")
    Path journal = Path.of("journal");

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "缺少子命令 / missing subcommand: generate, append, verify, checkpoint, repair, export, standings");
    }

    /** {@code ledger generate --count N --seed S --output FILE}. */
    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = {"生成 N 条有效且互不相同的样例台账记录（JSON Lines）。", "Write N valid, distinct sample entries (JSON Lines)."})
    static final class Generate extends CliCommand {
        @Option(names = "--count", required = true, paramLabel = "N", description = "条数 / how many entries")
        long count;

        @Option(
                names = "--seed",
                defaultValue = "20261124",
                paramLabel = "S",
                description = "随机种子 / seed (默认 default: ${DEFAULT-VALUE})")
        long seed = 20261124L;

        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "FILE",
                description = "输出文件 / output file")
        Path output = Path.of("");

        @Override
        public Integer call() {
            if (count < 0) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--count 不能为负 / --count must not be negative");
            }
            int code = LedgerCommands.generate(count, seed, output, err());
            err().flush();
            return code;
        }
    }

    /** {@code ledger append [--input FILE]}: standard input by default. */
    @Command(
            name = "append",
            mixinStandardHelpOptions = true,
            description = {
                "追加 JSON Lines 记录；每条记录落盘后输出 ok <id>，拒绝的输出 refused <id> <原因> 并继续；重复发送的记录再次输出 ok 而不重复记录。",
                "Append JSON Lines; prints ok <id> once each entry is durable, refused <id> <reason> for a refused"
                        + " one (the rest go on); a re-sent entry prints ok again without being recorded twice."
            })
    static final class Append extends CliCommand {
        @ParentCommand
        LedgerCliCommand parent = new LedgerCliCommand();

        @Option(
                names = {"-i", "--input"},
                paramLabel = "FILE",
                description = "输入文件，- 或缺省为标准输入 / input file; - or absent: standard input")
        Optional<Path> input = Optional.empty();

        @Override
        public Integer call() throws IOException {
            Optional<Path> file = input.filter(p -> !p.toString().equals("-"));
            if (file.isPresent() && !Files.isReadable(file.get())) {
                return invalid(
                        List.of(io.github.laborcontest.model.problem.Problem.at(
                                CliProblem.FILE_UNREADABLE,
                                "$",
                                file.get(),
                                "文件不存在或不可读 / no such file or not readable")),
                        OutputFormat.table);
            }
            try (InputStream in = file.isPresent() ? Files.newInputStream(file.get()) : InputStream.nullInputStream()) {
                int code = LedgerCommands.append(parent.journal, file.isPresent() ? in : in(), out(), lang.locale());
                out().flush();
                return code;
            }
        }
    }

    /** {@code ledger verify}. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "只读校验日志分帧与哈希链，从不改动文件；残缺尾部（torn）与已落盘记录的损坏（damaged/bad）分别报告其位置与编号，退出码 1。",
                "Check framing and the hash chain, read-only: never changes a file; a torn tail (torn) and damage to a"
                        + " durable record (damaged/bad) are named with position and id, exit 1."
            })
    static final class Verify extends CliCommand {
        @ParentCommand
        LedgerCliCommand parent = new LedgerCliCommand();

        @Option(
                names = "--checkpoint",
                paramLabel = "FILE",
                arity = "1..*",
                description = "校验点文件：证明台账是每个校验点的延续 / checkpoint files: prove the journal extends each")
        List<Path> checkpoints = List.of();

        @Option(names = "--key", paramLabel = "FILE", description = "校验点的 HMAC 密钥文件 / HMAC key file of the checkpoints")
        Optional<Path> key = Optional.empty();

        @Override
        public Integer call() {
            if (!checkpoints.isEmpty() || key.isPresent()) {
                int code = CheckpointCommands.verify(parent.journal, checkpoints, key, out(), lang.locale());
                out().flush();
                return code;
            }
            int code = LedgerCommands.verify(parent.journal, out(), lang.locale());
            out().flush();
            return code;
        }
    }

    /** {@code ledger repair}: the only command that cuts a journal; what it cuts goes to quarantine files. */
    @Command(
            name = "repair",
            mixinStandardHelpOptions = true,
            description = {
                "修复：将残缺尾部及第一条损坏记录起的全部内容移入日志目录中的隔离文件（逐项说明），再校验。",
                "Repair: move a torn tail and everything from the first damaged record on into quarantine files in"
                        + " the journal directory (saying exactly what moved), then verify."
            })
    static final class Repair extends CliCommand {
        @ParentCommand
        LedgerCliCommand parent = new LedgerCliCommand();

        @Override
        public Integer call() {
            int code = LedgerCommands.repair(parent.journal, out(), lang.locale());
            out().flush();
            return code;
        }
    }

    /** {@code ledger export --format jsonl|csv}. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "按链顺序导出全部记录（每行 JSON 含 id 字段）。",
                "Write every entry in chain order (each JSON line has its id field)."
            })
    static final class Export extends CliCommand {
        /** The export formats. */
        enum ExportFormat {
            jsonl,
            csv
        }

        @ParentCommand
        LedgerCliCommand parent = new LedgerCliCommand();

        @Option(
                names = "--format",
                paramLabel = "jsonl|csv",
                defaultValue = "jsonl",
                description = "导出格式 / format: ${COMPLETION-CANDIDATES} (默认 default: ${DEFAULT-VALUE})")
        ExportFormat format = ExportFormat.jsonl;

        @Option(
                names = "--allow-damaged",
                description = "台账损坏时仍导出完好的前缀（在标准错误输出说明）/ export the sound prefix of a damaged journal"
                        + " (said on standard error)")
        boolean allowDamaged;

        @Override
        public Integer call() {
            int code = LedgerCommands.export(parent.journal, format.name(), out(), lang.locale(), err(), allowDamaged);
            out().flush();
            err().flush();
            return code;
        }
    }

    /** {@code ledger standings [--as-of DATE|TIME]}. */
    @Command(
            name = "standings",
            mixinStandardHelpOptions = true,
            description = {
                "按参赛者与周期汇总的积分（表格、CSV 或 JSON）；--as-of 日期为业务日期，时间点为记录时间，缺省为最新。",
                "Standings per participant and period (table, CSV or JSON); --as-of a date is a business date, an"
                        + " instant a record time, absent the latest."
            })
    static final class Standings extends CliCommand {
        @ParentCommand
        LedgerCliCommand parent = new LedgerCliCommand();

        @Option(
                names = "--as-of",
                paramLabel = "DATE|TIME",
                description = "截至 / as of: 2026-03-31 | 2026-03-31T23:59:59Z")
        Optional<String> asOf = Optional.empty();

        @Mixin
        FormatOption format = new FormatOption();

        @Option(
                names = "--allow-damaged",
                description = "台账损坏时仍汇总完好的前缀（在标准错误输出说明）/ total the sound prefix of a damaged journal"
                        + " (said on standard error)")
        boolean allowDamaged;

        @Override
        public Integer call() {
            if (asOf.isPresent() && LedgerCommands.parseAsOf(asOf).isEmpty()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--as-of 应为日期或时间点 / --as-of must be a date or an instant: " + asOf.get());
            }
            int code = standingsTable(
                    parent.journal, asOf, format.format.name(), out(), err(), lang.locale(), allowDamaged);
            out().flush();
            err().flush();
            return code;
        }
    }

    /**
     * {@code standings [--as-of DATE|TIME] --format json|table|csv}: the standings as JSON (as
     * {@link LedgerCommands#standings(Path, Optional, PrintStream, PrintStream)}) or one row per participant and
     * period.
     *
     * @param journal the journal directory
     * @param asOf the option's value, if given
     * @param format {@code json}, {@code table} or {@code csv}
     * @param out where the standings go
     * @param err where problems go
     * @param locale the language of table headers and yes/no
     * @param allowDamaged whether the sound prefix of a damaged journal may be read
     * @return the exit code
     */
    static int standingsTable(
            Path journal,
            Optional<String> asOf,
            String format,
            PrintStream out,
            PrintStream err,
            Locale locale,
            boolean allowDamaged) {
        if (format.equals("json")) {
            return LedgerCommands.standings(journal, asOf, out, err, allowDamaged);
        }
        Optional<AsOf> query = LedgerCommands.parseAsOf(asOf);
        if (query.isEmpty()) {
            err.println("--as-of must be a date (2026-03-31) or an instant (2026-03-31T23:59:59Z): " + asOf.orElse(""));
            return ContestCli.USAGE;
        }
        Either<Problem, Ledger> opened = LedgerCommands.openForReading(journal);
        if (opened.isLeft()) {
            err.println("error " + opened.getLeft().message(locale));
            return ContestCli.USAGE;
        }
        boolean en = "en".equals(locale.getLanguage());
        Table t = new Table(
                Table.col("competition", "竞赛", "competition"),
                Table.col("period", "周期", "period"),
                Table.col("participant", "参赛者", "participant"),
                Table.col("measurements", "测量值", "measurements"),
                Table.col("awarded", "加分", "awarded"),
                Table.col("deducted", "扣分", "deducted"),
                Table.col("net", "净分", "net"),
                Table.col("vetoed", "一票否决", "vetoed"),
                Table.col("findings", "检查发现", "findings"),
                Table.col("stage", "阶段", "stage"));
        try (Ledger ledger = opened.get()) {
            Optional<Integer> refused = LedgerCommands.refuseDamage(ledger, allowDamaged, err, locale);
            if (refused.isPresent()) {
                return refused.get();
            }
            for (Standing s : ledger.standings(query.get()).standings()) {
                String ms = String.join(
                        " ",
                        s.measurements().stream()
                                .map(m -> m.indicator().value() + "="
                                        + m.value()
                                                .map(BigDecimal::toPlainString)
                                                .orElse(""))
                                .toList());
                t.add(
                        s.key().competition().value(),
                        s.key().period().value(),
                        s.key().participant().value(),
                        ms,
                        s.awarded(),
                        s.deducted(),
                        s.net(),
                        s.vetoed() ? (en ? "yes" : "是") : (en ? "no" : "否"),
                        s.findings().size(),
                        s.stage().map(st -> st.code()).orElse(""));
            }
        }
        t.print(out, OutputFormat.valueOf(format), en ? Lang.en : Lang.zh);
        return ContestCli.OK;
    }
}
