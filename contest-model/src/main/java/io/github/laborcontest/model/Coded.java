// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

/**
 * A closed set of values written in JSON as stable lower-case codes, each with a bilingual label.
 *
 * @since 0.1.0
 */
public interface Coded {

    /** The stable code used in JSON and YAML, for example {@code "city-wide"}. */
    String code();

    /** The label for people, in Chinese and English. */
    LocalizedText label();

    /**
     * Finds the constant of an enum by its code.
     *
     * @param type the enum type
     * @param code the code
     * @param <E> the enum
     * @return the constant
     * @throws IllegalArgumentException naming the code and the allowed codes, if none matches
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.code());
        }
        throw new IllegalArgumentException(
                "unknown code \"" + code + "\" for " + type.getSimpleName() + "; allowed: " + allowed);
    }
}
