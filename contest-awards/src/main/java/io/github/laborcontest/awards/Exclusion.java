// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.model.LocalizedText;
import java.util.Objects;

/**
 * A reason that rules a candidate out whatever its rank and score (一票否决、重大安全事故、纪律处分、
 * 参赛数不足): the candidate is excluded when {@link #when()} passes, undetermined when it is
 * unknown.
 *
 * @param code a stable code, for example {@code "serious-safety-accident"}
 * @param label what the exclusion is, in Chinese and English
 * @param when the condition under which the candidate is excluded
 * @since 0.1.0
 */
public record Exclusion(String code, LocalizedText label, Condition when) {

    /** Checks the fields. */
    public Exclusion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(when, "when");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
    }

    /**
     * An exclusion.
     *
     * @param code the code
     * @param label the label
     * @param when the excluding condition
     * @return the exclusion
     */
    public static Exclusion of(String code, LocalizedText label, Condition when) {
        return new Exclusion(code, label, when);
    }

    /** A one-vote veto fired in the period (期内被一票否决). */
    public static Exclusion vetoInPeriod() {
        return of("veto-in-period", LocalizedText.of("期内被一票否决", "a veto fired in the period"), new Condition.Vetoed());
    }

    /** A serious safety accident in the period (发生重大安全事故). */
    public static Exclusion seriousAccident() {
        return of(
                FactNames.SERIOUS_ACCIDENT,
                LocalizedText.of("发生重大安全事故", "a serious safety accident"),
                Condition.fact(FactNames.SERIOUS_ACCIDENT, true));
    }

    /** A disciplinary record (受到纪律处分). */
    public static Exclusion disciplinaryRecord() {
        return of(
                FactNames.DISCIPLINARY_RECORD,
                LocalizedText.of("受到纪律处分", "a disciplinary record"),
                Condition.fact(FactNames.DISCIPLINARY_RECORD, true));
    }

    /**
     * Fewer entrants than a minimum (参赛数不足).
     *
     * @param minimum the fewest entrants the event needs
     * @return the exclusion
     */
    public static Exclusion tooFewEntrants(int minimum) {
        return of(
                "too-few-entrants",
                LocalizedText.of("参赛数不足 " + minimum, "fewer than " + minimum + " entrants"),
                Condition.quantity(FactNames.ENTRANTS, Comparison.LESS_THAN, Integer.toString(minimum)));
    }
}
