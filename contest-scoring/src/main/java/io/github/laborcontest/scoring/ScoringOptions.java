// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

/**
 * How a scorer runs.
 *
 * @param explanations whether cards carry their explanation steps; without them cards hold the
 *     same numbers but empty step lists (for bulk ranking)
 * @param requireAllMeasurements whether a scored indicator without a measurement is a problem
 *     ({@code true}) or scores zero with a {@code NotMeasured} step and a card flag ({@code false})
 * @param validateInputs whether the competition and set are checked with the model's validator
 *     first (turn off only for inputs already validated, such as generated benchmark data)
 * @since 0.1.0
 */
public record ScoringOptions(boolean explanations, boolean requireAllMeasurements, boolean validateInputs) {
    /** Explanations on, missing measurements score zero, inputs validated. */
    public static final ScoringOptions DEFAULT = new ScoringOptions(true, false, true);

    /**
     * These options with explanations on or off.
     *
     * @param on whether to explain
     * @return the options
     */
    public ScoringOptions withExplanations(boolean on) {
        return new ScoringOptions(on, requireAllMeasurements, validateInputs);
    }

    /**
     * These options with missing measurements refused or scored zero.
     *
     * @param required whether every scored indicator needs a measurement
     * @return the options
     */
    public ScoringOptions withRequireAllMeasurements(boolean required) {
        return new ScoringOptions(explanations, required, validateInputs);
    }

    /**
     * These options with input validation on or off.
     *
     * @param on whether to validate
     * @return the options
     */
    public ScoringOptions withValidateInputs(boolean on) {
        return new ScoringOptions(explanations, requireAllMeasurements, on);
    }
}
