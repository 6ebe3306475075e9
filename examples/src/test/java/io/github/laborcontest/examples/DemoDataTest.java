// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.github.laborcontest.model.validation.ContestValidator;
import io.github.laborcontest.scoring.Scorer;
import io.github.laborcontest.scoring.ScoringOptions;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final IndicatorSetRegistry REGISTRY =
            IndicatorSetRegistry.discover().get();

    @Test
    void everyDemoContestValidatesAndScoresWithoutProblems() {
        for (Competition c :
                List.of(DemoData.keyProjectContest(), DemoData.skillContest(200), DemoData.safetyContest(60))) {
            var valid = ContestValidator.validate(c);
            assertThat(valid.isValid())
                    .as(() -> c.id() + ": "
                            + valid.getError()
                                    .map(p -> p.message(Locale.ENGLISH))
                                    .mkString("\n"))
                    .isTrue();
            IndicatorSet set = REGISTRY.find(c.indicatorSet()).orElseThrow();
            List<Measurement> measurements = DemoData.measurements(c, set);
            assertThat(ContestValidator.validateMeasurements(measurements).isValid())
                    .isTrue();
            var result = Scorer.create().scoreCumulative(c, set, measurements, ScoringOptions.DEFAULT);
            assertThat(result.isValid())
                    .as(() -> c.id() + ": "
                            + result.getError()
                                    .take(5)
                                    .map(p -> p.message(Locale.ENGLISH))
                                    .mkString("\n"))
                    .isTrue();
        }
    }

    @Test
    void theSeededDataIsTheSameEveryRun() {
        Competition c = DemoData.skillContest(50);
        IndicatorSet set = REGISTRY.find(c.indicatorSet()).orElseThrow();
        assertThat(DemoData.measurements(c, set)).isEqualTo(DemoData.measurements(DemoData.skillContest(50), set));
    }
}
