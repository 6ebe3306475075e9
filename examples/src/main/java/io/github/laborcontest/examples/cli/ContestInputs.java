// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A competition, its indicator set and measurements, read from files and validated.
 *
 * @param competition the competition
 * @param set its indicator set (from the file given, or the registry's)
 * @param measurements the measurements
 */
record ContestInputs(Competition competition, IndicatorSet set, List<Measurement> measurements) {

    /**
     * Reads and validates the three inputs; every problem of every file is reported.
     *
     * @param competitionFile the competition (JSON or YAML)
     * @param setFile an indicator set file, or empty to take the competition's set from the registry
     * @param measurementsFile the measurements (JSON or YAML array)
     * @return the inputs, or the problems
     */
    static Validation<Seq<Problem>, ContestInputs> read(
            Path competitionFile, Optional<Path> setFile, Path measurementsFile) {
        Validation<Seq<Problem>, Competition> c = Inputs.read(competitionFile)
                .flatMap(
                        t -> ContestJson.readCompetition(t, ContestJson.Format.ofFileName(competitionFile.toString())));
        Validation<Seq<Problem>, List<Measurement>> ms = Inputs.read(measurementsFile)
                .flatMap(t ->
                        ContestJson.readMeasurements(t, ContestJson.Format.ofFileName(measurementsFile.toString())));
        if (c.isInvalid() || ms.isInvalid()) {
            Seq<Problem> all = io.vavr.collection.List.empty();
            if (c.isInvalid()) {
                all = all.appendAll(c.getError());
            }
            if (ms.isInvalid()) {
                all = all.appendAll(ms.getError());
            }
            return Validation.invalid(all);
        }
        Validation<Seq<Problem>, IndicatorSet> set = setFile.isPresent()
                ? Inputs.read(setFile.get())
                        .flatMap(t -> ContestJson.readIndicatorSet(
                                t, ContestJson.Format.ofFileName(setFile.get().toString())))
                : IndicatorSetRegistry.discover()
                        .flatMap(r -> r.require(c.get().indicatorSet()).mapError(io.vavr.collection.List::of));
        return set.map(s -> new ContestInputs(c.get(), s, ms.get()));
    }
}
