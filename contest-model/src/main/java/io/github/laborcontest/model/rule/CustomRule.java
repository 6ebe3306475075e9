// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.rule;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A rule kind contributed by a plugin: {@code name} selects the evaluator a scoring plugin
 * registers, {@code parameters} are handed to it as text. Parameters are kept sorted by key so
 * that JSON output is deterministic.
 *
 * @param name the evaluator's name, for example {@code "acme.sigmoid"}
 * @param parameters the evaluator's parameters
 * @since 0.1.0
 */
public record CustomRule(String name, Map<String, String> parameters) implements ScoringRule {

    /** Refuses nulls and sorts the parameters. */
    public CustomRule {
        Objects.requireNonNull(name, "name");
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
