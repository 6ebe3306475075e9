// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random sequences of append / duplicate / conflicting duplicate / reverse / snapshot / reopen
 * against a simple model (the list of accepted entries, folded from scratch) give the same
 * standings.
 */
class StatefulLedgerTest {

    static final class State {
        final Path dir = TempDirs.create();
        Ledger ledger = open();
        final List<Entry> accepted = new ArrayList<>();
        final Set<EntryId> reversed = new HashSet<>();
        int next;

        Ledger open() {
            return Ledgers.openJournal(dir, JournalOptions.DEFAULT.withFsync(FsyncPolicy.NONE), LedgerOptions.DEFAULT)
                    .get();
        }

        Entry fresh(int kind, int participant, int amount) {
            Entry.Builder b = TestEntries.base(
                    "S-" + next++,
                    participant == 0 ? TestEntries.P1 : TestEntries.P2,
                    Instant.parse("2026-03-01T00:00:00Z")
                            .plusSeconds(60L * next)
                            .toString());
            BigDecimal a = BigDecimal.valueOf(amount, 1);
            return switch (kind) {
                case 0 ->
                    b.type(EntryType.MEASUREMENT)
                            .indicator(TestEntries.QUALITY)
                            .amount(a)
                            .build();
                case 1 ->
                    b.type(EntryType.POINTS_AWARDED).amount(a).reason("加分").build();
                case 2 ->
                    b.type(EntryType.POINTS_DEDUCTED).amount(a).reason("扣分").build();
                default -> b.type(EntryType.VETO).reason("否决").build();
            };
        }
    }

    static Action<State> dependent(
            java.util.function.Predicate<State> pre,
            java.util.function.Function<State, Arbitrary<Transformer<State>>> make) {
        return new Action.Dependent<State>() {
            @Override
            public boolean precondition(State s) {
                return pre.test(s);
            }

            @Override
            public Arbitrary<Transformer<State>> transformer(State s) {
                return make.apply(s);
            }
        };
    }

    static Action<State> append() {
        return dependent(
                s -> true,
                s -> Arbitraries.integers()
                        .between(0, 3)
                        .flatMap(kind -> Arbitraries.integers()
                                .between(0, 1)
                                .flatMap(p -> Arbitraries.integers()
                                        .between(1, 999)
                                        .map(amount -> Transformer.<State>mutate(
                                                "append " + kind + "/" + p + "/" + amount, st -> {
                                                    Entry e = st.fresh(kind, p, amount);
                                                    Appended a =
                                                            st.ledger.append(e).get();
                                                    assertThat(a.alreadyRecorded())
                                                            .isFalse();
                                                    st.accepted.add(e);
                                                })))));
    }

    static Action<State> duplicate() {
        return dependent(
                s -> !s.accepted.isEmpty(),
                s -> Arbitraries.of(s.accepted)
                        .map(e -> Transformer.<State>mutate(
                                "duplicate " + e.id(),
                                st -> assertThat(st.ledger.append(e).get().alreadyRecorded())
                                        .isTrue())));
    }

    static Action<State> conflict() {
        return dependent(
                s -> s.accepted.stream().anyMatch(e -> e.amount().isPresent()),
                s -> Arbitraries.of(s.accepted.stream()
                                .filter(e -> e.amount().isPresent())
                                .toList())
                        .map(e -> Transformer.<State>mutate("conflict " + e.id(), st -> {
                            Entry changed = new Entry.Builder()
                                    .from(e)
                                    .amount(e.amount().get().add(BigDecimal.ONE))
                                    .build();
                            assertThat(st.ledger.append(changed).getLeft().code())
                                    .isEqualTo(LedgerProblem.DUPLICATE_ID_DIFFERENT_CONTENT);
                        })));
    }

    static Action<State> reverse() {
        return dependent(
                s -> s.accepted.stream().anyMatch(e -> e.type() != EntryType.REVERSAL),
                s -> Arbitraries.of(s.accepted.stream()
                                .filter(e -> e.type() != EntryType.REVERSAL)
                                .toList())
                        .map(e -> Transformer.<State>mutate("reverse " + e.id(), st -> {
                            Entry r = TestEntries.base("S-" + st.next++, e.participant(), "2026-04-01T00:00:00Z")
                                    .type(EntryType.REVERSAL)
                                    .reverses(e.id())
                                    .reason("更正")
                                    .build();
                            var result = st.ledger.append(r);
                            if (st.reversed.contains(e.id())) {
                                assertThat(result.getLeft().code()).isEqualTo(LedgerProblem.ALREADY_REVERSED);
                            } else {
                                assertThat(result.isRight()).isTrue();
                                st.accepted.add(r);
                                st.reversed.add(e.id());
                            }
                        })));
    }

    static Action<State> snapshot() {
        return Action.just("snapshot", Transformer.mutate("snapshot", st -> {
            Snapshot snap = st.ledger.snapshot(Optional.empty());
            assertThat(snap.size()).isEqualTo(st.accepted.size());
            assertThat(snap.standings()).isEqualTo(LedgerFold.of(st.accepted).standings());
        }));
    }

    static Action<State> reopen() {
        return Action.just("reopen", Transformer.mutate("reopen", st -> {
            st.ledger.close();
            st.ledger = st.open();
            assertThat(st.ledger.openReport().clean()).isTrue();
        }));
    }

    @Provide
    Arbitrary<ActionChain<State>> chains() {
        return ActionChain.startWith(State::new)
                .withAction(4, append())
                .withAction(1, duplicate())
                .withAction(1, conflict())
                .withAction(2, reverse())
                .withAction(1, snapshot())
                .withAction(1, reopen())
                .withMaxTransformations(40);
    }

    @Property(tries = 60)
    void theLedgerBehavesLikeItsModel(@ForAll("chains") ActionChain<State> chain) {
        chain = chain.withInvariant("standings as the model's", st -> {
            assertThat(st.ledger.size()).isEqualTo(st.accepted.size());
            assertThat(st.ledger.standings())
                    .isEqualTo(LedgerFold.of(st.accepted).standings());
        });
        try {
            State end = chain.run();
            assertThat(end.ledger.verify().sound()).isTrue();
        } finally {
            chain.finalState().ifPresent(st -> {
                st.ledger.close();
                TempDirs.delete(st.dir);
            });
        }
    }
}
