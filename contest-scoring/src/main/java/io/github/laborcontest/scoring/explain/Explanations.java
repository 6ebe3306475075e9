// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.scoring.explain;

import io.github.laborcontest.scoring.DimensionScore;
import io.github.laborcontest.scoring.IndicatorScore;
import io.github.laborcontest.scoring.ScoreCard;
import io.github.laborcontest.scoring.VetoOutcome;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders explanations for people, in Chinese (the default) or English. The output is a plain
 * text table for publication (公示) and review; it is for reading only: do not parse it, use the
 * score card's values or its JSON instead. Quotients that the card keeps at 34 significant digits
 * are shown with 6 decimals and an ellipsis.
 *
 * @since 0.1.0
 */
public final class Explanations {
    private static final String BUNDLE = "io.github.laborcontest.scoring.explain.steps";

    private Explanations() {}

    /**
     * One step as a sentence.
     *
     * @param step the step
     * @param locale Chinese unless English is asked for
     * @return the sentence
     */
    public static String render(Step step, Locale locale) {
        Object[] args = step.args().stream().map(Explanations::shorten).toArray();
        return message(locale, step.code(), args);
    }

    /** Shows quotients carried at 34 digits with 6 decimals and an ellipsis; the step keeps them exact. */
    private static String shorten(String arg) {
        if (arg.length() <= 12 || arg.indexOf('.') < 0) {
            return arg;
        }
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(arg);
            return v.scale() > 6 ? v.setScale(6, java.math.RoundingMode.HALF_UP).toPlainString() + "…" : arg;
        } catch (NumberFormatException e) {
            return arg;
        }
    }

    /**
     * A score card as a table: one row per indicator with its points and the steps behind them,
     * then each dimension's subtotal, the bonus, vetoes and the total.
     *
     * @param card the card
     * @param locale Chinese unless English is asked for
     * @return the table, lines separated by {@code \n}
     */
    public static String summarize(ScoreCard card, Locale locale) {
        StringBuilder b = new StringBuilder();
        b.append(message(
                        locale,
                        "card.header",
                        card.participant().value(),
                        card.period().value(),
                        card.total().value().toPlainString(),
                        message(locale, "status." + card.status().name().toLowerCase(Locale.ROOT))))
                .append('\n');
        b.append(message(locale, "card.columns")).append('\n');
        for (DimensionScore d : card.dimensions()) {
            for (IndicatorScore i : d.indicators()) {
                b.append(d.dimension().value())
                        .append(" | ")
                        .append(i.indicator().value())
                        .append(" | ")
                        .append(i.points().value().toPlainString())
                        .append(" | ")
                        .append(steps(i.steps(), locale))
                        .append('\n');
            }
            b.append(d.dimension().value())
                    .append(" | ")
                    .append(message(locale, "card.dimension-total"))
                    .append(" | ")
                    .append(d.points().value().toPlainString())
                    .append(" | ")
                    .append(message(
                            locale,
                            "card.dimension-detail",
                            d.scored().value().toPlainString(),
                            d.deductions().value().toPlainString(),
                            d.weight().toPlainString(),
                            d.contribution().value().toPlainString()));
            if (!d.steps().isEmpty()) {
                b.append("; ").append(steps(d.steps(), locale));
            }
            b.append('\n');
        }
        b.append(message(locale, "card.bonus"))
                .append(" | | ")
                .append(card.bonus().applied().value().toPlainString())
                .append(" | ")
                .append(message(
                        locale, "card.bonus-detail", card.bonus().raw().value().toPlainString()));
        if (!card.bonus().steps().isEmpty()) {
            b.append("; ").append(steps(card.bonus().steps(), locale));
        }
        b.append('\n');
        for (VetoOutcome v : card.vetoes()) {
            b.append(message(locale, "card.veto"))
                    .append(" | ")
                    .append(v.indicator().value())
                    .append(" | | ")
                    .append(message(
                            locale,
                            "card.veto-detail",
                            v.effect().label().in(locale),
                            v.scope().label().in(locale),
                            v.firedIn().value(),
                            v.value(),
                            String.join(", ", v.evidence()),
                            v.gradeCap().orElse("-")))
                    .append('\n');
        }
        b.append(message(locale, "card.total"))
                .append(" | | ")
                .append(card.total().value().toPlainString())
                .append(" | ")
                .append(card.steps().isEmpty() ? "" : steps(card.steps(), locale))
                .append('\n');
        return b.toString();
    }

    private static String steps(List<Step> steps, Locale locale) {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            b.append(b.length() == 0 ? "" : "; ").append(render(s, locale));
        }
        return b.toString();
    }

    private static String message(Locale locale, String code, Object... args) {
        Locale effective = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    effective,
                    Explanations.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(code), effective).format(args);
        } catch (MissingResourceException e) {
            return code + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
    }
}
