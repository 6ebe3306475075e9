// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.laborcontest.awards.AwardDefinition;
import io.github.laborcontest.awards.AwardJson;
import io.github.laborcontest.awards.AwardRegistry;
import io.github.laborcontest.awards.CandidateList;
import io.github.laborcontest.examples.ledger.TerminalText;
import io.github.laborcontest.ledger.Entry;
import io.github.laborcontest.ledger.LedgerJson;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.ModelProblem;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.github.laborcontest.scoring.mcda.McdaJson;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code contest validate FILE…}: validates competitions, competition plans, indicator sets and
 * measurement lists (JSON or YAML by file extension), listing every problem.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "校验竞赛（含方案）、竞赛方案、指标体系、测量数据或奖项定义文件（按扩展名识别 JSON/YAML），列出全部问题。",
            "Validate a competition (with its plan), a plan, an indicator set, measurements or award definitions"
                    + " (JSON or YAML by extension), listing every problem.",
            "文档类型 / document kind: 含 plan 字段为竞赛 (a `plan` field: competition) · 含 dimensions 为指标体系"
                    + " (`dimensions`: indicator set) · 数组为测量数据 (array: measurements) · 其他对象为竞赛方案 (other"
                    + " object: plan)"
        })
final class ValidateCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "要校验的文件 / files to validate")
    List<Path> files = List.of();

    @Option(
            names = "--against",
            paramLabel = "COMPETITION",
            description =
                    "核对测量数据所引用的参赛者、指标和周期 / check that measurements refer to this competition's participants, indicators and periods")
    Optional<Path> against = Optional.empty();

    @Mixin
    FormatOption format = new FormatOption();

    /** The fields of a plan (竞赛方案); an object with none of them is not taken for a plan. */
    private static final List<String> PLAN_FIELDS = List.of(
            "name",
            "contentAndGoals",
            "methodAndVehicle",
            "scopeAndParticipants",
            "standardsAndRequirements",
            "dates",
            "evaluationAndRewardMethod");

    /** The outcome for one file. */
    record Outcome(String file, String document, String summary, List<Problem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    @Override
    public Integer call() {
        Validation<Seq<Problem>, IndicatorSetRegistry> registry = IndicatorSetRegistry.discover();
        if (registry.isInvalid()) {
            return invalid(registry.getError().asJava(), format.format);
        }
        Optional<Competition> reference = Optional.empty();
        if (against.isPresent()) {
            Validation<Seq<Problem>, Competition> c = Inputs.read(against.get())
                    .flatMap(text -> ContestJson.readCompetition(
                            text, ContestJson.Format.ofFileName(against.get().toString())));
            if (c.isInvalid()) {
                return invalid(c.getError().asJava(), format.format);
            }
            reference = Optional.of(c.get());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            outcomes.add(validate(file, registry.get(), reference));
        }
        print(outcomes);
        return outcomes.stream().allMatch(Outcome::valid)
                ? ContestCli.OK
                : exitCode(outcomes.stream().flatMap(o -> o.problems().stream()).toList());
    }

    private Outcome validate(Path file, IndicatorSetRegistry registry, Optional<Competition> reference) {
        String name = file.toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
            return validateJsonLines(file);
        }
        Validation<Seq<Problem>, String> text = Inputs.read(file);
        if (text.isInvalid()) {
            return new Outcome(name, "unknown", "", text.getError().asJava());
        }
        ContestJson.Format fmt = ContestJson.Format.ofFileName(name);
        Validation<Seq<Problem>, JsonNode> tree = ContestJson.read(text.get(), fmt, JsonNode.class);
        if (tree.isInvalid()) {
            return new Outcome(name, "unknown", "", tree.getError().asJava());
        }
        JsonNode node = tree.get();
        if (node.isArray()
                && node.size() > 0
                && node.get(0).isObject()
                && node.get(0).has("eligibility")) {
            Validation<Seq<Problem>, AwardRegistry> awards = AwardRegistry.discover();
            Validation<Seq<Problem>, List<AwardDefinition>> defs =
                    awards.flatMap(r -> AwardJson.readDefinitions(text.get(), fmt, r));
            return defs.fold(
                    ps -> new Outcome(name, "awards", "", ps.asJava()),
                    ds -> new Outcome(
                            name,
                            "awards",
                            ds.stream().map(d -> d.id().value()).collect(Collectors.joining(", ")),
                            List.of()));
        }
        if (node.isArray()) {
            Validation<Seq<Problem>, List<Measurement>> ms = ContestJson.readMeasurements(text.get(), fmt);
            if (ms.isInvalid()) {
                return new Outcome(name, "measurements", "", ms.getError().asJava());
            }
            List<Problem> problems =
                    reference.map(c -> crossCheck(c, registry, ms.get())).orElse(List.of());
            return new Outcome(name, "measurements", ms.get().size() + "", problems);
        }
        if (node.isObject() && node.has("plan")) {
            Validation<Seq<Problem>, Competition> c = ContestJson.readCompetition(text.get(), fmt);
            if (c.isInvalid()) {
                return new Outcome(name, "competition", "", c.getError().asJava());
            }
            List<Problem> problems = new ArrayList<>();
            registry.require(c.get().indicatorSet()).fold(problems::add, ok -> true);
            return new Outcome(
                    name,
                    "competition",
                    c.get().id() + " · " + c.get().indicatorSet() + " · "
                            + c.get().participants().size(),
                    problems);
        }
        if (node.isObject() && node.has("dimensions")) {
            Validation<Seq<Problem>, IndicatorSet> s = ContestJson.readIndicatorSet(text.get(), fmt);
            return s.fold(
                    ps -> new Outcome(name, "indicator-set", "", ps.asJava()),
                    set -> new Outcome(name, "indicator-set", set.ref().toString(), List.of()));
        }
        if (node.isObject() && node.has("alternatives")) {
            return McdaJson.parse(text.get())
                    .fold(
                            ps -> new Outcome(name, "mcda-problem", "", ps.asJava()),
                            dp -> new Outcome(name, "mcda-problem", "", List.of()));
        }
        if (node.isObject() && node.has("candidates")) {
            Validation<Seq<Problem>, Integer> candidates = reference.isPresent()
                    ? AwardJson.readInput(reference.get(), text.get(), fmt)
                            .map(in -> in.candidates().size())
                    : ContestJson.read(text.get(), fmt, CandidateList.class)
                            .map(l -> l.candidates().size());
            return candidates.fold(
                    ps -> new Outcome(name, "candidates", "", ps.asJava()),
                    n -> new Outcome(name, "candidates", String.valueOf(n), List.of()));
        }
        if (node.isObject()
                && PLAN_FIELDS.stream().noneMatch(node::has)
                && node.size() > 0
                && (node.has(AwardFacts.ALL)
                        || node.properties().stream().allMatch(e -> e.getValue().isObject()))) {
            return AwardFacts.parse(node, reference)
                    .fold(
                            ps -> new Outcome(name, "award-facts", "", ps.asJava()),
                            f -> new Outcome(
                                    name,
                                    "award-facts",
                                    String.valueOf(f.facts().size()),
                                    List.of()));
        }
        if (node.isObject() && PLAN_FIELDS.stream().anyMatch(node::has)) {
            return ContestJson.readPlan(text.get(), fmt)
                    .fold(
                            ps -> new Outcome(name, "plan", "", ps.asJava()),
                            plan -> new Outcome(name, "plan", plan.name(), List.of()));
        }
        return new Outcome(
                name,
                "unknown",
                "",
                List.of(
                        Problem.at(
                                CliProblem.DOCUMENT_UNKNOWN,
                                "$",
                                name,
                                "competition | plan | indicator set | measurements | award definitions | candidates | award facts | decision problem (mcda) | ledger entries (.jsonl)")));
    }

    /**
     * Ledger entries, one JSON object per line (what {@code ledger generate} writes and {@code
     * append} reads), streamed: memory stays constant whatever the file's size, and every problem
     * of every bad line is listed. Text that is not UTF-8 is refused as a whole, as for the other
     * documents.
     */
    private static Outcome validateJsonLines(Path file) {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        long[] count = {0};
        int[] notUtf8 = {0};
        try (InputStream in = Files.newInputStream(file)) {
            LedgerJson.readEach(in, new LedgerJson.LineSink() {
                @Override
                public void entry(int lineNumber, Entry entry) {
                    count[0]++;
                }

                @Override
                public void bad(int lineNumber, String line, Seq<Problem> ps) {
                    ps.forEach(problems::add);
                }

                @Override
                public void notUtf8(int lineNumber) {
                    if (notUtf8[0] == 0) {
                        notUtf8[0] = lineNumber;
                    }
                }
            });
        } catch (NoSuchFileException e) {
            return unreadable(name, file, "文件不存在 / no such file");
        } catch (IOException | UncheckedIOException e) {
            return unreadable(name, file, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (notUtf8[0] > 0) {
            return unreadable(name, file, "不是 UTF-8 文本 / not UTF-8 text");
        }
        return problems.isEmpty()
                ? new Outcome(name, "ledger-entries", String.valueOf(count[0]), List.of())
                : new Outcome(name, "ledger-entries", "", problems);
    }

    private static Outcome unreadable(String name, Path file, String reason) {
        return new Outcome(name, "unknown", "", List.of(Problem.at(CliProblem.FILE_UNREADABLE, "$", file, reason)));
    }

    /** Measurements must name the competition's participants and periods and its set's indicators. */
    static List<Problem> crossCheck(Competition c, IndicatorSetRegistry registry, List<Measurement> ms) {
        List<Problem> problems = new ArrayList<>();
        Optional<IndicatorSet> set = registry.find(c.indicatorSet());
        for (int i = 0; i < ms.size(); i++) {
            Measurement m = ms.get(i);
            String path = "$[" + i + "]";
            if (c.participant(m.participant()).isEmpty()) {
                problems.add(Problem.at(
                        ModelProblem.UNKNOWN_REFERENCE, path + ".participant", "participant", m.participant()));
            }
            if (c.period(m.period()).isEmpty()) {
                problems.add(Problem.at(ModelProblem.UNKNOWN_REFERENCE, path + ".period", "period", m.period()));
            }
            if (set.isPresent() && set.get().indicator(m.indicator()).isEmpty()) {
                problems.add(
                        Problem.at(ModelProblem.UNKNOWN_REFERENCE, path + ".indicator", "indicator", m.indicator()));
            }
        }
        return problems;
    }

    private void print(List<Outcome> outcomes) {
        switch (format.format) {
            case json -> {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Outcome o : outcomes) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", o.file());
                    m.put("document", o.document());
                    m.put("valid", o.valid());
                    m.put("summary", o.summary());
                    m.put("problems", o.problems());
                    list.add(m);
                }
                out().print(Table.json(list));
            }
            case csv -> {
                Table t = new Table(
                        Table.col("file", "文件", "file"),
                        Table.col("document", "文档", "document"),
                        Table.col("code", "代码", "code"),
                        Table.col("path", "位置", "path"),
                        Table.col("participant", "参赛者", "participant"),
                        Table.col("line", "行", "line"),
                        Table.col("message", "说明", "message"));
                for (Outcome o : outcomes) {
                    for (Problem p : o.problems()) {
                        t.add(
                                o.file(),
                                o.document(),
                                p.codeName(),
                                p.path(),
                                p.participant(),
                                p.line(),
                                p.message(lang.locale()));
                    }
                }
                t.print(out(), OutputFormat.csv, lang);
            }
            case table -> {
                for (Outcome o : outcomes) {
                    String kind = documentLabel(o.document());
                    if (o.valid()) {
                        out().println("✓ " + o.file() + "  " + kind
                                + (o.summary().isEmpty() ? "" : "  " + o.summary()));
                    } else {
                        out().println("✗ " + o.file() + "  " + kind + "  "
                                + lang.pick(
                                        o.problems().size() + " 个问题",
                                        o.problems().size() + " problem(s)"));
                        o.problems()
                                .forEach(p -> out().println("    " + TerminalText.escape(p.message(lang.locale()))));
                    }
                }
            }
        }
        out().flush();
    }

    private String documentLabel(String document) {
        return switch (document) {
            case "competition" -> lang.pick("竞赛", "competition");
            case "plan" -> lang.pick("竞赛方案", "plan");
            case "indicator-set" -> lang.pick("指标体系", "indicator set");
            case "measurements" -> lang.pick("测量数据", "measurements");
            case "awards" -> lang.pick("奖项定义", "award definitions");
            case "ledger-entries" -> lang.pick("台账记录", "ledger entries");
            case "mcda-problem" -> lang.pick("多准则决策问题", "decision problem");
            case "candidates" -> lang.pick("评奖候选者", "award candidates");
            case "award-facts" -> lang.pick("评奖事实", "award facts");
            default -> lang.pick("未知文档", "unknown document");
        };
    }
}
