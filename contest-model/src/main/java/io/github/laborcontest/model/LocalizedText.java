// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A name or label in Chinese and English. The Chinese text is the authoritative one; when no
 * English text is given the Chinese text stands for both.
 *
 * @param zh the Chinese text, not blank
 * @param en the English text, not blank
 * @since 0.1.0
 */
public record LocalizedText(String zh, String en) {

    /** Refuses blank texts. */
    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (zh.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("localized text must not be blank: zh=" + zh + ", en=" + en);
        }
    }

    /**
     * A bilingual text.
     *
     * @param zh the Chinese text
     * @param en the English text; when null or absent the Chinese text is used
     * @return the text
     */
    @JsonCreator
    public static LocalizedText of(@JsonProperty("zh") String zh, @JsonProperty("en") @Nullable String en) {
        return new LocalizedText(zh, en == null ? zh : en);
    }

    /**
     * The text for a locale: English for English locales, Chinese otherwise.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
