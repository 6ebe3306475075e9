// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring;

import io.github.laborcontest.model.problem.ProblemCode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem codes of contest-scoring: measurements that do not fit the competition or the set,
 * judge marks out of range, references the scorer cannot resolve and plugin failures. Messages
 * are in {@code io/github/laborcontest/scoring/problems.properties} (Chinese) and {@code
 * problems_en.properties} (English).
 *
 * @since 0.1.0
 */
public enum ScoringProblem implements ProblemCode {
    /** The competition names another indicator set; args: competition's set, given set. */
    SET_MISMATCH("scoring.set-mismatch"),
    /** The period is not one of the competition's; args: period. */
    UNKNOWN_PERIOD("scoring.unknown-period"),
    /** A measurement names a participant the competition does not have; args: participant, indicator. */
    UNKNOWN_PARTICIPANT("scoring.unknown-participant"),
    /** A measurement names an indicator the set does not have; args: participant, indicator. */
    UNKNOWN_INDICATOR("scoring.unknown-indicator"),
    /** Two measurements for the same participant, indicator and period; args: participant, indicator, period. */
    DUPLICATE_MEASUREMENT("scoring.duplicate-measurement"),
    /** A required measurement is missing; args: participant, indicator, period. */
    MISSING_MEASUREMENT("scoring.missing-measurement"),
    /**
     * The measurement holds another kind of value than the rule needs; args: participant,
     * indicator, needed, given. The kinds are tokens ({@code value}, {@code flag}, {@code marks},
     * {@code items}, {@code any}, {@code -} for none, joined by {@code |} for either and {@code +}
     * for both), which the Chinese message names in Chinese.
     */
    WRONG_VALUE_KIND("scoring.wrong-value-kind"),
    /** A negative raw value where only zero or more makes sense; args: participant, indicator, value. */
    NEGATIVE_VALUE("scoring.negative-value"),
    /** A judge mark below zero; args: participant, indicator, mark. */
    NEGATIVE_MARK("scoring.negative-mark"),
    /** A judge mark above the scale or not one of 0–3; args: participant, indicator, mark, scale. */
    MARK_OUT_OF_SCALE("scoring.mark-out-of-scale"),
    /** Fewer judge marks than the rule needs; args: participant, indicator, count, minimum. */
    TOO_FEW_JUDGES("scoring.too-few-judges"),
    /** An item code the item table does not list; args: participant, indicator, item. */
    UNKNOWN_ITEM("scoring.unknown-item"),
    /** No plugin evaluates this custom rule; args: indicator, rule name, known names. */
    UNKNOWN_RULE_EVALUATOR("scoring.unknown-rule-evaluator"),
    /** A plugin rule refused a measurement; args: participant, indicator, reason. */
    RULE_REJECTED("scoring.rule-rejected"),
    /** A plugin threw; args: plugin, detail. */
    PLUGIN_FAILED("scoring.plugin-failed"),
    /** Two plugins share a name; args: kind, name, first class, second class. */
    DUPLICATE_PLUGIN("scoring.duplicate-plugin"),
    /** A tie-breaker names a dimension, indicator or plugin that does not exist; args: by, ref. */
    UNKNOWN_TIE_BREAKER("scoring.unknown-tie-breaker"),
    /** A veto caps the grade at a grade the scheme does not have; args: indicator, grade. */
    UNKNOWN_GRADE("scoring.unknown-grade"),
    /** Bulk ranking cannot evaluate this indicator or tie-breaker from columns; args: what, code. */
    BULK_UNSUPPORTED("scoring.bulk-unsupported"),
    /** Period weights do not add up to 1 for a cumulative total; args: sum. */
    WEIGHTS_DO_NOT_SUM("scoring.weights-do-not-sum");

    private final String code;

    ScoringProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String bundleBaseName() {
        return "io.github.laborcontest.scoring.problems";
    }

    /**
     * Renders the message; the Chinese message of {@link #WRONG_VALUE_KIND} names the kinds of
     * value in Chinese (the arguments keep the tokens).
     *
     * @param locale the language
     * @param args the message arguments
     * @return the message
     */
    @Override
    public String render(Locale locale, Object... args) {
        if (this == WRONG_VALUE_KIND && !"en".equals(locale.getLanguage()) && args.length == 4) {
            Object[] named = args.clone();
            named[2] = kindsInChinese(String.valueOf(args[2]));
            named[3] = kindsInChinese(String.valueOf(args[3]));
            return ProblemCode.super.render(locale, named);
        }
        return ProblemCode.super.render(locale, args);
    }

    private static final Map<String, String> KINDS_ZH = Map.of(
            "value", "数值",
            "flag", "是/否标志",
            "marks", "评委打分",
            "items", "清单项",
            "any", "任一种值",
            "-", "无任何值");

    private static final Pattern KIND = Pattern.compile("[^+|]+");

    /** {@code value+flag} → {@code 数值与是/否标志}, {@code flag|value} → {@code 是/否标志或数值}. */
    private static String kindsInChinese(String tokens) {
        return KIND.matcher(tokens)
                .replaceAll(m -> Matcher.quoteReplacement(KINDS_ZH.getOrDefault(m.group(), m.group())))
                .replace("+", "与")
                .replace("|", "或");
    }
}
