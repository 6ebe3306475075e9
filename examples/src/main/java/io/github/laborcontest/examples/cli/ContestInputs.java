// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.ledger.AsOf;
import io.github.laborcontest.ledger.Ledger;
import io.github.laborcontest.ledger.LedgerMeasurements;
import io.github.laborcontest.ledger.Ledgers;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A competition, its indicator set and measurements, read from files (and a ledger) and validated.
 *
 * @param competition the competition
 * @param set its indicator set (from the file given, or the registry's)
 * @param measurements the measurements
 */
record ContestInputs(Competition competition, IndicatorSet set, List<Measurement> measurements) {

    /**
     * Reads and validates the inputs, the measurements coming from a file, a ledger journal or both
     * ({@link LedgerMeasurements#combine}: a participant, indicator and period from one source only).
     *
     * @param competitionFile the competition (JSON or YAML)
     * @param setFile an indicator set file, or empty to take the competition's set from the registry
     * @param measurementsFile the measurements (JSON or YAML array), if any
     * @param journal the embedded journal directory, if any
     * @param asOf which ledger entries count
     * @param allowDamaged whether a damaged journal's sound prefix may be read (said on {@code err})
     * @param err where a damaged journal read anyway is reported
     * @return the inputs, or the problems
     */
    static Validation<Seq<Problem>, ContestInputs> read(
            Path competitionFile,
            Optional<Path> setFile,
            Optional<Path> measurementsFile,
            Optional<Path> journal,
            AsOf asOf,
            boolean allowDamaged,
            java.io.PrintStream err) {
        Validation<Seq<Problem>, Competition> c = Inputs.read(competitionFile)
                .flatMap(
                        t -> ContestJson.readCompetition(t, ContestJson.Format.ofFileName(competitionFile.toString())));
        Validation<Seq<Problem>, List<Measurement>> ms = measurementsFile.isEmpty()
                ? Validation.valid(List.of())
                : Inputs.read(measurementsFile.get())
                        .flatMap(t -> ContestJson.readMeasurements(
                                t,
                                ContestJson.Format.ofFileName(
                                        measurementsFile.get().toString())));
        Validation<Seq<Problem>, Path> dir = journal.isEmpty() || Files.isDirectory(journal.get())
                ? Validation.valid(journal.orElse(Path.of("")))
                : Validation.invalid(io.vavr.collection.List.of(Problem.at(
                        CliProblem.FILE_UNREADABLE, "$", journal.get(), "不是台账日志目录 / not a journal directory")));
        if (c.isInvalid() || ms.isInvalid() || dir.isInvalid()) {
            Seq<Problem> all = io.vavr.collection.List.empty();
            for (Validation<Seq<Problem>, ?> v : List.of(c, ms, dir)) {
                if (v.isInvalid()) {
                    all = all.appendAll(v.getError());
                }
            }
            return Validation.invalid(all);
        }
        Validation<Seq<Problem>, IndicatorSet> set = setFile.isPresent()
                ? Inputs.read(setFile.get())
                        .flatMap(t -> ContestJson.readIndicatorSet(
                                t, ContestJson.Format.ofFileName(setFile.get().toString())))
                : IndicatorSetRegistry.discover()
                        .flatMap(r -> r.require(c.get().indicatorSet()).mapError(io.vavr.collection.List::of));
        if (set.isInvalid() || journal.isEmpty()) {
            return set.map(s -> new ContestInputs(c.get(), s, ms.get()));
        }
        Validation<Seq<Problem>, List<Measurement>> fromLedger =
                fromLedger(journal.get(), c.get(), set.get(), asOf, allowDamaged, err);
        return fromLedger
                .flatMap(l -> LedgerMeasurements.combine(l, ms.get()))
                .map(all -> new ContestInputs(c.get(), set.get(), all));
    }

    private static Validation<Seq<Problem>, List<Measurement>> fromLedger(
            Path journal,
            Competition competition,
            IndicatorSet set,
            AsOf asOf,
            boolean allowDamaged,
            java.io.PrintStream err) {
        Either<Problem, Ledger> opened = Ledgers.openJournalReadOnly(journal);
        if (opened.isLeft()) {
            return Validation.invalid(io.vavr.collection.List.of(Problem.at(
                    CliProblem.FILE_UNREADABLE,
                    "$",
                    journal,
                    opened.getLeft().message(Locale.CHINESE) + " / "
                            + opened.getLeft().message(Locale.ENGLISH))));
        }
        try (Ledger ledger = opened.get()) {
            Optional<Problem> damage = ledger.openReport().damage();
            if (damage.isPresent()) {
                String both = damage.get().message(Locale.CHINESE) + " / "
                        + damage.get().message(Locale.ENGLISH);
                if (!allowDamaged) {
                    return Validation.invalid(
                            io.vavr.collection.List.of(Problem.at(CliProblem.LEDGER_DAMAGED, "$", journal, both)));
                }
                err.println("damaged " + both);
                err.println("只读取完好的前 " + ledger.size() + " 条 / reading only the sound prefix of " + ledger.size()
                        + " entries (--allow-damaged)");
            }
            boolean any = ledger.standings(asOf).standings().stream()
                    .anyMatch(s -> s.key().competition().equals(competition.id()));
            if (!any) {
                return Validation.invalid(io.vavr.collection.List.of(Problem.at(
                        CliProblem.LEDGER_NO_ENTRIES,
                        "$",
                        journal,
                        competition.id().value(),
                        describe(asOf))));
            }
            return LedgerMeasurements.of(ledger, competition.id(), set, asOf);
        }
    }

    private static String describe(AsOf asOf) {
        if (asOf instanceof AsOf.BusinessDate d) {
            return d.date().toString();
        }
        if (asOf instanceof AsOf.RecordTime t) {
            return t.time().toString();
        }
        return "latest";
    }
}
