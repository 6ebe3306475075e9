// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.scoring;

import io.github.laborcontest.model.Competition;
import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.Measurement;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.github.laborcontest.scoring.CumulativeResult;
import io.github.laborcontest.scoring.GradeResult;
import io.github.laborcontest.scoring.PeriodResult;
import io.github.laborcontest.scoring.RankedEntry;
import io.github.laborcontest.scoring.Ranking;
import io.github.laborcontest.scoring.ScoreCard;
import io.github.laborcontest.scoring.Scorer;
import io.github.laborcontest.scoring.ScoringOptions;
import io.github.laborcontest.scoring.VetoOutcome;
import io.github.laborcontest.scoring.explain.Explanations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code contest score}: scores and ranks a competition from files and prints the ranking with
 * explanations. Period {@code "cumulative"} scores every period and ranks by the weighted
 * cumulative total (积分).
 *
 * <pre>{@code
 * int code = ScoreCommand.run(Path.of("data/skill-plan.json"), null,
 *     Path.of("data/skill-measurements.json"), "2026-event", System.out, Locale.CHINESE, "table");
 * }</pre>
 *
 * <p>Exit codes: 0 the ranking was printed; 1 the input is invalid (every problem is printed, in
 * the chosen language, or as JSON with format {@code json}); 2 a file cannot be read.
 */
public final class ScoreCommand {
    /** Exit code: ranking printed. */
    public static final int OK = 0;
    /** Exit code: invalid input. */
    public static final int INVALID = 1;
    /** Exit code: a file cannot be read (as every {@code contest} subcommand). */
    public static final int UNREADABLE = 2;
    /** The period name that asks for the cumulative total. */
    public static final String CUMULATIVE = "cumulative";

    private ScoreCommand() {}

