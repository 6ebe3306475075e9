// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards.internal;

import io.github.laborcontest.awards.AwardDefinition;
import io.github.laborcontest.awards.spi.AwardRuleProvider;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The built-in awards, read from {@code builtin/awards.json}; registered through ServiceLoader. */
public final class BuiltinAwardProvider implements AwardRuleProvider {

    private static final String RESOURCE = "builtin/awards.json";

    /** The provider; ServiceLoader calls this. */
    public BuiltinAwardProvider() {}

    @Override
    public String id() {
        return "contest.builtin-awards";
    }

    @Override
    public List<AwardDefinition> awards() {
        return Holder.AWARDS;
    }

    private static final class Holder {
        static final List<AwardDefinition> AWARDS = load();
    }

    private static List<AwardDefinition> load() {
        String text;
        try (InputStream in = BuiltinAwardProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var read = ContestJson.read(text, ContestJson.Format.JSON, AwardDefinition[].class);
        if (read.isInvalid()) {
            throw new IllegalStateException("built-in awards are invalid: "
                    + read.getError()
                            .map((Problem p) -> p.message(Locale.ENGLISH))
                            .collect(Collectors.joining("; ")));
        }
        return List.copyOf(Arrays.asList(read.get()));
    }
}
