// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.model.LocalizedText;
import io.github.laborcontest.model.Participant;
import io.github.laborcontest.model.ParticipantId;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.scoring.CumulativeResult;
import io.github.laborcontest.scoring.GradeResult;
import io.github.laborcontest.scoring.PeriodResult;
import io.github.laborcontest.scoring.RankedEntry;
import io.github.laborcontest.scoring.Ranking;
import io.github.laborcontest.scoring.Scorer;
import io.github.laborcontest.scoring.ScoringOptions;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code contest rank COMPETITION [MEASUREMENTS] [--journal DIR [--as-of DATE|TIME]]}: the rankings only, overall and per group (the
 * plan's {@code ranking.groupBy}), with grades, tie-break decisions and disqualifications, as a
 * table, CSV or JSON.
 */
@Command(
        name = "rank",
        mixinStandardHelpOptions = true,
        description = {
            "只输出排名：总排名及各分组排名，含等次、并列判定与一票否决。",
            "The rankings only: overall and per group, with grades, tie-break decisions and disqualifications."
        })
final class RankCliCommand extends CliCommand {

    /** The period value that ranks by the weighted cumulative total. */
    static final String CUMULATIVE = "cumulative";

    @Parameters(index = "0", paramLabel = "COMPETITION", description = "竞赛文件（JSON/YAML）/ competition file")
    Path competition = Path.of("");

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "MEASUREMENTS",
            description = "测量数据文件（JSON/YAML 数组）；有 --journal 时可省 / measurements file; optional with --journal")
    Optional<Path> measurements = Optional.empty();

    @Mixin
    LedgerSource source = new LedgerSource();

    @Option(
            names = "--period",
            paramLabel = "ID",
            defaultValue = CUMULATIVE,
            description = "考评周期，或 cumulative 累计积分 / period id, or cumulative (默认 default: ${DEFAULT-VALUE})")
    String period = CUMULATIVE;

    @Option(names = "--set", paramLabel = "FILE", description = "指标体系文件 / indicator set file (默认 default: registry)")
    Optional<Path> set = Optional.empty();

    @Mixin
    FormatOption format = new FormatOption();

    /** The rankings and grades of one scoring run. */
    record Ranked(Ranking overall, List<Ranking> groups, List<GradeResult> grades) {}

    @Override
    public Integer call() {
        Validation<Seq<Problem>, ContestInputs> inputs = source.read(spec, competition, set, measurements);
        if (inputs.isInvalid()) {
            return invalid(inputs.getError().asJava(), format.format);
        }
        ContestInputs in = inputs.get();
        Validation<Seq<Problem>, Ranked> ranked = rank(in, period);
        if (ranked.isInvalid()) {
            return invalid(ranked.getError().asJava(), format.format);
        }
        Table t = new Table(
                Table.col("group", "分组", "group"),
                Table.col("rank", "名次", "rank"),
                Table.col("participant", "编号", "id"),
                Table.col("name", "名称", "name"),
                Table.col("total", "总分", "total"),
                Table.col("grade", "等次", "grade"),
                Table.col("note", "说明", "note"));
        Ranked r = ranked.get();
        addRows(t, r.overall(), in, r.grades());
        for (Ranking g : r.groups()) {
            addRows(t, g, in, r.grades());
        }
        t.print(out(), format.format, lang);
        return ContestCli.OK;
    }

    static Validation<Seq<Problem>, Ranked> rank(ContestInputs in, String period) {
        Scorer scorer = Scorer.create();
        if (CUMULATIVE.equals(period)) {
            Validation<Seq<Problem>, CumulativeResult> r =
                    scorer.scoreCumulative(in.competition(), in.set(), in.measurements(), ScoringOptions.DEFAULT);
            return r.map(c -> new Ranked(c.overall(), c.groups(), c.grades()));
        }
        Validation<Seq<Problem>, PeriodResult> r =
                scorer.scorePeriod(in.competition(), in.set(), in.measurements(), PeriodId.of(period));
        return r.map(p -> new Ranked(p.overall(), p.groups(), p.grades()));
    }

    private void addRows(Table t, Ranking ranking, ContestInputs in, List<GradeResult> grades) {
        String group = ranking.group()
                .map(g -> g.key().label().in(lang.locale()) + "=" + g.value())
                .orElse(lang.pick("全部", "all"));
        for (RankedEntry e : ranking.entries()) {
            List<String> notes = new ArrayList<>();
            if (!e.tiedWith().isEmpty()) {
                notes.add(lang.pick("并列：", "tied with ")
                        + e.tiedWith().stream().map(ParticipantId::value).collect(Collectors.joining(", ")));
            }
            e.decidedBy()
                    .ifPresent(d -> notes.add(lang.pick("并列判定：", "tie broken by ")
                            + d.by().label().in(lang.locale()) + (d.ref().isEmpty() ? "" : " " + d.ref()) + " "
                            + d.value() + " vs " + d.otherValue() + " ("
                            + d.over().value() + ")"));
            t.add(
                    group,
                    e.rank(),
                    e.participant().value(),
                    name(in, e.participant()),
                    e.total(),
                    grade(grades, e.participant()),
                    String.join("; ", notes));
        }
        for (Ranking.Disqualification d : ranking.disqualified()) {
            String why = d.vetoes().stream()
                    .map(v -> v.indicator().value() + " @" + v.firedIn().value())
                    .collect(Collectors.joining(", "));
            t.add(
                    group,
                    null,
                    d.participant().value(),
                    name(in, d.participant()),
                    d.total(),
                    null,
                    lang.pick("一票否决：", "vetoed: ") + why);
        }
    }

    private static String name(ContestInputs in, ParticipantId id) {
        return in.competition().participant(id).map(Participant::name).orElse(id.value());
    }

    private Optional<String> grade(List<GradeResult> grades, ParticipantId id) {
        return grades.stream()
                .filter(g -> g.participant().equals(id))
                .findFirst()
                .flatMap(GradeResult::label)
                .map((LocalizedText l) -> l.in(lang.locale()));
    }
}
