// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.explain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an explanation: what was done to produce a number on a score card, as a code and
 * arguments (never rendered text). Steps that change a number ({@link Capped}, {@link Floored},
 * {@link Rounded}) carry the value before and after, so that re-adding a card's contributions and
 * the {@linkplain #delta() deltas} of its steps gives its total exactly. In JSON a step is an
 * object whose {@code "type"} names the kind.
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Step.RawValue.class, name = "raw"),
    @JsonSubTypes.Type(value = Step.Computed.class, name = "computed"),
    @JsonSubTypes.Type(value = Step.BandMatched.class, name = "band"),
    @JsonSubTypes.Type(value = Step.Normalised.class, name = "normalised"),
    @JsonSubTypes.Type(value = Step.MarksTrimmed.class, name = "marks-trimmed"),
    @JsonSubTypes.Type(value = Step.RemarkRequired.class, name = "remark-required"),
    @JsonSubTypes.Type(value = Step.Capped.class, name = "capped"),
    @JsonSubTypes.Type(value = Step.Floored.class, name = "floored"),
    @JsonSubTypes.Type(value = Step.Rounded.class, name = "rounded"),
    @JsonSubTypes.Type(value = Step.NotMeasured.class, name = "not-measured"),
    @JsonSubTypes.Type(value = Step.NotApplicable.class, name = "not-applicable"),
    @JsonSubTypes.Type(value = Step.VetoFired.class, name = "veto-fired"),
    @JsonSubTypes.Type(value = Step.Weighted.class, name = "weighted"),
    @JsonSubTypes.Type(value = Step.Disqualified.class, name = "disqualified"),
    @JsonSubTypes.Type(value = Step.Decided.class, name = "decided")
})
public sealed interface Step {

    /** The message code of the step, for example {@code "linear.proportional"}. */
    @JsonIgnore
    String code();

    /** The arguments of the step's message, as plain text. */
    @JsonIgnore
    List<String> args();

    /**
     * How much this step changed the number it explains (after − before); zero for steps that only
     * compute or record.
     *
     * @return the change, exact
     */
    @JsonIgnore
    default BigDecimal delta() {
        return BigDecimal.ZERO;
    }

    /**
     * The raw value used, as recorded in the measurement.
     *
     * @param value the value as text (a number, yes/no, marks or item codes)
     * @param evidence evidence references of the measurement
     */
    record RawValue(String value, List<String> evidence) implements Step {
        /** Copies the evidence. */
        public RawValue {
            Objects.requireNonNull(value, "value");
            evidence = List.copyOf(evidence);
        }

        @Override
        public String code() {
            return evidence.isEmpty() ? "raw" : "raw.evidence";
        }

        @Override
        public List<String> args() {
            return List.of(value, String.join(", ", evidence));
        }
    }

    /**
     * A rule's formula applied to its parameters.
     *
     * @param formula the formula's code, for example {@code "linear.proportional"}
     * @param parameters the formula's arguments in the order its message uses them
     * @param result the value computed, before any cap or rounding
     */
    record Computed(String formula, List<String> parameters, BigDecimal result) implements Step {
        /** Copies the parameters. */
        public Computed {
            Objects.requireNonNull(formula, "formula");
            Objects.requireNonNull(result, "result");
            parameters = List.copyOf(parameters);
        }

        @Override
        public String code() {
            return formula;
        }

        @Override
        public List<String> args() {
            List<String> all = new java.util.ArrayList<>(parameters);
            all.add(result.toPlainString());
            return List.copyOf(all);
        }
    }

    /**
     * A band of a step table matched the value.
     *
     * @param threshold the band's threshold
     * @param points the band's points
     */
    record BandMatched(BigDecimal threshold, BigDecimal points) implements Step {
        @Override
        public String code() {
            return "band.matched";
        }

        @Override
        public List<String> args() {
            return List.of(threshold.toPlainString(), points.toPlainString());
        }
    }

    /**
     * A value normalised against the other participants of the period.
     *
     * @param method the method's code, for example {@code "min-max"}
     * @param parameters the statistics used (minimum, maximum, sum, norm, mean, deviation)
     * @param fraction the normalised value in [0, 1], as used
     * @param usedFloatingPoint whether the method needed floating point, converted to ten decimals
     */
    record Normalised(String method, List<String> parameters, BigDecimal fraction, boolean usedFloatingPoint)
            implements Step {
        /** Copies the parameters. */
        public Normalised {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(fraction, "fraction");
            parameters = List.copyOf(parameters);
        }

        @Override
        public String code() {
            return "normalised." + method;
        }

        @Override
        public List<String> args() {
            List<String> all = new java.util.ArrayList<>(parameters);
            all.add(fraction.toPlainString());
            return List.copyOf(all);
        }
    }

    /**
     * Judge marks dropped at the ends before averaging.
     *
     * @param dropped the marks dropped
     * @param kept the marks kept
     */
    record MarksTrimmed(List<BigDecimal> dropped, List<BigDecimal> kept) implements Step {
        /** Copies the lists. */
        public MarksTrimmed {
            dropped = List.copyOf(dropped);
            kept = List.copyOf(kept);
        }

        @Override
        public String code() {
            return "judge.trimmed";
        }

        @Override
        public List<String> args() {
            return List.of(join(dropped), join(kept));
        }
    }

