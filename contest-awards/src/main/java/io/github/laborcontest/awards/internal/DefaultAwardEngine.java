// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards.internal;

import io.github.laborcontest.awards.AwardDecision;
import io.github.laborcontest.awards.AwardDefinition;
import io.github.laborcontest.awards.AwardEngine;
import io.github.laborcontest.awards.AwardInput;
import io.github.laborcontest.awards.AwardResult;
import io.github.laborcontest.awards.AwardsReport;
import io.github.laborcontest.awards.BoundaryTies;
import io.github.laborcontest.awards.Candidate;
import io.github.laborcontest.awards.CriterionOutcome;
import io.github.laborcontest.awards.Eligibility;
import io.github.laborcontest.awards.EligibilityDecision;
import io.github.laborcontest.awards.Exclusion;
import io.github.laborcontest.awards.Quota;
import io.github.laborcontest.awards.Selection;
import io.github.laborcontest.awards.TieBreak;
import io.github.laborcontest.awards.Truth;
import io.github.laborcontest.awards.spi.CustomPredicate;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.SortOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The award engine: eligibility by three-valued evaluation, then the quota in rank order. */
public final class DefaultAwardEngine implements AwardEngine {

    /** Rank ascending, unranked last, then participant id: the order of every result. */
    static final Comparator<Candidate> RANK_ORDER = Comparator.<Candidate, Integer>comparing(
                    c -> c.rank().orElse(Integer.MAX_VALUE))
            .thenComparing(Candidate::participant);

    private final Function<String, Optional<CustomPredicate>> predicates;

    /**
     * An engine.
     *
     * @param predicates finds custom predicates by name
     */
    public DefaultAwardEngine(Function<String, Optional<CustomPredicate>> predicates) {
        this.predicates = predicates;
    }

    @Override
    public EligibilityDecision eligibility(AwardDefinition award, AwardInput input, Candidate candidate) {
        Evaluator ev = new Evaluator(input.competition(), input.entrantCount(), predicates);
        return eligibility(award, ev, candidate);
    }

    private static EligibilityDecision eligibility(AwardDefinition award, Evaluator ev, Candidate cand) {
        List<CriterionOutcome> criteria = new ArrayList<>();
        CriterionOutcome elig = ev.evaluate(award.eligibility(), cand);
        criteria.add(elig);
        Truth overall = elig.truth();
        for (Exclusion ex : award.exclusions()) {
            CriterionOutcome when = ev.evaluate(ex.when(), cand);
            CriterionOutcome guard = new CriterionOutcome(
                    "exclusion",
                    LocalizedText.of(
                            "排除情形（不得有）：" + ex.label().zh(),
                            "exclusion (must not apply): " + ex.label().en()),
                    when.truth().not(),
                    List.of(),
                    List.of(when));
            criteria.add(guard);
            overall = overall.and(guard.truth());
        }
        Optional<LocalizedText> flagReason = Optional.empty();
        Eligibility status;
        if (overall == Truth.FAILED) {
            status = Eligibility.INELIGIBLE;
        } else if (overall == Truth.UNKNOWN) {
            status = Eligibility.UNDETERMINED;
        } else {
            status = Eligibility.ELIGIBLE;
        }
        if (award.flagWhen().isPresent()) {
            CriterionOutcome flag0 = ev.evaluate(award.flagWhen().get(), cand);
            LocalizedText reason = award.flagReason().orElse(LocalizedText.of("须人工决定", "a person must decide"));
            CriterionOutcome flag = new CriterionOutcome(
                    "flag",
                    LocalizedText.of("提交人工决定的情形：" + reason.zh(), "goes to a human decision when: " + reason.en()),
                    flag0.truth(),
                    List.of(),
                    List.of(flag0));
            criteria.add(flag);
            if (status == Eligibility.ELIGIBLE) {
                if (flag.truth() == Truth.PASSED) {
                    status = Eligibility.FLAGGED;
                    flagReason = Optional.of(reason);
                } else if (flag.truth() == Truth.UNKNOWN) {
                    status = Eligibility.UNDETERMINED;
                }
            }
        }
        List<String> missing = List.of();
        if (status == Eligibility.UNDETERMINED) {
            Set<String> m = new LinkedHashSet<>();
            for (CriterionOutcome c : criteria) {
                m.addAll(c.missingFacts());
            }
            missing = List.copyOf(m);
        }
        return new EligibilityDecision(award.id(), cand.participant(), status, criteria, missing, flagReason);
    }

