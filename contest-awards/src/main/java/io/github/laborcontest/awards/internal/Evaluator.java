// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards.internal;

import io.github.laborcontest.awards.Candidate;
import io.github.laborcontest.awards.Condition;
import io.github.laborcontest.awards.CriterionOutcome;
import io.github.laborcontest.awards.FactNames;
import io.github.laborcontest.awards.FactUsed;
import io.github.laborcontest.awards.FactValue;
import io.github.laborcontest.awards.Truth;
import io.github.laborcontest.awards.VetoRecord;
import io.github.laborcontest.awards.spi.CustomPredicate;
import io.github.laborcontest.model.Coded;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.DateRange;
import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.Organiser;
import io.github.laborcontest.model.OrganiserRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Evaluates condition trees over one candidate, three-valued, with texts and the facts used. */
public final class Evaluator {

    private final Competition competition;
    private final int entrants;
    private final Function<String, Optional<CustomPredicate>> predicates;

    /**
     * An evaluator for one competition.
     *
     * @param competition the competition
     * @param entrants the number of entrants of the event
     * @param predicates finds custom predicates by name
     */
    public Evaluator(Competition competition, int entrants, Function<String, Optional<CustomPredicate>> predicates) {
        this.competition = competition;
        this.entrants = entrants;
        this.predicates = predicates;
    }

