// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import java.util.Locale;

/** The language of messages and labels: Chinese (default) or English. */
public enum Lang {
    /** 中文 (the default). */
    zh(Locale.CHINESE),
    /** English. */
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** The locale to render messages in. */
    public Locale locale() {
        return locale;
    }

    /**
     * Picks the text of this language.
     *
     * @param zh the Chinese text
     * @param en the English text
     * @return one of them
     */
    public String pick(String zh, String en) {
        return this == Lang.en ? en : zh;
    }
}