    @Override
    public AwardResult decide(AwardDefinition award, AwardInput input) {
        Evaluator ev = new Evaluator(input.competition(), input.entrantCount(), predicates);
        List<Candidate> ordered = new ArrayList<>(input.candidates());
        ordered.sort(RANK_ORDER);
        Map<Candidate, EligibilityDecision> decisions = new HashMap<>();
        int eligibleCount = 0;
        for (Candidate c : ordered) {
            EligibilityDecision d = eligibility(award, ev, c);
            decisions.put(c, d);
            if (d.status() == Eligibility.ELIGIBLE) {
                eligibleCount++;
            }
        }
        Map<Candidate, Selection> selection = new HashMap<>();
        Map<Candidate, List<LocalizedText>> notes = new HashMap<>();
        Optional<Integer> places = Optional.empty();
        if (award.quota().isEmpty()) {
            for (Candidate c : ordered) {
                selection.put(c, base(decisions.get(c).status()));
            }
        } else {
            Quota quota = award.quota().get();
            int limit = quota.places(input.entrantCount(), eligibleCount);
            places = Optional.of(limit);
            allocate(quota, limit, ordered, decisions, ev, selection, notes);
        }
        List<AwardDecision> out = new ArrayList<>();
        for (Candidate c : ordered) {
            out.add(new AwardDecision(
                    c.participant(),
                    c.name(),
                    c.kind(),
                    c.rank(),
                    c.rankShared(),
                    c.total(),
                    selection.get(c),
                    decisions.get(c),
                    notes.getOrDefault(c, List.of())));
        }
        return new AwardResult(
                award.id(),
                award.name(),
                award.nature(),
                award.description(),
                award.quota().map(Quota::describe),
                places,
                out);
    }

    private static Selection base(Eligibility e) {
        return switch (e) {
            case ELIGIBLE -> Selection.SELECTED;
            case INELIGIBLE -> Selection.NOT_ELIGIBLE;
            case UNDETERMINED -> Selection.UNDETERMINED;
            case FLAGGED -> Selection.FLAGGED;
        };
    }

    private static void note(Map<Candidate, List<LocalizedText>> notes, Candidate c, String zh, String en) {
        notes.computeIfAbsent(c, k -> new ArrayList<>()).add(LocalizedText.of(zh, en));
    }

    private static void allocate(
            Quota quota,
            int limit,
            List<Candidate> ordered,
            Map<Candidate, EligibilityDecision> decisions,
            Evaluator ev,
            Map<Candidate, Selection> selection,
            Map<Candidate, List<LocalizedText>> notes) {
        int taken = 0;
        int i = 0;
        while (i < ordered.size()) {
            Candidate first = ordered.get(i);
            if (first.rank().isEmpty()) {
                // unranked candidates come last: the quota cannot place them
                for (int j = i; j < ordered.size(); j++) {
                    Candidate c = ordered.get(j);
                    Eligibility st = decisions.get(c).status();
                    if (st == Eligibility.ELIGIBLE) {
                        selection.put(c, Selection.UNDETERMINED);
                        note(notes, c, "名次未知，无法按名额排序", "rank unknown: the quota cannot place the candidate");
                    } else {
                        selection.put(c, base(st));
                    }
                }
                break;
            }
            int rank = first.rank().get();
            int j = i;
            List<Candidate> group = new ArrayList<>();
            while (j < ordered.size()
                    && ordered.get(j).rank().isPresent()
                    && ordered.get(j).rank().get() == rank) {
                group.add(ordered.get(j));
                j++;
            }
            i = j;
            List<Candidate> contenders = new ArrayList<>();
            int occupants = 0;
            for (Candidate c : group) {
                Eligibility st = decisions.get(c).status();
                if (st == Eligibility.INELIGIBLE) {
                    selection.put(c, Selection.NOT_ELIGIBLE);
                    if (!quota.backfillOrDefault() && taken < limit) {
                        occupants++;
                        note(notes, c, "不符合条件，其名额不递补", "not eligible; its place is not passed on");
                    }
                } else {
                    contenders.add(c);
                }
            }
            int remaining = limit - taken;
            if (contenders.isEmpty()) {
                taken += Math.min(occupants, Math.max(remaining, 0));
                continue;
            }
            remaining = limit - taken - occupants;
            if (remaining <= 0) {
                for (Candidate c : contenders) {
                    selection.put(c, Selection.OUTSIDE_QUOTA);
                }
                taken = Math.max(taken + occupants, limit);
                continue;
            }
            if (contenders.size() <= remaining) {
                for (Candidate c : contenders) {
                    admit(c, decisions.get(c).status(), selection, notes);
                }
                taken += occupants + contenders.size();
                continue;
            }
            // a tie straddles the boundary: remaining places for more tied contenders
            int k = remaining;
            int n = contenders.size();
            BoundaryTies ties = quota.ties();
            if (ties == BoundaryTies.ALL_IN) {
                for (Candidate c : contenders) {
                    admit(c, decisions.get(c).status(), selection, notes);
                    note(
                            notes,
                            c,
                            "名额边界并列 " + n + " 人争 " + k + " 个名额：按规定全部入选（超额 " + (n - k) + "）",
                            n + " tied for the last " + k + " places: all in as declared (quota exceeded by " + (n - k)
                                    + ")");
                }
            } else if (ties == BoundaryTies.ALL_OUT) {
                for (Candidate c : contenders) {
                    selection.put(c, Selection.OUTSIDE_QUOTA);
                    note(
                            notes,
                            c,
                            "名额边界并列 " + n + " 人争 " + k + " 个名额：按规定全部不入选",
                            n + " tied for the last " + k + " places: all out as declared");
                }
            } else if (ties == BoundaryTies.FLAG) {
                flagAll(contenders, k, selection, notes);
            } else {
                breakTies(quota.tieBreakers(), contenders, k, ev, decisions, selection, notes);
            }
            taken = limit;
        }
    }

