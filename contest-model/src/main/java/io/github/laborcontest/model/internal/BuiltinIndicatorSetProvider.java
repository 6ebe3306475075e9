// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.internal;

import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.spi.IndicatorSetProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The three built-in indicator sets, read from JSON resources beside this class so that they are
 * data, not code: {@code six-comparisons} (key projects, 六比一创), {@code ankang-cup} (安康杯)
 * and {@code skill-contest} (theory 30% + practical 70%). Registered through ServiceLoader like
 * any plugin.
 */
public final class BuiltinIndicatorSetProvider implements IndicatorSetProvider {

    /** The resource names of the built-in sets. */
    public static final List<String> RESOURCES =
            List.of("builtin/six-comparisons.json", "builtin/ankang-cup.json", "builtin/skill-contest.json");

    /** ServiceLoader needs a public no-arg constructor. */
    public BuiltinIndicatorSetProvider() {}

    @Override
    public String id() {
        return "contest.builtin";
    }

    @Override
    public List<IndicatorSet> indicatorSets() {
        return RESOURCES.stream().map(BuiltinIndicatorSetProvider::load).toList();
    }

    /**
     * Reads one built-in set; a broken resource is a packaging bug.
     *
     * @param resource the resource name
     * @return the set
     */
    public static IndicatorSet load(String resource) {
        try (InputStream in = BuiltinIndicatorSetProvider.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ContestJson.readIndicatorSet(text, ContestJson.Format.JSON)
                    .fold(
                            problems -> {
                                throw new IllegalStateException(resource + ": "
                                        + problems.map(p -> p.message(Locale.ENGLISH))
                                                .mkString("; "));
                            },
                            set -> set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
