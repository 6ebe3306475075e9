// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.ledger;

/**
 * Makes text that came from input safe to print on one line of a terminal or a log that other
 * programs read line by line: control characters (line feed, carriage return, ESC, NUL, DEL, C1
 * controls …), line and paragraph separators, format characters (bidi overrides such as U+202E,
 * zero-width characters) and unpaired surrogates are written as <code>&#92;u{XXXX}</code> (the
 * code point in hex), and the backslash itself as <code>&#92;&#92;</code>, so that the escaped
 * text is unambiguous and an id holding a line break followed by {@code ok E-VICTIM} can never
 * print a line of its own. Other characters (Chinese included)
 * are printed as they are.
 */
public final class TerminalText {

    private TerminalText() {}

    /**
     * The text with everything that could break a line or steer a terminal escaped.
     *
     * @param s the text from input (an id, a message that quotes input)
     * @return the printable text, itself when nothing needed escaping
     */
    public static String escape(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (unsafe(cp) || cp == '\\') {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            if (cp == '\\') {
                sb.append("\\\\");
            } else if (unsafe(cp)) {
                sb.append("\\u{")
                        .append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT))
                        .append('}');
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static boolean unsafe(int cp) {
        int t = Character.getType(cp);
        return t == Character.CONTROL
                || t == Character.FORMAT
                || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR
                || t == Character.SURROGATE;
    }
}
