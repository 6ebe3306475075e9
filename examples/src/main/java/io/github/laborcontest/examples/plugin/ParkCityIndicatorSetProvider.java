// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.plugin;

import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.ContestInputException;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.spi.IndicatorSetProvider;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Contributes {@code park-city@2026.1}, a city's own indicator set for park-city construction
 * (公园城市建设), kept as JSON beside this class. Found by {@link java.util.ServiceLoader}
 * through {@code META-INF/services/io.github.laborcontest.model.spi.IndicatorSetProvider}.
 */
public final class ParkCityIndicatorSetProvider implements IndicatorSetProvider {

    /** The provider's id. */
    public static final String ID = "example.park-city";

    private static final String RESOURCE = "park-city.json";

    /** The no-arg constructor ServiceLoader needs. */
    public ParkCityIndicatorSetProvider() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<IndicatorSet> indicatorSets() {
        try (InputStream in = ParkCityIndicatorSetProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Validation<Seq<Problem>, IndicatorSet> read = ContestJson.readIndicatorSet(text, ContestJson.Format.JSON);
            if (read.isInvalid()) {
                throw new ContestInputException(read.getError());
            }
            return List.of(read.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
