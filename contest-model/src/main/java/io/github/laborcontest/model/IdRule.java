// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import io.github.laborcontest.model.problem.InvalidIdException;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for every id and code of the model and the ledger ({@link CompetitionId}, {@link
 * ParticipantId}, {@link PeriodId}, {@link IndicatorCode}, {@link DimensionCode}, indicator set
 * codes and versions, grade codes, the ledger's entry ids and actor ids and roles, …). An id
 * is accepted only if it
 *
 * <ul>
 *   <li>is not blank;
 *   <li>has at most {@link #MAX_LENGTH} characters (Unicode code points; a caller may state
 *       another limit, as the ledger does for evidence references);
 *   <li>holds no control character (Unicode category Cc: NUL, line feed, carriage return, ESC, DEL
 *       …), no line or paragraph separator (Zl, Zp), no format character (Cf: the bidi overrides
 *       and isolates such as U+202E, zero-width joiners and spaces, the byte order mark, soft
 *       hyphen …) and no unpaired surrogate;
 *   <li>neither starts nor ends with white space (including U+00A0 and the ideographic space
 *       U+3000);
 *   <li>is in Unicode normalisation form NFC (so that two ids that look the same are the same
 *       string: {@code "é"} as one code point, not {@code "e"} and a combining accent).
 * </ul>
 *
 * <p>The checks run in this order and the first one broken is reported. A refusal names the field
 * and, for a bad character, its code point and position, never the text itself, so that a message
 * cannot carry a line break or a terminal escape.
 *
 * @since 0.2.0
 */
public final class IdRule {

    /** The longest id or code accepted, in characters (Unicode code points). */
    public static final int MAX_LENGTH = 200;

    private IdRule() {}

    /**
     * Checks an id against the rule with the default limit {@link #MAX_LENGTH}.
     *
     * @param value the id
     * @param path the JSON path of the value, for the problem (its last name is the field)
     * @return the first broken part of the rule, or empty when the id is accepted
     */
    public static Optional<Problem> problem(String value, String path) {
        return problem(value, path, MAX_LENGTH);
    }

    /**
     * Checks an id against the rule with a stated limit.
     *
     * @param value the id
     * @param path the JSON path of the value, for the problem (its last name is the field)
     * @param maxLength the longest accepted, in code points
     * @return the first broken part of the rule, or empty when the id is accepted
     */
    public static Optional<Problem> problem(String value, String path, int maxLength) {
        Objects.requireNonNull(path, "path");
        InvalidIdException e = refusal(value, fieldOf(path), maxLength);
        return e == null ? Optional.empty() : Optional.of(e.problemAt(path));
    }

    /**
     * Whether an id is accepted with the default limit.
     *
     * @param value the id
     * @return true if {@link #problem(String, String)} finds nothing
     */
    public static boolean accepts(String value) {
        return refusal(value, "id", MAX_LENGTH) == null;
    }

    /**
     * Whether an id is accepted with a stated limit.
     *
     * @param value the id
     * @param maxLength the longest accepted, in code points
     * @return true if {@link #problem(String, String, int)} finds nothing
     */
    public static boolean accepts(String value, int maxLength) {
        return refusal(value, "id", maxLength) == null;
    }

    /**
     * Returns the id if the rule (with the default limit) accepts it, else throws.
     *
     * @param value the id
     * @param field the field's name, for the message, for example {@code "participantId"}
     * @return the value
     * @throws NullPointerException if the value is null
     * @throws InvalidIdException naming the broken part of the rule
     */
    public static String require(String value, String field) {
        return require(value, field, MAX_LENGTH);
    }

    /**
     * Returns the id if the rule with a stated limit accepts it, else throws.
     *
     * @param value the id
     * @param field the field's name, for the message
     * @param maxLength the longest accepted, in code points
     * @return the value
     * @throws NullPointerException if the value is null
     * @throws InvalidIdException naming the broken part of the rule
     */
    public static String require(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field);
        InvalidIdException e = refusal(value, field, maxLength);
        if (e != null) {
            throw e;
        }
        return value;
    }

    private static String fieldOf(String path) {
        int dot = path.lastIndexOf('.');
        String f = dot < 0 ? path : path.substring(dot + 1);
        return f.isEmpty() || f.equals("$") ? "id" : f;
    }

    /** The refusal, or null when accepted. */
    private static InvalidIdException refusal(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field);
        int n = value.length();
        if (value.isBlank()) {
            return refused(ModelProblem.ID_BLANK, field + " must not be blank", field);
        }
        if (n > maxLength) { // a code point is one or two chars: look closer only when needed
            int points = value.codePointCount(0, n);
            if (points > maxLength) {
                return refused(
                        ModelProblem.ID_TOO_LONG,
                        field + " has " + points + " characters, more than " + maxLength,
                        field,
                        points,
                        maxLength);
            }
        }
        boolean simple = true; // only code points below U+0300, all of which are NFC as they are
        int position = 0;
        for (int i = 0; i < n; ) {
            int cp = value.codePointAt(i);
            position++;
            if (cp > 0x20 && cp < 0x7F) { // printable ASCII other than the space: nothing to check
                i++;
                continue;
            }
            if (cp >= 0x300) {
                simple = false;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return refused(
                        ModelProblem.ID_CONTROL_CHARACTER,
                        field + " contains the control character " + codePoint(cp) + " at character " + position,
                        field,
                        codePoint(cp),
                        position);
            }
            if (type == Character.FORMAT) {
                return refused(
                        ModelProblem.ID_FORMAT_CHARACTER,
                        field + " contains the format character " + codePoint(cp) + " at character " + position,
                        field,
                        codePoint(cp),
                        position);
            }
            if (type == Character.SURROGATE) {
                return refused(
                        ModelProblem.ID_UNPAIRED_SURROGATE,
                        field + " contains the unpaired surrogate " + codePoint(cp) + " at character " + position,
                        field,
                        codePoint(cp),
                        position);
            }
            i += Character.charCount(cp);
        }
        if (isSpace(value.codePointAt(0)) || isSpace(value.codePointBefore(n))) {
            return refused(ModelProblem.ID_SURROUNDING_SPACE, field + " starts or ends with white space", field);
        }
        if (!simple && !Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return refused(ModelProblem.ID_NOT_NFC, field + " is not in Unicode normalisation form NFC", field);
        }
        return null;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static String codePoint(int cp) {
        return "U+" + String.format(Locale.ROOT, "%04X", cp);
    }

    private static InvalidIdException refused(ModelProblem code, String message, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new InvalidIdException(code, message, List.of(texts));
    }
}
