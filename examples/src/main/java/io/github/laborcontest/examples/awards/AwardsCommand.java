// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.awards;

import io.github.laborcontest.awards.AwardDecision;
import io.github.laborcontest.awards.AwardDefinition;
import io.github.laborcontest.awards.AwardEngine;
import io.github.laborcontest.awards.AwardInput;
import io.github.laborcontest.awards.AwardJson;
import io.github.laborcontest.awards.AwardRegistry;
import io.github.laborcontest.awards.AwardResult;
import io.github.laborcontest.awards.AwardsReport;
import io.github.laborcontest.awards.CriterionOutcome;
import io.github.laborcontest.awards.Truth;
import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.json.ContestJson.Format;
import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code contest awards}: decides awards from files and prints the decisions with their reasons,
 * as an organiser would publish them (公示).
 *
 * <pre>{@code
 * int code = AwardsCommand.run(Path.of("data/skill-plan.json"), Path.of("candidates.json"),
 *     null, System.out, Locale.CHINESE, "table");
 * }</pre>
 *
 * <p>The candidates file is {@code {"entrants": n, "candidates": [...]}} (see {@code
 * docs/awards.md}). Exit codes: 0 the report was printed; 1 an input could not be read or is
 * invalid (every problem is printed, in the chosen language, or as a JSON array with format
 * {@code json}).
 */
public final class AwardsCommand {
    /** Exit code: report printed. */
    public static final int OK = 0;
    /** Exit code: invalid input. */
    public static final int INVALID = 1;

    /** Exit code: a file cannot be read (as every {@code contest} subcommand). */
    public static final int UNREADABLE = 2;

    private AwardsCommand() {}

    /**
     * Decides and prints.
     *
     * @param competition the competition file (JSON or YAML)
     * @param candidates the candidates file (JSON or YAML)
     * @param awards an award definitions file (a JSON or YAML array), or null for every registered
     *     award (built-in and plugins found by ServiceLoader)
     * @param out where to print
     * @param lang {@link Locale#CHINESE} (default) or {@link Locale#ENGLISH}
     * @param formatName {@code table} (the report as text), {@code json} (the publishable report,
     *     deterministic) or {@code csv} (one row per award and candidate: the selection, the
     *     eligibility and the reasons); case does not matter
     * @return the exit code
     */
    public static int run(
            Path competition, Path candidates, @Nullable Path awards, PrintStream out, Locale lang, String formatName) {
        boolean en = "en".equals(lang.getLanguage());
        String format = formatName.toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "csv").contains(format)) {
            out.println((en ? "unknown format: " : "未知格式：") + format + " (table|json|csv)");
            return INVALID;
        }
        boolean json = format.equals("json");
        var registry = AwardRegistry.discover();
        if (registry.isInvalid()) {
            return problems(registry.getError(), null, out, lang, json);
        }
        String competitionText;
        String candidatesText;
        String awardsText = null;
        try {
            competitionText = Files.readString(competition);
            candidatesText = Files.readString(candidates);
            if (awards != null) {
                awardsText = Files.readString(awards);
            }
        } catch (IOException e) {
            out.println((en ? "cannot read file: " : "无法读取文件：") + e.getMessage());
            return UNREADABLE;
        }
        var c = ContestJson.readCompetition(competitionText, Format.ofFileName(competition.toString()));
        if (c.isInvalid()) {
            return problems(c.getError(), competition, out, lang, json);
        }
        Competition comp = c.get();
        var input = AwardJson.readInput(comp, candidatesText, Format.ofFileName(candidates.toString()));
        if (input.isInvalid()) {
            return problems(input.getError(), candidates, out, lang, json);
        }
        List<AwardDefinition> definitions;
        if (awards == null || awardsText == null) {
            definitions = registry.get().awards();
        } else {
            var defs = AwardJson.readDefinitions(awardsText, Format.ofFileName(awards.toString()), registry.get());
            if (defs.isInvalid()) {
                return problems(defs.getError(), awards, out, lang, json);
            }
            definitions = defs.get();
        }
        AwardInput in = input.get();
        AwardsReport report = AwardEngine.create(registry.get()).decideAll(definitions, in);
        if (format.equals("csv")) {
            out.print(csv(report, lang));
        } else {
            out.print(json ? report.toJson() : report.render(lang));
        }
        return OK;
    }

    /**
     * The decisions as a table: one row per award and candidate, with the reasons of the decision
     * (the criteria not met, the facts missing, why it is flagged, the notes), in the given language.
     *
     * @param report the report
     * @param lang the language of names and reasons
     * @return RFC 4180 CSV with CRLF line ends and a header row of stable keys: {@code award,
     *     awardName, participant, name, rank, total, selection, eligibility, reasons}
     */
    public static String csv(AwardsReport report, Locale lang) {
        StringBuilder t =
                new StringBuilder("award,awardName,participant,name,rank,total,selection,eligibility,reasons\r\n");
        for (AwardResult r : report.results()) {
            for (AwardDecision d : r.decisions()) {
                List<String> reasons = new ArrayList<>();
                for (CriterionOutcome c : d.eligibility().criteria()) {
                    if (!c.kind().equals("flag")) {
                        unmet(c, lang, reasons);
                    }
                }
                if (!d.eligibility().missingFacts().isEmpty()) {
                    reasons.add(("en".equals(lang.getLanguage()) ? "missing facts: " : "缺少事实：")
                            + String.join(" ", d.eligibility().missingFacts()));
                }
                d.eligibility().flagReason().ifPresent(f -> reasons.add(f.in(lang)));
                d.notes().forEach(n -> reasons.add(n.in(lang)));
                List<String> cells = List.of(
                        r.award().value(),
                        r.name().in(lang),
                        d.participant().value(),
                        d.name(),
                        d.rank().map(String::valueOf).orElse(""),
                        d.total().map(p -> p.value().toPlainString()).orElse(""),
                        d.selection().code(),
                        d.eligibility().status().code(),
                        String.join("; ", reasons));
                t.append(String.join(
                                ",", cells.stream().map(AwardsCommand::cell).toList()))
                        .append("\r\n");
            }
        }
        return t.toString();
    }

    /** The innermost criteria that did not pass (failed or unknown), as "truth: text". */
    private static void unmet(CriterionOutcome c, Locale lang, List<String> out) {
        if (c.truth() == Truth.PASSED) {
            return;
        }
        List<CriterionOutcome> deeper =
                c.children().stream().filter(k -> k.truth() != Truth.PASSED).toList();
        if (deeper.isEmpty() || c.kind().equals("not")) {
            out.add(c.truth().label().in(lang)
                    + ("en".equals(lang.getLanguage()) ? ": " : "：")
                    + c.text().in(lang));
            return;
        }
        for (CriterionOutcome k : deeper) {
            unmet(k, lang, out);
        }
    }

    private static String cell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static int problems(
            Seq<Problem> problems, @Nullable Path file, PrintStream out, Locale lang, boolean json) {
        if (json) {
            out.print(ContestJson.writeJson(problems.asJava()));
        } else {
            for (Problem p : problems) {
                out.println((file == null ? "" : file.getFileName() + ": ") + p.message(lang));
            }
        }
        return INVALID;
    }
}
