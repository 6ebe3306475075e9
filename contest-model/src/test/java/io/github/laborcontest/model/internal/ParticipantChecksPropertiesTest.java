// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.fixtures.TestdataCompetitions;
import io.github.laborcontest.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Validators#checkCompetition} checks participants by hand instead of by Bean Validation;
 * it must report exactly what Bean Validation reports, in the same order.
 */
class ParticipantChecksPropertiesTest {

    @Example
    void theHandCheckIsInUse() {
        // if a constraint is added to Participant, the fast path switches itself off; this example
        // then fails so that the hand check is extended (or the switch accepted) knowingly
        assertThat(Validators.PARTICIPANT_BY_HAND).isTrue();
    }

    @Property(tries = 200)
    void handCheckedParticipantsGiveTheSameProblemsAsBeanValidation(
            @ForAll("names") List<String> names, @ForAll boolean blankCompetitionName) {
        Competition base = TestdataCompetitions.keyProjectContest();
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            participants.add(new Participant.Builder()
                    .id(ParticipantId.of("U-" + i))
                    .name(names.get(i))
                    .kind(ParticipantKind.UNIT)
                    .build());
        }
        Competition.Builder b = new Competition.Builder().from(base).participants(participants);
        if (blankCompetitionName) {
            b.plan(new io.github.laborcontest.model.CompetitionPlan.Builder()
                    .from(base.plan())
                    .name(" ")
                    .build());
        }
        Competition c = b.build();
        List<Problem> byHand = Validators.checkCompetition(c);
        List<Problem> byBeanValidation = Validators.check(c, "$");
        assertThat(byHand).containsExactlyElementsOf(byBeanValidation);
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.of("", " ", "\t", "\n", " \u3000", "\u3000", "\u00a0", "\u2003", "x", " 张三 ", "青岛地铁集团"),
                Arbitraries.strings()
                        .withChars(' ', '\t', '\u3000', '\u0001', 'a', '工')
                        .ofMaxLength(4));
        return name.list().ofMinSize(1).ofMaxSize(15);
    }
}
