// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.report;

import io.github.laborcontest.model.LocalizedText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Escaping and bilingual labels for the results page. */
final class Html {

    private final boolean english;

    Html(Locale primary) {
        this.english = "en".equals(primary.getLanguage());
    }

    /** Escapes text for element content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A bilingual label: the primary language, then the other one, muted. */
    String label(String zh, String en) {
        String first = english ? en : zh;
        String second = english ? zh : en;
        return esc(first) + "<span class=\"sub\" lang=\"" + (english ? "zh" : "en") + "\"> " + esc(second) + "</span>";
    }

    /** A bilingual label of a localized text. */
    String label(LocalizedText t) {
        return label(t.zh(), t.en());
    }

    /** The text in the primary language only. */
    String text(LocalizedText t) {
        return esc(english ? t.en() : t.zh());
    }

    /** The plain text in the primary language. */
    String plain(LocalizedText t) {
        return english ? t.en() : t.zh();
    }

    /** The plain text in the primary language. */
    String plain(String zh, String en) {
        return english ? en : zh;
    }

    /** A number as published. */
    static String num(BigDecimal n) {
        return n.toPlainString();
    }

    /** A number, or a dash. */
    static String num(Optional<BigDecimal> n) {
        return n.map(Html::num).orElse("–");
    }
}
