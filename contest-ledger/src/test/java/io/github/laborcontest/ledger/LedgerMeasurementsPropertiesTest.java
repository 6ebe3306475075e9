// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the ledger-to-scoring bridge. */
class LedgerMeasurementsPropertiesTest {

    private static final IndicatorSet SET = LedgerMeasurementsTest.sixComparisons();
    private static final List<ParticipantId> PARTICIPANTS =
            List.of(ParticipantId.of("P-001"), ParticipantId.of("P-002"), ParticipantId.of("P-003"));

    /** One entry to be made: a kind, a participant and a small number. */
    record Op(int kind, int participant, int n) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 9))
                .as(Op::new)
                .list()
                .ofMaxSize(25);
    }

    /**
     * Entries whose combined meaning does not depend on their order: findings and deductions add
     * up, vetoes are flags, and each participant has at most one measurement (the latest of several
     * measurements does depend on the order, by design).
     */
    static List<Entry> entries(List<Op> ops, String prefix) {
        List<Entry> out = new ArrayList<>();
        boolean[] measured = new boolean[PARTICIPANTS.size()];
        LocalDate day = LocalDate.of(2026, 2, 1);
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            ParticipantId p = PARTICIPANTS.get(op.participant());
            String id = prefix + i;
            switch (op.kind()) {
                case 0 -> {
                    if (!measured[op.participant()]) {
                        measured[op.participant()] = true;
                        out.add(LedgerMeasurementsTest.measure(
                                id, p, LedgerMeasurementsTest.PASS_RATE, "9" + op.n() + ".5", day));
                    }
                }
                case 1 ->
                    out.add(LedgerMeasurementsTest.points(
                            id,
                            p,
                            EntryType.POINTS_DEDUCTED,
                            LedgerMeasurementsTest.HAZARDS,
                            String.valueOf(2 * op.n()),
                            day));
                case 2 ->
                    out.add(LedgerMeasurementsTest.finding(
                            id, p, LedgerMeasurementsTest.DEFECTS, String.valueOf(op.n()), day));
                default -> out.add(LedgerMeasurementsTest.veto(id, p, LedgerMeasurementsTest.FATAL, day));
            }
        }
        return out;
    }

    static Validation<Seq<Problem>, List<Measurement>> bridge(List<Entry> entries) {
        try (Ledger l = LedgerMeasurementsTest.ledger(entries.toArray(Entry[]::new))) {
            return LedgerMeasurements.of(l, LedgerMeasurementsTest.C, SET, AsOf.LATEST);
        }
    }

    @Property(tries = 200)
    void theOrderOfEntriesDoesNotChangeTheMeasurements(@ForAll("ops") List<Op> ops, @ForAll Random random) {
        List<Entry> entries = entries(ops, "E-");
        List<Entry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, random);

        Validation<Seq<Problem>, List<Measurement>> a = bridge(entries);
        Validation<Seq<Problem>, List<Measurement>> b = bridge(shuffled);

        assertThat(a.isValid()).isTrue();
        assertThat(b.get()).isEqualTo(a.get());
    }

    @Property(tries = 200)
    void aReversedEntryContributesNothing(
            @ForAll("ops") List<Op> ops, @ForAll("ops") List<Op> extra, @ForAll Random random) {
        List<Entry> entries = entries(ops, "E-");
        List<Entry> withReversed = new ArrayList<>(entries);
        List<Entry> more = new ArrayList<>(entries(extra, "X-"));
        // drop extra measurements of participants already measured: reversing one would bring the
        // earlier back, which is what the fold does, but it is not "contributes nothing"
        more.removeIf(e -> e.type() == EntryType.MEASUREMENT);
        withReversed.addAll(more);
        Collections.shuffle(withReversed, random);
        int n = 0;
        for (Entry x : more) {
            withReversed.add(
                    LedgerMeasurementsTest.reversal("R-" + n++, x.participant(), x.id().value(), x.businessDate()));
        }

        assertThat(bridge(withReversed).get()).isEqualTo(bridge(entries).get());
    }
}
