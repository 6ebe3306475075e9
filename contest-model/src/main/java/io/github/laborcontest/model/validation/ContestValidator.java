// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.validation;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionPlan;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.internal.ModelChecks;
import io.github.laborcontest.model.internal.Validators;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks contest values: Bean Validation constraints on their accessors plus the cross-field
 * rules of the domain (the seven plan elements, dates in order, points that add up, unique ids,
 * kind-specific participant attributes, rules that fit their indicators). Every problem is
 * reported at once, each with the JSON path of the offending field.
 *
 * @since 0.1.0
 */
public final class ContestValidator {

    private ContestValidator() {}

    /**
     * Validates a competition, including its plan, organisers, periods and participants.
     *
     * @param competition the competition
     * @return the same competition, or every problem
     */
    public static Validation<Seq<Problem>, Competition> validate(Competition competition) {
        List<Problem> out = new ArrayList<>(Validators.checkCompetition(competition));
        ModelChecks.competition(competition, out);
        return result(competition, out);
    }

    /**
     * Validates a plan: its seven elements and its dates.
     *
     * @param plan the plan
     * @return the same plan, or every problem
     */
    public static Validation<Seq<Problem>, CompetitionPlan> validate(CompetitionPlan plan) {
        List<Problem> out = new ArrayList<>(Validators.check(plan, "$"));
        ModelChecks.plan(plan, "$", out);
        return result(plan, out);
    }

    /**
     * Validates an indicator set: codes, points that add up, rules that fit.
     *
     * @param set the set
     * @return the same set, or every problem
     */
    public static Validation<Seq<Problem>, IndicatorSet> validate(IndicatorSet set) {
        List<Problem> out = new ArrayList<>(Validators.check(set, "$"));
        ModelChecks.indicatorSet(set, out);
        return result(set, out);
    }

    /**
     * Validates a participant on its own.
     *
     * @param participant the participant
     * @return the same participant, or every problem
     */
    public static Validation<Seq<Problem>, Participant> validate(Participant participant) {
        List<Problem> out = new ArrayList<>(Validators.check(participant, "$"));
        ModelChecks.participant(participant, "$", out);
        return result(participant, out);
    }

    /**
     * Validates a list of measurements, each at {@code $[i]}.
     *
     * @param measurements the measurements
     * @return the same list, or every problem
     */
    public static Validation<Seq<Problem>, List<Measurement>> validateMeasurements(List<Measurement> measurements) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            String path = "$[" + i + "]";
            Validators.check(measurements.get(i), path).forEach(out::add);
            ModelChecks.measurement(measurements.get(i), path, out);
        }
        return result(measurements, out);
    }

    private static <T> Validation<Seq<Problem>, T> result(T value, List<Problem> problems) {
        return problems.isEmpty()
                ? Validation.valid(value)
                : Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
}
