// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.fixtures.ContestArbitraries;
import io.github.laborcontest.model.json.ContestJson.Format;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every public model type reads back equal from its own JSON and YAML, and writes identically. */
class RoundTripPropertiesTest {

    @Property(tries = 150)
    void competitionsRoundTrip(@ForAll("competitions") Competition value, @ForAll Format format) {
        assertRoundTrip(value, Competition.class, format);
    }

    @Property(tries = 150)
    void indicatorSetsRoundTrip(@ForAll("indicatorSets") IndicatorSet value, @ForAll Format format) {
        assertRoundTrip(value, IndicatorSet.class, format);
    }

    @Property
    void measurementsRoundTrip(@ForAll("measurements") List<Measurement> value, @ForAll Format format) {
        String text = ContestJson.write(value, format);
        var back = ContestJson.read(text, format, Measurement[].class);
        assertThat(back.isValid()).as(() -> text + messages(back)).isTrue();
        assertThat(List.of(back.get())).isEqualTo(value);
    }

    @Property
    void participantsRoundTrip(@ForAll("participants") Participant value, @ForAll Format format) {
        assertRoundTrip(value, Participant.class, format);
    }

    private static <T> void assertRoundTrip(T value, Class<T> type, Format format) {
        String text = ContestJson.write(value, format);
        Validation<Seq<Problem>, T> back = ContestJson.read(text, format, type);
        assertThat(back.isValid()).as(() -> text + messages(back)).isTrue();
        assertThat(back.get()).isEqualTo(value);
        assertThat(ContestJson.write(back.get(), format)).isEqualTo(text);
    }

    private static String messages(Validation<Seq<Problem>, ?> v) {
        return v.isValid()
                ? ""
                : v.getError().map(p -> p.message(Locale.ENGLISH)).mkString("\n");
    }

    @Provide
    Arbitrary<Competition> competitions() {
        return ContestArbitraries.competitions();
    }

    @Provide
    Arbitrary<IndicatorSet> indicatorSets() {
        return ContestArbitraries.indicatorSets();
    }

    @Provide
    Arbitrary<List<Measurement>> measurements() {
        return ContestArbitraries.measurements().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Participant> participants() {
        return ContestArbitraries.participants();
    }
}
