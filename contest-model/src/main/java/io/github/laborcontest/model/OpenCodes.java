// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the open taxonomies ({@link CampaignTask}, {@link CompetitionKind}) share: the form of a
 * code and the bilingual label of a built-in value.
 */
final class OpenCodes {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private OpenCodes() {}

    /**
     * Checks a code's form.
     *
     * @param code the code
     * @param what what the code names, for the message (e.g. "campaign task")
     * @throws IllegalArgumentException if it is not lower-case letters, digits and hyphens
     */
    static void requireCode(String code, String what) {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " (" + code + ") must be lower-case letters, digits and hyphens");
        }
    }

    /**
     * The label of a built-in value.
     *
     * @param builtIns the built-in values
     * @param labels their labels, in the same order
     * @param value the value
     * @return the label, or empty when the value is not built in
     */
    static <T> Optional<LocalizedText> label(List<T> builtIns, List<LocalizedText> labels, T value) {
        int i = builtIns.indexOf(value);
        return i < 0 ? Optional.empty() : Optional.of(labels.get(i));
    }
}
