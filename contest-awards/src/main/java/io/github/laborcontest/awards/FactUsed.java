// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.model.LocalizedText;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact a condition looked at, with the value it found; an empty value means the fact was
 * unknown.
 *
 * @param name the fact's name, for example {@code "total"} or {@code "competition.scope"}
 * @param value the value found, or empty when unknown
 * @since 0.1.0
 */
public record FactUsed(String name, Optional<FactValue> value) {

    /** Checks the fields. */
    public FactUsed {
        Objects.requireNonNull(name, "name");
        value = value == null ? Optional.empty() : value;
    }

    /**
     * A known fact.
     *
     * @param name the name
     * @param value the value
     * @return the fact
     */
    public static FactUsed known(String name, FactValue value) {
        return new FactUsed(name, Optional.of(value));
    }

    /**
     * An unknown fact.
     *
     * @param name the name
     * @return the fact
     */
    public static FactUsed unknown(String name) {
        return new FactUsed(name, Optional.empty());
    }

    /** Whether the fact was unknown. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isUnknown() {
        return value.isEmpty();
    }

    /**
     * The fact as text for people, for example {@code "总分 = 92.50"}.
     *
     * @param locale Chinese (default) or English
     * @return the text
     */
    public String render(Locale locale) {
        String label = FactNames.label(name).map(l -> l.in(locale)).orElse(name);
        return label + " = "
                + value.map(v -> text(v, locale)).orElse("en".equals(locale.getLanguage()) ? "unknown" : "未知");
    }

    /** The value for people; codes of the model's closed sets are shown with their labels. */
    private String text(FactValue v, Locale locale) {
        if (v instanceof FactValue.Text t) {
            try {
                switch (name) {
                    case "competition.scope":
                        return io.github.laborcontest.model.Scope.fromCode(t.value())
                                .label()
                                .in(locale);
                    case "participant.kind":
                        return io.github.laborcontest.model.ParticipantKind.fromCode(t.value())
                                .label()
                                .in(locale);
                    case "competition.kind":
                        return io.github.laborcontest.model.CompetitionKind.of(t.value())
                                .label()
                                .map(l -> l.in(locale))
                                .orElse(t.value());
                    default:
                        return t.value();
                }
            } catch (IllegalArgumentException e) {
                return t.value();
            }
        }
        return v.text();
    }

    /**
     * The label of the fact for people.
     *
     * @return the bilingual label, or the name itself
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public LocalizedText label() {
        return FactNames.label(name).orElse(LocalizedText.of(name, name));
    }
}