    /**
     * Evaluates a condition for a candidate.
     *
     * @param c the condition
     * @param cand the candidate
     * @return the outcome tree
     */
    public CriterionOutcome evaluate(Condition c, Candidate cand) {
        if (c instanceof Condition.AllOf a) {
            List<CriterionOutcome> kids =
                    a.conditions().stream().map(x -> evaluate(x, cand)).toList();
            Truth t = Truth.PASSED;
            for (CriterionOutcome k : kids) {
                t = t.and(k.truth());
            }
            return new CriterionOutcome("all-of", describe(c), t, List.of(), kids);
        }
        if (c instanceof Condition.AnyOf a) {
            List<CriterionOutcome> kids =
                    a.conditions().stream().map(x -> evaluate(x, cand)).toList();
            Truth t = Truth.FAILED;
            for (CriterionOutcome k : kids) {
                t = t.or(k.truth());
            }
            return new CriterionOutcome("any-of", describe(c), t, List.of(), kids);
        }
        if (c instanceof Condition.Not n) {
            CriterionOutcome kid = evaluate(n.condition(), cand);
            return new CriterionOutcome("not", describe(c), kid.truth().not(), List.of(), List.of(kid));
        }
        if (c instanceof Condition.FactIs f) {
            Optional<FactValue> v = flagFact(f.fact(), cand);
            Truth t = v.map(x -> x instanceof FactValue.Flag flag ? Truth.of(flag.value() == f.value()) : Truth.UNKNOWN)
                    .orElse(Truth.UNKNOWN);
            FactUsed used = v.isPresent() && v.get() instanceof FactValue.Flag
                    ? FactUsed.known(f.fact(), v.get())
                    : FactUsed.unknown(f.fact());
            return CriterionOutcome.leaf("fact-is", describe(c), t, List.of(used));
        }
        if (c instanceof Condition.Threshold q) {
            Optional<BigDecimal> v = quantity(q.fact(), cand);
            Truth t = v.map(x -> Truth.of(q.op().test(x.compareTo(q.value())))).orElse(Truth.UNKNOWN);
            return CriterionOutcome.leaf("quantity", describe(c), t, List.of(used(q.fact(), v)));
        }
        if (c instanceof Condition.RankWithin r) {
            int limit = rankLimit(r);
            List<FactUsed> facts = new ArrayList<>();
            facts.add(used(FactNames.RANK, cand.rank().map(BigDecimal::valueOf)));
            if (r.percent().isPresent()) {
                facts.add(FactUsed.known(FactNames.ENTRANTS, FactValue.of(entrants(cand))));
            }
            facts.add(FactUsed.known("rank-limit", FactValue.of(limit)));
            Truth t = cand.rank().map(x -> Truth.of(x <= limit)).orElse(Truth.UNKNOWN);
            return CriterionOutcome.leaf("rank-within", describe(c), t, facts);
        }
        if (c instanceof Condition.RankShared) {
            Truth t = cand.rank().isPresent() ? Truth.of(cand.rankShared()) : Truth.UNKNOWN;
            List<FactUsed> facts = cand.rank().isPresent()
                    ? List.of(
                            FactUsed.known(
                                    FactNames.RANK, FactValue.of(cand.rank().get())),
                            FactUsed.known(FactNames.RANK_SHARED, FactValue.of(cand.rankShared())))
                    : List.of(FactUsed.unknown(FactNames.RANK));
            return CriterionOutcome.leaf("rank-shared", describe(c), t, facts);
        }
        if (c instanceof Condition.ParticipantKindIn k) {
            return CriterionOutcome.leaf(
                    "participant-kind",
                    describe(c),
                    Truth.of(k.kinds().contains(cand.kind())),
                    List.of(FactUsed.known(
                            "participant.kind", FactValue.of(cand.kind().code()))));
        }
        if (c instanceof Condition.GradeIn g) {
            Truth t = cand.grade().map(x -> Truth.of(g.grades().contains(x))).orElse(Truth.UNKNOWN);
            return CriterionOutcome.leaf(
                    "grade",
                    describe(c),
                    t,
                    List.of(cand.grade()
                            .map(x -> FactUsed.known(FactNames.GRADE, FactValue.of(x)))
                            .orElse(FactUsed.unknown(FactNames.GRADE))));
        }
        if (c instanceof Condition.Vetoed) {
            if (cand.vetoes().isEmpty()) {
                return CriterionOutcome.leaf(
                        "vetoed", describe(c), Truth.UNKNOWN, List.of(FactUsed.unknown(FactNames.VETO_COUNT)));
            }
            List<VetoRecord> vetoes = cand.vetoes().get();
            List<FactUsed> facts = new ArrayList<>();
            facts.add(FactUsed.known(FactNames.VETO_COUNT, FactValue.of(vetoes.size())));
            for (VetoRecord v : vetoes) {
                facts.add(FactUsed.known(
                        "veto." + v.code(),
                        FactValue.of(v.reason().zh() + " / " + v.reason().en()
                                + v.date().map(d -> " (" + d + ")").orElse(""))));
            }
            return CriterionOutcome.leaf("vetoed", describe(c), Truth.of(!vetoes.isEmpty()), facts);
        }
        if (c instanceof Condition.ScopeIn s) {
            return CriterionOutcome.leaf(
                    "scope",
                    describe(c),
                    Truth.of(s.scopes().contains(competition.scope())),
                    List.of(FactUsed.known(
                            "competition.scope",
                            FactValue.of(competition.scope().code()))));
        }
        if (c instanceof Condition.CompetitionKindIn k) {
            return CriterionOutcome.leaf(
                    "competition-kind",
                    describe(c),
                    Truth.of(k.kinds().contains(competition.kind())),
                    List.of(FactUsed.known(
                            "competition.kind", FactValue.of(competition.kind().code()))));
        }
        if (c instanceof Condition.OrganisedBy o) {
            List<CriterionOutcome> kids = new ArrayList<>();
            Truth t = Truth.PASSED;
            for (Condition.OrganiserRequirement req : o.organisers()) {
                List<Organiser> matches = competition.organisers().stream()
                        .filter(org -> org.type() == req.type() && req.roles().contains(org.role()))
                        .toList();
                Truth kt = Truth.of(!matches.isEmpty());
                t = t.and(kt);
                String found = matches.isEmpty()
                        ? competition.organisers().stream()
                                .filter(org -> org.type() == req.type())
                                .map(org ->
                                        org.name() + "（" + org.role().label().zh() + "）")
                                .collect(Collectors.joining("、"))
                        : matches.stream()
                                .map(org ->
                                        org.name() + "（" + org.role().label().zh() + "）")
                                .collect(Collectors.joining("、"));
                kids.add(CriterionOutcome.leaf(
                        "organiser",
                        requirementText(req),
                        kt,
                        List.of(FactUsed.known(
                                "competition.organisers", FactValue.of(found.isEmpty() ? "—" : found)))));
            }
            return new CriterionOutcome("organisers", describe(c), t, List.of(), kids);
        }
        if (c instanceof Condition.BelowMinimumEntrants b) {
            Optional<Integer> min = competition.minimumEntrants().or(b::fallback);
            int n = entrants(cand);
            List<FactUsed> facts = new ArrayList<>();
            facts.add(FactUsed.known(FactNames.ENTRANTS, FactValue.of(n)));
            min.ifPresent(m -> facts.add(FactUsed.known("minimum-entrants", FactValue.of(m))));
            Truth t = min.map(m -> Truth.of(n < m)).orElse(Truth.FAILED);
            return CriterionOutcome.leaf("below-minimum-entrants", describe(c), t, facts);
        }
        if (c instanceof Condition.DateCompare d) {
            Optional<LocalDate> v = date(d.subject(), cand);
            Truth t = v.map(x -> Truth.of(d.op().test(x.compareTo(d.date())))).orElse(Truth.UNKNOWN);
            return CriterionOutcome.leaf(
                    "date",
                    describe(c),
                    t,
                    List.of(v.map(x -> FactUsed.known(d.subject(), FactValue.of(x)))
                            .orElse(FactUsed.unknown(d.subject()))));
        }
        if (c instanceof Condition.Custom cu) {
            Optional<CustomPredicate> p = predicates.apply(cu.predicate());
            if (p.isEmpty()) {
                return CriterionOutcome.leaf(
                        "custom", describe(c), Truth.UNKNOWN, List.of(FactUsed.unknown("predicate." + cu.predicate())));
            }
            CustomPredicate.Result r;
            try {
                r = p.get().test(new CustomPredicate.Context(competition, cand, entrants(cand), cu.params()));
            } catch (RuntimeException e) {
                return CriterionOutcome.leaf(
                        "custom", describe(c), Truth.UNKNOWN, List.of(FactUsed.unknown("predicate." + cu.predicate())));
            }
            List<FactUsed> facts =
                    r.truth() == Truth.UNKNOWN && r.facts().stream().noneMatch(FactUsed::isUnknown)
                            ? append(r.facts(), FactUsed.unknown("predicate." + cu.predicate()))
                            : r.facts();
            return CriterionOutcome.leaf("custom", describe(c), r.truth(), facts);
        }
        throw new IllegalStateException("unhandled condition " + c.getClass().getName());
    }