    private static void admit(
            Candidate c,
            Eligibility st,
            Map<Candidate, Selection> selection,
            Map<Candidate, List<LocalizedText>> notes) {
        selection.put(c, base(st));
        if (st == Eligibility.UNDETERMINED) {
            note(notes, c, "名额暂为其保留，待事实明确", "a place is held until the missing facts are known");
        } else if (st == Eligibility.FLAGGED) {
            note(notes, c, "名额暂为其保留，待人工决定", "a place is held until a person decides");
        }
    }

    private static void flagAll(
            List<Candidate> tied,
            int k,
            Map<Candidate, Selection> selection,
            Map<Candidate, List<LocalizedText>> notes) {
        for (Candidate c : tied) {
            selection.put(c, Selection.FLAGGED);
            note(
                    notes,
                    c,
                    "名额边界并列 " + tied.size() + " 人争 " + k + " 个名额：提交人工决定",
                    tied.size() + " tied for the last " + k + " places: flagged for a human decision");
        }
    }

    /**
     * Orders candidates tied at the boundary by the declared chain. A candidate whose chain facts are
     * all known is compared exactly; one with an unknown fact cannot be compared with anyone. A
     * candidate is in when fewer than {@code k} others could possibly be ahead of it, out when at
     * least {@code k} others are surely ahead of it, and flagged for a person otherwise. Among
     * candidates with known facts "possibly ahead" means better or equal, so at most {@code k} are in.
     */
    private static void breakTies(
            List<TieBreak> chain,
            List<Candidate> tied,
            int k,
            Evaluator ev,
            Map<Candidate, EligibilityDecision> decisions,
            Map<Candidate, Selection> selection,
            Map<Candidate, List<LocalizedText>> notes) {
        Map<Candidate, List<java.math.BigDecimal>> keys = new HashMap<>();
        for (Candidate c : tied) {
            List<java.math.BigDecimal> key = new ArrayList<>();
            for (TieBreak tb : chain) {
                Optional<java.math.BigDecimal> v = ev.quantity(tb.fact(), c);
                if (v.isEmpty()) {
                    key = null;
                    note(
                            notes,
                            c,
                            "并列规则所需事实“" + tb.fact() + "”不明",
                            "the tie-breaker fact \"" + tb.fact() + "\" is unknown");
                    break;
                }
                key.add(tb.order() == SortOrder.HIGHER_FIRST ? v.get().negate() : v.get());
            }
            if (key != null) {
                keys.put(c, key);
            }
        }
        for (Candidate c : tied) {
            int surelyAhead = 0;
            int possiblyAhead = 0;
            for (Candidate d : tied) {
                if (d == c) {
                    continue;
                }
                List<java.math.BigDecimal> kd = keys.get(d);
                List<java.math.BigDecimal> kc = keys.get(c);
                if (kd == null || kc == null) {
                    possiblyAhead++;
                    continue;
                }
                int cmp = compareKeys(kd, kc);
                if (cmp < 0) {
                    surelyAhead++;
                    possiblyAhead++;
                } else if (cmp == 0) {
                    possiblyAhead++;
                }
            }
            if (possiblyAhead < k) {
                admit(c, decisions.get(c).status(), selection, notes);
                note(notes, c, "名额边界并列，按并列规则入选", "tied at the boundary; the tie-breakers put it inside the quota");
            } else if (surelyAhead >= k) {
                selection.put(c, Selection.OUTSIDE_QUOTA);
                note(notes, c, "名额边界并列，按并列规则排在名额之外", "tied at the boundary; the tie-breakers put it outside the quota");
            } else {
                selection.put(c, Selection.FLAGGED);
                note(
                        notes,
                        c,
                        "名额边界并列 " + tied.size() + " 人争 " + k + " 个名额，并列规则不能决定：提交人工决定",
                        tied.size() + " tied for the last " + k
                                + " places and the tie-breakers cannot decide: flagged for a human decision");
            }
        }
    }

    private static int compareKeys(List<java.math.BigDecimal> a, List<java.math.BigDecimal> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public AwardsReport decideAll(List<AwardDefinition> awards, AwardInput input) {
        List<AwardResult> results = awards.stream().map(a -> decide(a, input)).toList();
        return new AwardsReport(
                input.competition().id(), input.competition().plan().name(), input.entrantCount(), results);
    }
}
