// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.laborcontest.model.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of one condition of an award for one candidate: what the condition says (in
 * Chinese and English), whether it passed, failed or was unknown, the facts it used and the
 * outcomes of its sub-conditions. The tree mirrors the award's {@link Condition} tree.
 *
 * @param kind the condition's type code, for example {@code "quantity"}, or {@code "exclusion"}
 * @param text what the condition requires, for example 总分 ≥ 90 / total points ≥ 90
 * @param truth passed, failed or unknown
 * @param facts the facts it used, with their values (empty value: unknown)
 * @param children the outcomes of its sub-conditions, in the condition's order
 * @since 0.1.0
 */
@JsonPropertyOrder({"kind", "text", "truth", "facts", "children"})
public record CriterionOutcome(
        String kind, LocalizedText text, Truth truth, List<FactUsed> facts, List<CriterionOutcome> children) {

    /** Checks and copies the fields. */
    public CriterionOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(truth, "truth");
        facts = facts == null ? List.of() : List.copyOf(facts);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /**
     * A leaf outcome.
     *
     * @param kind the condition's type code
     * @param text what it requires
     * @param truth the outcome
     * @param facts the facts used
     * @return the outcome
     */
    public static CriterionOutcome leaf(String kind, LocalizedText text, Truth truth, List<FactUsed> facts) {
        return new CriterionOutcome(kind, text, truth, facts, List.of());
    }

    /**
     * The names of the unknown facts that made this outcome unknown, depth first, without
     * duplicates. Empty unless {@link #truth()} is {@link Truth#UNKNOWN}.
     *
     * @return the missing facts
     */
    @JsonIgnore
    public List<String> missingFacts() {
        Set<String> out = new LinkedHashSet<>();
        collectMissing(this, out);
        return new ArrayList<>(out);
    }

    private static void collectMissing(CriterionOutcome o, Set<String> out) {
        if (o.truth != Truth.UNKNOWN) {
            return;
        }
        for (FactUsed f : o.facts) {
            if (f.isUnknown()) {
                out.add(f.name());
            }
        }
        for (CriterionOutcome c : o.children) {
            collectMissing(c, out);
        }
    }

    /**
     * Renders the tree as indented lines: ✓ passed, ✗ failed, ? unknown, each with its facts.
     *
     * @param locale Chinese (default) or English
     * @param indent the indentation of the first line
     * @return the lines, joined with newlines, ending with a newline
     */
    public String render(Locale locale, String indent) {
        StringBuilder sb = new StringBuilder();
        render(this, locale, indent, sb);
        return sb.toString();
    }

    private static void render(CriterionOutcome o, Locale locale, String indent, StringBuilder sb) {
        String mark = o.truth == Truth.PASSED ? "✓" : o.truth == Truth.FAILED ? "✗" : "?";
        sb.append(indent).append(mark).append(' ').append(o.text.in(locale));
        if (!o.facts.isEmpty()) {
            sb.append("  [");
            for (int i = 0; i < o.facts.size(); i++) {
                sb.append(i == 0 ? "" : "; ").append(o.facts.get(i).render(locale));
            }
            sb.append(']');
        }
        sb.append('\n');
        for (CriterionOutcome c : o.children) {
            render(c, locale, indent + "  ", sb);
        }
    }
}
