// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.laborcontest.model.IndicatorCode;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.fixtures.TestdataCompetitions;
import io.github.laborcontest.model.internal.BuiltinIndicatorSetProvider;
import io.github.laborcontest.model.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The validator's entry points that the other model tests do not reach. */
class ContestValidatorTest {

    @Test
    void measurementsAreCheckedEachAtItsIndex() {
        Measurement ok = Measurement.of(
                ParticipantId.of("P-1"), IndicatorCode.of("q.rate"), PeriodId.of("2026-Q1"), BigDecimal.ONE);
        Measurement empty = new Measurement.Builder()
                .participant(ParticipantId.of("P-2"))
                .indicator(IndicatorCode.of("q.rate"))
                .period(PeriodId.of("2026-Q1"))
                .build();
        assertThat(ContestValidator.validateMeasurements(List.of(ok, ok)).get()).containsExactly(ok, ok);
        assertThat(ContestValidator.validateMeasurements(List.of()).isValid()).isTrue();
        var result = ContestValidator.validateMeasurements(List.of(ok, empty));
        Problem p = result.getError().single();
        assertThat(p.message(Locale.ENGLISH)).startsWith("$[1] [P-2]: ");
        assertThat(p.path()).isEqualTo("$[1]");
        assertThat(p.participant()).contains("P-2");
        assertThat(p.args()).containsExactly("-");
    }

    @Test
    void aValidPlanAndParticipantAreReturnedUnchanged() {
        assertThat(ContestValidator.validate(TestdataCompetitions.plan()).get()).isEqualTo(TestdataCompetitions.plan());
        Participant unit = new Participant.Builder()
                .id(ParticipantId.of("U-1"))
                .name("某单位")
                .kind(ParticipantKind.UNIT)
                .build();
        assertThat(ContestValidator.validate(unit).get()).isSameAs(unit);
        Participant team =
                new Participant.Builder().from(unit).kind(ParticipantKind.TEAM).build();
        assertThat(ContestValidator.validate(team).getError().single().path()).isEqualTo("$.unit");
    }

    @Test
    void anIndicatorSetCodeMustMatchItsPattern() {
        IndicatorSet set = BuiltinIndicatorSetProvider.load("builtin/skill-contest.json");
        IndicatorSet bad =
                new IndicatorSet.Builder().from(set).code("Skill_Contest").build();
        Problem p = ContestValidator.validate(bad).getError().single();
        assertThat(p.codeName()).isEqualTo("value.invalid");
        assertThat(p.path()).isEqualTo("$.code");
        assertThat(p.args()).containsExactly("Skill_Contest !~ [a-z0-9][a-z0-9.-]*");
    }

    @Test
    void aMissingBuiltInResourceIsAPackagingBug() {
        assertThatThrownBy(() -> BuiltinIndicatorSetProvider.load("builtin/nope.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource builtin/nope.json");
    }
}