    /**
     * Judgement marks differ by more than allowed: the aspect must be re-marked and scores nothing
     * until then.
     *
     * @param marks the marks given
     * @param spread the largest difference found
     * @param maxSpread the largest difference allowed
     */
    record RemarkRequired(List<BigDecimal> marks, BigDecimal spread, int maxSpread) implements Step {
        /** Copies the marks. */
        public RemarkRequired {
            marks = List.copyOf(marks);
        }

        @Override
        public String code() {
            return "judgement.remark";
        }

        @Override
        public List<String> args() {
            return List.of(join(marks), spread.toPlainString(), Integer.toString(maxSpread));
        }
    }

    /**
     * A number held to a cap.
     *
     * @param what which cap: {@code "indicator"}, {@code "deduction-cap"}, {@code "bonus-cap"}
     * @param before the number before the cap
     * @param after the cap, the number after
     */
    record Capped(String what, BigDecimal before, BigDecimal after) implements Step {
        @Override
        public String code() {
            return "capped." + what;
        }

        @Override
        public List<String> args() {
            return List.of(before.toPlainString(), after.toPlainString());
        }

        @Override
        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    /**
     * A number raised to a floor.
     *
     * @param what which floor: {@code "indicator"}, {@code "dimension"} or {@code "total"}
     * @param before the number before
     * @param after the floor, the number after
     */
    record Floored(String what, BigDecimal before, BigDecimal after) implements Step {
        @Override
        public String code() {
            return "floored." + what;
        }

        @Override
        public List<String> args() {
            return List.of(before.toPlainString(), after.toPlainString());
        }

        @Override
        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    /**
     * A number rounded at a declared step.
     *
     * @param before the number before rounding (exact, except that a non-terminating quotient is
     *     shown at 18 significant digits; the rounded number is always the correctly rounded value
     *     of the exact quotient)
     * @param after the rounded number
     * @param scale the decimals kept
     * @param mode the rounding mode's name, for example {@code "HALF_UP"}
     */
    record Rounded(BigDecimal before, BigDecimal after, int scale, String mode) implements Step {
        @Override
        public String code() {
            return "rounded";
        }

        @Override
        public List<String> args() {
            return List.of(before.toPlainString(), after.toPlainString(), Integer.toString(scale), mode);
        }

        @Override
        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    /**
     * No measurement was given.
     *
     * @param reason {@code "scored-zero"} (a scored indicator gets 0) or {@code "none-recorded"} (no
     *     bonus, deduction or veto recorded)
     */
    record NotMeasured(String reason) implements Step {
        @Override
        public String code() {
            return "not-measured." + reason;
        }

        @Override
        public List<String> args() {
            return List.of();
        }
    }

    /**
     * The indicator applies only to projects in other stages.
     *
     * @param stage the participant's stage code, or {@code "-"} if it has none
     * @param stages the stage codes the indicator applies to
     */
    record NotApplicable(String stage, List<String> stages) implements Step {
        /** Copies the stages. */
        public NotApplicable {
            stages = List.copyOf(stages);
        }

        @Override
        public String code() {
            return "not-applicable.stage";
        }

        @Override
        public List<String> args() {
            return List.of(stage, String.join(", ", stages));
        }
    }

    /**
     * A veto indicator fired.
     *
     * @param indicator the veto indicator's code
     * @param effect the effect's code ({@code disqualify} or {@code cap-grade})
     * @param scope the scope's code ({@code period} or {@code contest})
     * @param gradeCap the grade cap, for {@code cap-grade}
     * @param period the period in which it fired
     */
    record VetoFired(String indicator, String effect, String scope, Optional<String> gradeCap, String period)
            implements Step {
        /** Refuses nulls. */
        public VetoFired {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(gradeCap, "gradeCap");
        }

        @Override
        public String code() {
            return "veto." + effect + "." + scope;
        }

        @Override
        public List<String> args() {
            return List.of(indicator, gradeCap.orElse("-"), period);
        }
    }

    /**
     * Points multiplied by a weight.
     *
     * @param points the points
     * @param weight the weight
     * @param result the product, exact
     */
    record Weighted(BigDecimal points, BigDecimal weight, BigDecimal result) implements Step {
        @Override
        public String code() {
            return "weighted";
        }

        @Override
        public List<String> args() {
            return List.of(points.toPlainString(), weight.toPlainString(), result.toPlainString());
        }
    }

    /**
     * The participant is out of ranking and awards.
     *
     * @param indicators the veto indicators that fired
     */
    record Disqualified(List<String> indicators) implements Step {
        /** Copies the list. */
        public Disqualified {
            indicators = List.copyOf(indicators);
        }

        @Override
        public String code() {
            return "disqualified";
        }

        @Override
        public List<String> args() {
            return List.of(String.join(", ", indicators));
        }
    }

    /**
     * A decision that changes no number: a grade assigned, a tie broken, a rank shared.
     *
     * @param decision the decision's code, for example {@code "grade.absolute"}
     * @param parameters its arguments in the order its message uses them
     */
    record Decided(String decision, List<String> parameters) implements Step {
        /** Copies the parameters. */
        public Decided {
            Objects.requireNonNull(decision, "decision");
            parameters = List.copyOf(parameters);
        }

        @Override
        public String code() {
            return decision;
        }

        @Override
        public List<String> args() {
            return parameters;
        }
    }

    private static String join(List<BigDecimal> values) {
        StringBuilder b = new StringBuilder();
        for (BigDecimal v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(v.toPlainString());
        }
        return b.toString();
    }
}
