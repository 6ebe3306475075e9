// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model;

import java.util.Objects;

/**
 * Names one version of an indicator set, the way a competition refers to the set it is scored
 * with and the registry looks sets up.
 *
 * @param code the set's code, for example {@code "six-comparisons"}
 * @param version the set's version, for example {@code "2026.1"}
 * @since 0.1.0
 */
public record IndicatorSetRef(String code, String version) implements Comparable<IndicatorSetRef> {

    /** Refuses nulls. */
    public IndicatorSetRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
    }

    /**
     * The reference to a set version.
     *
     * @param code the set's code
     * @param version the set's version
     * @return the reference
     */
    public static IndicatorSetRef of(String code, String version) {
        return new IndicatorSetRef(code, version);
    }

    @Override
    public int compareTo(IndicatorSetRef other) {
        int c = code.compareTo(other.code);
        return c != 0 ? c : version.compareTo(other.version);
    }

    @Override
    public String toString() {
        return code + "@" + version;
    }
}
