// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.internal;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.CompetitionPlan;
import io.github.laborcontest.model.DateRange;
import io.github.laborcontest.model.Dimension;
import io.github.laborcontest.model.EvaluationPeriod;
import io.github.laborcontest.model.GradeScheme;
import io.github.laborcontest.model.IdRule;
import io.github.laborcontest.model.Indicator;
import io.github.laborcontest.model.IndicatorKind;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.OrganiserRole;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantKind;
import io.github.laborcontest.model.Points;
import io.github.laborcontest.model.ProjectStage;
import io.github.laborcontest.model.Scope;
import io.github.laborcontest.model.TieBreaker;
import io.github.laborcontest.model.ValueType;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.rule.CustomRule;
import io.github.laborcontest.model.rule.DirectPoints;
import io.github.laborcontest.model.rule.ItemTable;
import io.github.laborcontest.model.rule.JudgePanel;
import io.github.laborcontest.model.rule.JudgementMarks;
import io.github.laborcontest.model.rule.LinearToTarget;
import io.github.laborcontest.model.rule.Normalisation;
import io.github.laborcontest.model.rule.PassFail;
import io.github.laborcontest.model.rule.PerOccurrence;
import io.github.laborcontest.model.rule.ScoringRule;
import io.github.laborcontest.model.rule.ThresholdBands;
import io.github.laborcontest.model.rule.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cross-field checks that Bean Validation cannot express; each adds problems to a list. */
public final class ModelChecks {

    private static final String[][] PLAN_ELEMENTS = {
        {"name", "竞赛名称", "name"},
        {"contentAndGoals", "竞赛内容和目标", "content and goals"},
        {"methodAndVehicle", "竞赛方式和载体", "method and vehicle"},
        {"scopeAndParticipants", "参赛范围和人员", "scope and participants"},
        {"standardsAndRequirements", "竞赛标准和要求", "standards and requirements"},
        {"dates", "竞赛起止时间", "start and end dates"},
        {"evaluationAndRewardMethod", "竞赛考评和奖励办法", "evaluation and reward method"},
    };

    private ModelChecks() {}

    /**
     * The seven elements of a plan and its dates.
     *
     * @param plan the plan
     * @param path its JSON path
     * @param out where problems go
     */
    public static void plan(CompetitionPlan plan, String path, List<Problem> out) {
        String[] texts = {
            plan.name(),
            plan.contentAndGoals(),
            plan.methodAndVehicle(),
            plan.scopeAndParticipants(),
            plan.standardsAndRequirements(),
            null,
            plan.evaluationAndRewardMethod()
        };
        for (int i = 0; i < PLAN_ELEMENTS.length; i++) {
            boolean missing = i == 5 ? plan.dates().isEmpty() : texts[i].isBlank();
            if (missing) {
                out.add(Problem.at(
                        ModelProblem.PLAN_ELEMENT_MISSING,
                        path + "." + PLAN_ELEMENTS[i][0],
                        PLAN_ELEMENTS[i][1],
                        PLAN_ELEMENTS[i][2]));
            }
        }
        plan.dates()
                .filter(d -> !d.isOrdered())
                .ifPresent(d ->
                        out.add(Problem.at(ModelProblem.END_BEFORE_START, path + ".dates.end", d.start(), d.end())));
    }

