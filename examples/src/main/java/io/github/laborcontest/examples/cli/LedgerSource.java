// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.examples.ledger.LedgerCommands;
import io.github.laborcontest.ledger.AsOf;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The measurement sources of {@code score} and {@code rank}: a measurements file (the positional
 * parameter), a ledger journal ({@code --journal DIR}, as of {@code --as-of DATE|TIME}) or both.
 */
final class LedgerSource {

    @Option(
            names = "--journal",
            paramLabel = "DIR",
            description = "台账日志目录：从台账取测量值（可与测量数据文件同用）/ journal directory: take the measurements"
                    + " from the ledger (may be combined with a measurements file)")
    Optional<Path> journal = Optional.empty();

    @Option(
            names = "--as-of",
            paramLabel = "DATE|TIME",
            description = "台账截至：日期为业务日期，时间点为记录时间，缺省为最新 / ledger as of: a date is a business date,"
                    + " an instant (2026-03-31T23:59:59Z) a record time; default: the latest")
    Optional<String> asOf = Optional.empty();

    @Option(
            names = "--allow-damaged",
            description = "台账损坏时仍读取完好的前缀（在标准错误输出说明）/ read the sound prefix of a damaged journal"
                    + " (said on standard error); without it a damaged journal is refused")
    boolean allowDamaged;

    /**
     * Reads the competition, its set and the measurements from the sources given; usage errors
     * (neither source, {@code --as-of} without a journal or unparsable) throw picocli's exception.
     *
     * @param spec the command, for usage errors
     * @param competition the competition file
     * @param set an indicator set file, if any
     * @param measurements a measurements file, if any
     * @return the inputs, or every problem
     */
    Validation<Seq<Problem>, ContestInputs> read(
            CommandSpec spec, Path competition, Optional<Path> set, Optional<Path> measurements) {
        if (measurements.isEmpty() && journal.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "需要测量数据文件或 --journal 目录 / give a measurements file, a --journal directory or both");
        }
        if (asOf.isPresent() && journal.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--as-of 须与 --journal 同用 / --as-of needs --journal");
        }
        Optional<AsOf> query = LedgerCommands.parseAsOf(asOf);
        if (query.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--as-of 应为日期或时间点 / --as-of must be a date or an instant: " + asOf.orElse(""));
        }
        return ContestInputs.read(
                competition,
                set,
                measurements,
                journal,
                query.get(),
                allowDamaged,
                ((ContestCli) spec.root().userObject()).err());
    }
}