    /**
     * Scores and prints.
     *
     * @param competition the competition file (JSON or YAML)
     * @param indicatorSet the indicator set file, or null to take the competition's set from the
     *     {@link IndicatorSetRegistry} (built-in and plugin sets)
     * @param measurements the measurements file (a JSON or YAML array)
     * @param period the period id, or {@value #CUMULATIVE}
     * @param out where to print
     * @param lang {@link Locale#CHINESE} (default) or {@link Locale#ENGLISH}
     * @param formatName {@code table} (ranking, then each card's explanation), {@code csv} or {@code
     *     json} (the full result, deterministic); case does not matter
     * @return the exit code
     */
    public static int run(
            Path competition,
            @Nullable Path indicatorSet,
            Path measurements,
            String period,
            PrintStream out,
            Locale lang,
            String formatName) {
        boolean en = "en".equals(lang.getLanguage());
        String format = formatName.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(format)) {
            out.println((en ? "unknown format: " : "未知格式：") + format + " (table|csv|json)");
            return INVALID;
        }
        Validation<Seq<Problem>, String> ct = read(competition, out, en);
        if (ct.isInvalid()) {
            return UNREADABLE;
        }
        Validation<Seq<Problem>, Competition> c =
                ContestJson.readCompetition(ct.get(), ContestJson.Format.ofFileName(competition.toString()));
        if (c.isInvalid()) {
            return problems(c.getError(), competition, out, lang, format);
        }
        Validation<Seq<Problem>, String> st = indicatorSet == null ? Validation.valid("") : read(indicatorSet, out, en);
        if (st.isInvalid()) {
            return UNREADABLE;
        }
        Validation<Seq<Problem>, IndicatorSet> set = indicatorSet == null
                ? IndicatorSetRegistry.discover()
                        .flatMap(r -> r.require(c.get().indicatorSet()).mapError(io.vavr.collection.List::of))
                : ContestJson.readIndicatorSet(st.get(), ContestJson.Format.ofFileName(indicatorSet.toString()));
        if (set.isInvalid()) {
            return problems(set.getError(), indicatorSet == null ? competition : indicatorSet, out, lang, format);
        }
        Validation<Seq<Problem>, String> mt = read(measurements, out, en);
        if (mt.isInvalid()) {
            return UNREADABLE;
        }
        Validation<Seq<Problem>, List<Measurement>> ms =
                ContestJson.readMeasurements(mt.get(), ContestJson.Format.ofFileName(measurements.toString()));
        if (ms.isInvalid()) {
            return problems(ms.getError(), measurements, out, lang, format);
        }
        return print(c.get(), set.get(), ms.get(), period, out, lang, format);
    }

    /**
     * Scores inputs already read (for example measurements taken from a ledger) and prints.
     *
     * @param competition the competition
     * @param set its indicator set
     * @param measurements the measurements
     * @param period the period id, or {@value #CUMULATIVE}
     * @param out where to print
     * @param lang {@link Locale#CHINESE} (default) or {@link Locale#ENGLISH}
     * @param formatName {@code table}, {@code csv} or {@code json}, as {@link #run}
     * @return the exit code: 0, or 1 if scoring found problems (printed)
     */
    public static int print(
            Competition competition,
            IndicatorSet set,
            List<Measurement> measurements,
            String period,
            PrintStream out,
            Locale lang,
            String formatName) {
        boolean en = "en".equals(lang.getLanguage());
        String format = formatName.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(format)) {
            out.println((en ? "unknown format: " : "未知格式：") + format + " (table|csv|json)");
            return INVALID;
        }
        Scorer scorer = Scorer.create();
        Map<ParticipantId, String> names = new HashMap<>();
        competition.participants().forEach(p -> names.put(p.id(), p.name()));
        if (CUMULATIVE.equals(period)) {
            Validation<Seq<Problem>, CumulativeResult> r =
                    scorer.scoreCumulative(competition, set, measurements, ScoringOptions.DEFAULT);
            if (r.isInvalid()) {
                return problems(r.getError(), null, out, lang, format);
            }
            CumulativeResult result = r.get();
            if (format.equals("json")) {
                out.print(ContestJson.writeJson(result));
                return OK;
            }
            if (format.equals("table")) {
                out.println((en ? "Cumulative ranking (weighted periods) of " : "累计积分排名（各周期加权）：")
                        + result.competition().value());
            }
            printRanking(result.overall(), result.grades(), names, out, en, format);
            if (format.equals("table")) {
                out.println();
                out.println(
                        en
                                ? "participant | period | total | counted | weight | contributes"
                                : "参赛者 | 周期 | 得分 | 是否计入 | 权重 | 计入积分");
                for (CumulativeResult.Entry e : result.entries()) {
                    for (CumulativeResult.PeriodPart p : e.periods()) {
                        out.println(String.join(
                                " | ",
                                e.participant().value(),
                                p.period().value(),
                                p.total().value().toPlainString(),
                                p.counted() ? (en ? "yes" : "是") : (en ? "no (vetoed)" : "否（一票否决）"),
                                p.weight().toPlainString(),
                                p.contribution().value().toPlainString()));
                    }
                }
                for (PeriodResult pr : result.periods()) {
                    printCards(pr, out, lang);
                }
            }
            return OK;
        }
        Validation<Seq<Problem>, PeriodResult> r =
                scorer.scorePeriod(competition, set, measurements, PeriodId.of(period));
        if (r.isInvalid()) {
            return problems(r.getError(), null, out, lang, format);
        }
        PeriodResult result = r.get();
        switch (format) {
            case "json" -> out.print(ContestJson.writeJson(result));
            case "csv" -> printRanking(result.overall(), result.grades(), names, out, en, format);
            default -> {
                out.println((en ? "Ranking of " : "排名：") + result.competition().value() + " · "
                        + result.period().value() + " · "
                        + result.indicatorSet().code() + "@"
                        + result.indicatorSet().version());
                printRanking(result.overall(), result.grades(), names, out, en, format);
                for (Ranking g : result.groups()) {
                    Ranking.Group group = g.group().orElseThrow();
                    out.println();
                    out.println((en ? "Group " : "分组 ") + group.key().label().in(lang) + " = " + group.value());
                    printRanking(g, List.of(), names, out, en, format);
                }
                printCards(result, out, lang);
            }
        }
        return OK;
    }

    private static void printCards(PeriodResult result, PrintStream out, Locale lang) {
        for (RankedEntry e : result.overall().entries()) {
            out.println();
            out.print(Explanations.summarize(result.card(e.participant()).orElseThrow(), lang));
        }
        for (Ranking.Disqualification d : result.overall().disqualified()) {
            out.println();
            ScoreCard card = result.card(d.participant()).orElseThrow();
            out.print(Explanations.summarize(card, lang));
        }
    }

    private static void printRanking(
            Ranking ranking,
            List<GradeResult> grades,
            Map<ParticipantId, String> names,
            PrintStream out,
            boolean en,
            String format) {
        Map<ParticipantId, String> gradeOf = new HashMap<>();
        for (GradeResult g : grades) {
            gradeOf.put(
                    g.participant(),
                    g.pendingDecision()
                            ? (en ? "pending: " : "待定：") + String.join("/", g.candidates())
                            : g.label()
                                    .map(l -> l.in(en ? Locale.ENGLISH : Locale.CHINESE))
                                    .orElse(""));
        }
        boolean csv = format.equals("csv");
        String sep = csv ? "," : " | ";
        out.println(String.join(
                sep,
                en
                        ? List.of("rank", "participant", "name", "total", "grade", "note")
                        : List.of("名次", "参赛者", "名称", "总分", "等级", "说明")));
        for (RankedEntry e : ranking.entries()) {
            String note = "";
            if (!e.tiedWith().isEmpty()) {
                note = (en ? "tied with " : "与 ")
                        + e.tiedWith().stream()
                                .filter(x -> !x.equals(e.participant()))
                                .map(ParticipantId::value)
                                .reduce((a, b) -> a + " " + b)
                                .orElse("")
                        + (en ? "" : " 并列");
            } else if (e.decidedBy().isPresent()) {
                RankedEntry.TieBreakDecision d = e.decidedBy().get();
                note = (en ? "ahead of " + d.over() + " by " : "以")
                        + d.by().label().in(en ? Locale.ENGLISH : Locale.CHINESE)
                        + (d.ref().isEmpty() ? "" : " " + d.ref()) + " " + d.value() + (en ? " vs " : " 对 ")
                        + d.otherValue()
                        + (en ? "" : " 领先 " + d.over());
            }
            out.println(String.join(
                    sep,
                    List.of(
                            e.rank().stripTrailingZeros().toPlainString(),
                            e.participant().value(),
                            cell(names.getOrDefault(e.participant(), ""), csv),
                            e.total().value().toPlainString(),
                            cell(gradeOf.getOrDefault(e.participant(), ""), csv),
                            cell(note, csv))));
        }
        for (Ranking.Disqualification d : ranking.disqualified()) {
            String reason = d.vetoes().stream()
                    .map(VetoOutcome::indicator)
                    .map(Object::toString)
                    .reduce((a, b) -> a + " " + b)
                    .orElse("");
            out.println(String.join(
                    sep,
                    List.of(
                            "-",
                            d.participant().value(),
                            cell(names.getOrDefault(d.participant(), ""), csv),
                            d.total().value().toPlainString(),
                            "",
                            cell((en ? "disqualified by veto " : "一票否决取消资格：") + reason, csv))));
        }
    }

    private static String cell(String text, boolean csv) {
        if (!csv || text.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static Validation<Seq<Problem>, String> read(Path file, PrintStream out, boolean en) {
        try {
            return Validation.valid(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            out.println((en ? "cannot read " : "无法读取 ") + file + ": " + e.getMessage());
            return Validation.invalid(io.vavr.collection.List.empty());
        }
    }

    private static int problems(
            Seq<Problem> problems, @Nullable Path file, PrintStream out, Locale lang, String format) {
        if (format.equals("json")) {
            out.print(ContestJson.writeJson(Map.of("problems", problems.toJavaList())));
            return INVALID;
        }
        for (Problem p : problems) {
            out.println((file == null ? "" : file.getFileName() + " ") + p.message(lang));
        }
        return INVALID;
    }
}