    private static List<FactUsed> append(List<FactUsed> list, FactUsed extra) {
        List<FactUsed> out = new ArrayList<>(list);
        out.add(extra);
        return out;
    }

    private static FactUsed used(String name, Optional<BigDecimal> v) {
        return v.map(x -> FactUsed.known(name, FactValue.of(x))).orElse(FactUsed.unknown(name));
    }

    /**
     * The number of places of a rank-within condition.
     *
     * @param r the condition
     * @return the rank limit
     */
    int rankLimit(Condition.RankWithin r) {
        return r.places()
                .orElseGet(() -> r.rounding()
                        .apply(r.percent()
                                .orElseThrow()
                                .multiply(BigDecimal.valueOf(entrants))
                                .divide(BigDecimal.valueOf(100))));
    }

    private int entrants(Candidate cand) {
        FactValue v = cand.facts().get(FactNames.ENTRANTS);
        if (v instanceof FactValue.Quantity q) {
            try {
                return q.value().intValueExact();
            } catch (ArithmeticException e) {
                return entrants;
            }
        }
        return entrants;
    }

    private Optional<FactValue> flagFact(String name, Candidate cand) {
        if (FactNames.RANK_SHARED.equals(name)) {
            return cand.rank().isPresent() ? Optional.of(FactValue.of(cand.rankShared())) : Optional.empty();
        }
        return Optional.ofNullable(cand.facts().get(name));
    }

    /**
     * A quantity of a candidate: derived or a numeric fact; empty when unknown or not a number.
     *
     * @param name the quantity's name
     * @param cand the candidate
     * @return the value
     */
    public Optional<BigDecimal> quantity(String name, Candidate cand) {
        switch (name) {
            case FactNames.TOTAL:
                return cand.total().map(p -> p.value());
            case FactNames.RANK:
                return cand.rank().map(BigDecimal::valueOf);
            case FactNames.ENTRANTS:
                return Optional.of(BigDecimal.valueOf(entrants(cand)));
            case FactNames.VETO_COUNT:
                return cand.vetoes().map(v -> BigDecimal.valueOf(v.size()));
            default:
                FactValue v = cand.facts().get(name);
                return v instanceof FactValue.Quantity q ? Optional.of(q.value()) : Optional.empty();
        }
    }

    private Optional<LocalDate> date(String subject, Candidate cand) {
        Optional<DateRange> dates = competition.plan().dates();
        if ("competition.start".equals(subject)) {
            return dates.map(DateRange::start);
        }
        if ("competition.end".equals(subject)) {
            return dates.map(DateRange::end);
        }
        FactValue v = cand.facts().get(subject);
        return v instanceof FactValue.Day d ? Optional.of(d.value()) : Optional.empty();
    }

    private static String factLabel(String name, boolean en) {
        return FactNames.label(name).map(l -> en ? l.en() : l.zh()).orElse(name);
    }

    private static String codes(List<? extends Coded> values, boolean en, String sep) {
        return values.stream().map(v -> en ? v.label().en() : v.label().zh()).collect(Collectors.joining(sep));
    }

    private static LocalizedText requirementText(Condition.OrganiserRequirement req) {
        boolean both = req.roles().contains(OrganiserRole.LEAD) && req.roles().contains(OrganiserRole.JOINT);
        String zhRoles =
                both ? "牵头或联合组织" : req.roles().stream().map(r -> r.label().zh()).collect(Collectors.joining("或"));
        String enRoles = both
                ? "lead or joint organiser"
                : req.roles().stream().map(r -> r.label().en()).collect(Collectors.joining(" or "));
        return LocalizedText.of(
                req.type().label().zh() + "（" + zhRoles + "）",
                req.type().label().en() + " (" + enRoles + ")");
    }