    /**
     * Everything about a competition that does not need its indicator set.
     *
     * @param c the competition
     * @param out where problems go
     */
    public static void competition(Competition c, List<Problem> out) {
        plan(c.plan(), "$.plan", out);
        id(c.indicatorSet().code(), "$.indicatorSet.code", out);
        id(c.indicatorSet().version(), "$.indicatorSet.version", out);
        if (c.campaignTasks().isEmpty()) {
            out.add(Problem.at(ModelProblem.BAD_SIZE, "$.campaignTasks", 0, 1, "∞"));
        }
        if (c.organisers().isEmpty()) {
            out.add(Problem.at(ModelProblem.BAD_SIZE, "$.organisers", 0, 1, "∞"));
        } else if (c.organisers().stream().noneMatch(o -> o.role() == OrganiserRole.LEAD)) {
            out.add(Problem.at(ModelProblem.COMPETITION_INCONSISTENT, "$.organisers", "no lead organiser (牵头单位)"));
        }
        if (c.scope() == Scope.DISTRICT && c.district().isEmpty()) {
            out.add(Problem.at(ModelProblem.MISSING_FIELD, "$.district", "district"));
        }
        c.minimumEntrants()
                .filter(n -> n < 1)
                .ifPresent(n -> out.add(Problem.at(ModelProblem.TOO_SMALL, "$.minimumEntrants", n, 1)));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < c.participants().size(); i++) {
            Participant p = c.participants().get(i);
            String path = "$.participants[" + i + "]";
            if (!ids.add(p.id().value())) {
                out.add(Problem.at(ModelProblem.DUPLICATE_ID, path + ".id", p.id())
                        .forParticipant(p.id().value()));
            }
            participant(p, path, out);
        }
        periods(c, out);
        grades(c.grades(), out);
        for (int i = 0; i < c.ranking().tieBreakers().size(); i++) {
            TieBreaker t = c.ranking().tieBreakers().get(i);
            if (t.by() != TieBreaker.By.DEDUCTIONS && t.ref().isBlank()) {
                out.add(Problem.at(ModelProblem.BLANK, "$.ranking.tieBreakers[" + i + "].ref", "ref"));
            }
        }
    }

    /**
     * The attributes a participant's kind requires.
     *
     * @param p the participant
     * @param path its JSON path
     * @param out where problems go
     */
    public static void participant(Participant p, String path, List<Problem> out) {
        String who = p.id().value();
        if (p.kind() != ParticipantKind.UNIT && p.unit().isEmpty()) {
            out.add(Problem.at(
                            ModelProblem.PARTICIPANT_ATTRIBUTE_MISSING,
                            path + ".unit",
                            p.kind().code(),
                            "unit")
                    .forParticipant(who));
        }
        if (p.kind() == ParticipantKind.PROJECT) {
            if (p.campaignTask().isEmpty()) {
                out.add(Problem.at(
                                ModelProblem.PARTICIPANT_ATTRIBUTE_MISSING,
                                path + ".campaignTask",
                                p.kind().code(),
                                "campaignTask")
                        .forParticipant(who));
            }
            if (p.stage().isEmpty()) {
                out.add(Problem.at(
                                ModelProblem.PARTICIPANT_ATTRIBUTE_MISSING,
                                path + ".stage",
                                p.kind().code(),
                                "stage")
                        .forParticipant(who));
            }
        }
    }

    /** An id or code that {@link IdRule} refuses is a problem at its path. */
    private static void id(String value, String path, List<Problem> out) {
        IdRule.problem(value, path).ifPresent(out::add);
    }

    private static void periods(Competition c, List<Problem> out) {
        Set<String> ids = new HashSet<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (int i = 0; i < c.periods().size(); i++) {
            EvaluationPeriod p = c.periods().get(i);
            String path = "$.periods[" + i + "]";
            if (!ids.add(p.id().value())) {
                out.add(Problem.at(ModelProblem.DUPLICATE_ID, path + ".id", p.id()));
            }
            DateRange d = p.dates();
            if (!d.isOrdered()) {
                out.add(Problem.at(ModelProblem.END_BEFORE_START, path + ".dates.end", d.start(), d.end()));
            } else if (c.plan()
                    .dates()
                    .filter(DateRange::isOrdered)
                    .filter(all -> !all.encloses(d))
                    .isPresent()) {
                out.add(Problem.at(
                        ModelProblem.PERIOD_INCONSISTENT,
                        path + ".dates",
                        p.id() + " " + d.start() + "…" + d.end() + " ⊄ plan dates"));
            }
            if (p.weight().signum() < 0) {
                out.add(Problem.at(ModelProblem.TOO_SMALL, path + ".weight", p.weight(), 0));
            }
            weights = weights.add(p.weight());
        }
        if (weights.signum() != 0 && weights.compareTo(BigDecimal.ONE) != 0) {
            out.add(Problem.at(
                    ModelProblem.PERIOD_INCONSISTENT, "$.periods", "Σ weight = " + weights.toPlainString() + " ≠ 1"));
        }
    }

    private static void grades(GradeScheme g, List<Problem> out) {
        if (g.bands().isEmpty()) {
            out.add(Problem.at(ModelProblem.BAD_SIZE, "$.grades.bands", 0, 1, "∞"));
            return;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal previousMin = null;
        for (int i = 0; i < g.bands().size(); i++) {
            GradeScheme.Band b = g.bands().get(i);
            String path = "$.grades.bands[" + i + "]";
            id(b.code(), path + ".code", out);
            if (!codes.add(b.code())) {
                out.add(Problem.at(ModelProblem.DUPLICATE_ID, path + ".code", b.code()));
            }
            boolean last = i == g.bands().size() - 1;
            if (g.mode() == GradeScheme.Mode.ABSOLUTE && !last) {
                if (b.minTotal().isEmpty()) {
                    out.add(Problem.at(ModelProblem.MISSING_FIELD, path + ".minTotal", "minTotal"));
                } else {
                    if (previousMin != null && b.minTotal().get().compareTo(previousMin) >= 0) {
                        out.add(Problem.at(
                                ModelProblem.TOO_BIG,
                                path + ".minTotal",
                                b.minTotal().get(),
                                previousMin));
                    }
                    previousMin = b.minTotal().get();
                }
            }
            if (g.mode() == GradeScheme.Mode.QUOTA
                    && !last
                    && b.quotaPercent().isEmpty()
                    && b.maxCount().isEmpty()) {
                out.add(Problem.at(ModelProblem.MISSING_FIELD, path + ".quotaPercent", "quotaPercent"));
            }
            b.quotaPercent()
                    .filter(q -> q.signum() < 0 || q.compareTo(BigDecimal.valueOf(100)) > 0)
                    .ifPresent(q -> out.add(Problem.at(ModelProblem.TOO_BIG, path + ".quotaPercent", q, 100)));
            b.maxCount()
                    .filter(n -> n < 0)
                    .ifPresent(n -> out.add(Problem.at(ModelProblem.TOO_SMALL, path + ".maxCount", n, 0)));
        }
    }

    /**
     * Points that add up, unique codes, and rules that fit their indicators.
     *
     * @param set the indicator set
     * @param out where problems go
     */
    public static void indicatorSet(IndicatorSet set, List<Problem> out) {
        if (set.dimensions().isEmpty()) {
            out.add(Problem.at(ModelProblem.BAD_SIZE, "$.dimensions", 0, 1, "∞"));
        }
        if (!set.code().isBlank()) { // a blank one is reported by Bean Validation
            id(set.code(), "$.code", out);
        }
        if (!set.version().isBlank()) {
            id(set.version(), "$.version", out);
        }
        nonNegative(set.totalPoints(), "$.totalPoints", out);
        set.bonusCap().ifPresent(cap -> nonNegative(cap, "$.bonusCap", out));
        Set<String> dimCodes = new HashSet<>();
        Set<String> indCodes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int d = 0; d < set.dimensions().size(); d++) {
            Dimension dim = set.dimensions().get(d);
            String dp = "$.dimensions[" + d + "]";
            if (!dimCodes.add(dim.code().value())) {
                out.add(Problem.at(ModelProblem.DUPLICATE_ID, dp + ".code", dim.code()));
            }
            nonNegative(dim.maxPoints(), dp + ".maxPoints", out);
            dim.deductionCap().ifPresent(cap -> nonNegative(cap, dp + ".deductionCap", out));
            if (dim.weight().signum() <= 0) {
                out.add(Problem.at(ModelProblem.TOO_SMALL, dp + ".weight", dim.weight(), "> 0"));
            }
            if (dim.indicators().isEmpty()) {
                out.add(Problem.at(ModelProblem.BAD_SIZE, dp + ".indicators", 0, 1, "∞"));
            }
            for (int i = 0; i < dim.indicators().size(); i++) {
                Indicator ind = dim.indicators().get(i);
                String ip = dp + ".indicators[" + i + "]";
                if (!indCodes.add(ind.code().value())) {
                    out.add(Problem.at(ModelProblem.DUPLICATE_ID, ip + ".code", ind.code()));
                }
                indicator(ind, ip, out);
            }
            scoredPointsPerStage(dim, dp, out);
            total = total.add(dim.maxPoints().value().multiply(dim.weight()));
        }
        if (total.compareTo(set.totalPoints().value()) != 0) {
            out.add(Problem.at(
                    ModelProblem.POINTS_DO_NOT_ADD_UP,
                    "$.totalPoints",
                    set.totalPoints(),
                    total.stripTrailingZeros().toPlainString()));
        }
    }

    /**
     * The scored indicators of a dimension add up to its maximum. In a stage contest a project is
     * scored only on the indicators of its stage, so the sum is checked once per stage that any
     * indicator names (indicators without stages count for every stage).
     */
    private static void scoredPointsPerStage(Dimension dim, String dp, List<Problem> out) {
        Set<ProjectStage> stages = new java.util.TreeSet<>();
        dim.indicators().stream().filter(i -> i.kind() == IndicatorKind.SCORED).forEach(i -> stages.addAll(i.stages()));
        List<java.util.Optional<ProjectStage>> checks = new ArrayList<>();
        if (stages.isEmpty()) {
            checks.add(java.util.Optional.empty());
        } else {
            stages.forEach(st -> checks.add(java.util.Optional.of(st)));
        }
        for (java.util.Optional<ProjectStage> stage : checks) {
            Points scored = dim.indicators().stream()
                    .filter(i -> i.kind() == IndicatorKind.SCORED)
                    .filter(i -> stage.isEmpty()
                            || i.stages().isEmpty()
                            || i.stages().contains(stage.get()))
                    .map(Indicator::maxPoints)
                    .reduce(Points.ZERO, Points::plus);
            if (!scored.equals(dim.maxPoints())) {
                String actual = stage.map(st -> scored + " (" + st.code() + ")").orElse(scored.toString());
                out.add(Problem.at(ModelProblem.POINTS_DO_NOT_ADD_UP, dp + ".maxPoints", dim.maxPoints(), actual));
            }
        }
    }

    private static void indicator(Indicator ind, String path, List<Problem> out) {
        IndicatorKind kind = ind.kind();
        nonNegative(ind.maxPoints(), path + ".maxPoints", out);
        boolean zeroPoints = kind == IndicatorKind.VETO || kind == IndicatorKind.RECORDED;
        if (zeroPoints && !ind.maxPoints().isZero()) {
            out.add(Problem.at(ModelProblem.TOO_BIG, path + ".maxPoints", ind.maxPoints(), 0));
        }
        if ((kind == IndicatorKind.BONUS || kind == IndicatorKind.DEDUCTION)
                && ind.maxPoints().isZero()) {
            out.add(Problem.at(ModelProblem.TOO_SMALL, path + ".maxPoints", 0, "> 0"));
        }
        if (ind.rule().isEmpty()) {
            if (kind != IndicatorKind.RECORDED) {
                out.add(Problem.at(ModelProblem.MISSING_FIELD, path + ".rule", "rule"));
            }
            return;
        }
        ScoringRule rule = ind.rule().get();
        String rp = path + ".rule";
        boolean isVeto = rule instanceof Veto;
        if (isVeto != (kind == IndicatorKind.VETO)) {
            out.add(Problem.at(
                    ModelProblem.RULE_MISMATCH,
                    rp,
                    ruleName(rule),
                    "veto rules go with veto indicators, and only there"));
        }
        if (rule instanceof LinearToTarget l) {
            positive(l.target(), rp + ".target", out);
            l.floor().ifPresent(f -> nonNegative(f, rp + ".floor", out));
            numeric(ind, rule, rp, out);
        } else if (rule instanceof ThresholdBands b) {
            if (b.bands().isEmpty()) {
                out.add(Problem.at(ModelProblem.BAD_SIZE, rp + ".bands", 0, 1, "∞"));
            }
            Set<BigDecimal> thresholds = new HashSet<>();
            for (int i = 0; i < b.bands().size(); i++) {
                ThresholdBands.Band band = b.bands().get(i);
                if (!thresholds.add(band.threshold().stripTrailingZeros())) {
                    out.add(Problem.at(
                            ModelProblem.DUPLICATE_ID, rp + ".bands[" + i + "].threshold", band.threshold()));
                }
                nonNegative(band.points(), rp + ".bands[" + i + "].points", out);
                if (band.points().compareTo(ind.maxPoints().value()) > 0) {
                    out.add(Problem.at(
                            ModelProblem.TOO_BIG, rp + ".bands[" + i + "].points", band.points(), ind.maxPoints()));
                }
            }
            numeric(ind, rule, rp, out);
        } else if (rule instanceof Normalisation n) {
            numeric(ind, rule, rp, out);
        } else if (rule instanceof PassFail p) {
            valueType(ind, rule, rp, out, ValueType.BOOLEAN);
        } else if (rule instanceof DirectPoints p) {
            numeric(ind, rule, rp, out);
        } else if (rule instanceof JudgePanel j) {
            valueType(ind, rule, rp, out, ValueType.JUDGED_SCORE);
            if (j.minJudges() < 1) {
                out.add(Problem.at(ModelProblem.TOO_SMALL, rp + ".minJudges", j.minJudges(), 1));
            }
            if (j.trimEachSide() < 0) {
                out.add(Problem.at(ModelProblem.TOO_SMALL, rp + ".trimEachSide", j.trimEachSide(), 0));
            }
            if (j.aggregation() == JudgePanel.Aggregation.TRIMMED_MEAN
                    && j.trimProportion().isEmpty()
                    && 2 * j.trimEachSide() >= j.minJudges()) {
                out.add(Problem.at(
                        ModelProblem.RULE_MISMATCH,
                        rp + ".trimEachSide",
                        ruleName(rule),
                        "2 × trimEachSide must be below minJudges"));
            }
            j.trimProportion()
                    .filter(p -> p.signum() < 0 || p.compareTo(new BigDecimal("0.5")) >= 0)
                    .ifPresent(p -> out.add(Problem.at(ModelProblem.TOO_BIG, rp + ".trimProportion", p, "< 0.5")));
            positive(j.markScale(), rp + ".markScale", out);
        } else if (rule instanceof JudgementMarks j) {
            valueType(ind, rule, rp, out, ValueType.JUDGED_SCORE);
            if (j.minJudges() < 3) {
                out.add(Problem.at(ModelProblem.TOO_SMALL, rp + ".minJudges", j.minJudges(), 3));
            }
            if (j.maxSpread() < 0 || j.maxSpread() > 3) {
                out.add(Problem.at(ModelProblem.TOO_BIG, rp + ".maxSpread", j.maxSpread(), 3));
            }
        } else if (rule instanceof PerOccurrence p) {
            positive(p.pointsEach(), rp + ".pointsEach", out);
            valueType(ind, rule, rp, out, ValueType.COUNT, ValueType.NUMERIC);
        } else if (rule instanceof ItemTable t) {
            valueType(ind, rule, rp, out, ValueType.ITEMS);
            if (t.items().isEmpty()) {
                out.add(Problem.at(ModelProblem.BAD_SIZE, rp + ".items", 0, 1, "∞"));
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < t.items().size(); i++) {
                ItemTable.Item item = t.items().get(i);
                id(item.code(), rp + ".items[" + i + "].code", out);
                if (!codes.add(item.code())) {
                    out.add(Problem.at(ModelProblem.DUPLICATE_ID, rp + ".items[" + i + "].code", item.code()));
                }
                positive(item.points(), rp + ".items[" + i + "].points", out);
            }
        } else if (rule instanceof Veto v) {
            valueType(ind, rule, rp, out, ValueType.BOOLEAN, ValueType.COUNT);
            if (v.effect() == Veto.Effect.CAP_GRADE && v.gradeCap().isEmpty()) {
                out.add(Problem.at(ModelProblem.MISSING_FIELD, rp + ".gradeCap", "gradeCap"));
            }
        } else if (rule instanceof CustomRule c) {
            if (c.name().isBlank()) {
                out.add(Problem.at(ModelProblem.BLANK, rp + ".name", "name"));
            }
        }
    }

    /**
     * One measurement: exactly one kind of value, marks not negative.
     *
     * @param m the measurement
     * @param path its JSON path
     * @param out where problems go
     */
    public static void measurement(Measurement m, String path, List<Problem> out) {
        List<String> present = new ArrayList<>();
        m.value().ifPresent(v -> present.add("value"));
        m.flag().ifPresent(v -> present.add("flag"));
        if (!m.marks().isEmpty()) {
            present.add("marks");
        }
        if (!m.items().isEmpty()) {
            present.add("items");
        }
        String who = m.participant().value();
        if (present.size() != 1) {
            out.add(Problem.at(
                            ModelProblem.MEASUREMENT_VALUE, path, present.isEmpty() ? "-" : String.join(", ", present))
                    .forParticipant(who));
        }
        for (int i = 0; i < m.marks().size(); i++) {
            if (m.marks().get(i).signum() < 0) {
                out.add(Problem.at(
                                ModelProblem.TOO_SMALL,
                                path + ".marks[" + i + "]",
                                m.marks().get(i),
                                0)
                        .forParticipant(who));
            }
        }
    }

    private static void numeric(Indicator ind, ScoringRule rule, String rp, List<Problem> out) {
        valueType(
                ind,
                rule,
                rp,
                out,
                ValueType.NUMERIC,
                ValueType.PERCENTAGE,
                ValueType.COUNT,
                ValueType.DURATION,
                ValueType.JUDGED_SCORE);
    }

    private static void valueType(Indicator ind, ScoringRule rule, String rp, List<Problem> out, ValueType... allowed) {
        for (ValueType t : allowed) {
            if (ind.valueType() == t) {
                return;
            }
        }
        out.add(Problem.at(
                ModelProblem.RULE_MISMATCH,
                rp,
                ruleName(rule),
                "value type " + ind.valueType().code()));
    }

    private static String ruleName(ScoringRule rule) {
        com.fasterxml.jackson.annotation.JsonSubTypes types =
                ScoringRule.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
        for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t : types.value()) {
            if (t.value() == rule.getClass()) {
                return t.name();
            }
        }
        return rule.getClass().getSimpleName();
    }

    private static void nonNegative(Points p, String path, List<Problem> out) {
        nonNegative(p.value(), path, out);
    }

    private static void nonNegative(BigDecimal v, String path, List<Problem> out) {
        if (v.signum() < 0) {
            out.add(Problem.at(ModelProblem.TOO_SMALL, path, v.toPlainString(), 0));
        }
    }

    private static void positive(BigDecimal v, String path, List<Problem> out) {
        if (v.signum() <= 0) {
            out.add(Problem.at(ModelProblem.TOO_SMALL, path, v.toPlainString(), "> 0"));
        }
    }
}