    /**
     * What a condition requires, in Chinese and English, without evaluating it.
     *
     * @param c the condition
     * @return the text
     */
    public LocalizedText describe(Condition c) {
        if (c instanceof Condition.AllOf) {
            return LocalizedText.of("同时满足以下全部条件", "all of the following");
        }
        if (c instanceof Condition.AnyOf) {
            return LocalizedText.of("满足以下任一条件", "any of the following");
        }
        if (c instanceof Condition.Not) {
            return LocalizedText.of("不满足以下条件", "not the following");
        }
        if (c instanceof Condition.FactIs f) {
            return LocalizedText.of(
                    factLabel(f.fact(), false) + "：" + (f.value() ? "是" : "否"),
                    factLabel(f.fact(), true) + ": " + (f.value() ? "yes" : "no"));
        }
        if (c instanceof Condition.Threshold q) {
            String v = q.value().toPlainString();
            return LocalizedText.of(
                    factLabel(q.fact(), false) + " " + q.op().symbol() + " " + v,
                    factLabel(q.fact(), true) + " " + q.op().symbol() + " " + v);
        }
        if (c instanceof Condition.RankWithin r) {
            if (r.places().isPresent()) {
                return LocalizedText.of(
                        "名次在前 " + r.places().get() + " 名以内",
                        "rank within the top " + r.places().get());
            }
            String p = r.percent().orElseThrow().toPlainString();
            return LocalizedText.of(
                    "名次在参赛数的前 " + p + "%（" + r.rounding().label().zh() + "）以内",
                    "rank within the top " + p + "% of entrants ("
                            + r.rounding().label().en() + ")");
        }
        if (c instanceof Condition.RankShared) {
            return LocalizedText.of("名次与他人并列", "rank shared with another candidate");
        }
        if (c instanceof Condition.ParticipantKindIn k) {
            return LocalizedText.of(
                    "参赛类型为" + codes(k.kinds(), false, "或"), "participant is a " + codes(k.kinds(), true, " or "));
        }
        if (c instanceof Condition.GradeIn g) {
            return LocalizedText.of(
                    "等次为" + String.join("或", g.grades()), "grade is " + String.join(" or ", g.grades()));
        }
        if (c instanceof Condition.Vetoed) {
            return LocalizedText.of("期内被一票否决", "a veto fired in the period");
        }
        if (c instanceof Condition.ScopeIn s) {
            return LocalizedText.of(
                    "竞赛范围为" + codes(s.scopes(), false, "或"), "competition is " + codes(s.scopes(), true, " or "));
        }
        if (c instanceof Condition.CompetitionKindIn k) {
            String zh = k.kinds().stream()
                    .map(x -> x.label().map(LocalizedText::zh).orElse(x.code()))
                    .collect(Collectors.joining("或"));
            String en = k.kinds().stream()
                    .map(x -> x.label().map(LocalizedText::en).orElse(x.code()))
                    .collect(Collectors.joining(" or "));
            return LocalizedText.of("竞赛类别为" + zh, "competition is a " + en);
        }
        if (c instanceof Condition.OrganisedBy o) {
            String zh = o.organisers().stream().map(r -> r.type().label().zh()).collect(Collectors.joining("和"));
            String en = o.organisers().stream().map(r -> r.type().label().en()).collect(Collectors.joining(" and "));
            return o.organisers().size() > 1
                    ? LocalizedText.of("由" + zh + "联合组织", "organised jointly by the " + en)
                    : LocalizedText.of("由" + zh + "组织", "organised by the " + en);
        }
        if (c instanceof Condition.BelowMinimumEntrants b) {
            String fb = b.fallback().map(String::valueOf).orElse("—");
            return LocalizedText.of(
                    "参赛数低于最低要求（竞赛未规定时为 " + fb + "）",
                    "fewer entrants than the minimum (" + fb + " when the competition declares none)");
        }
        if (c instanceof Condition.DateCompare d) {
            return LocalizedText.of(
                    factLabel(d.subject(), false) + " " + d.op().symbol() + " " + d.date(),
                    factLabel(d.subject(), true) + " " + d.op().symbol() + " " + d.date());
        }
        if (c instanceof Condition.Custom cu) {
            Optional<CustomPredicate> p = predicates.apply(cu.predicate());
            if (p.isPresent()) {
                try {
                    return p.get().describe(cu.params());
                } catch (RuntimeException e) {
                    // fall through to the generic text
                }
            }
            return LocalizedText.of(
                    "插件条件 " + cu.predicate() + cu.params(), "plugin condition " + cu.predicate() + cu.params());
        }
        throw new IllegalStateException("unhandled condition " + c.getClass().getName());
    }
}
