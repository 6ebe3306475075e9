// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.awards.AwardDefinition;
import io.github.laborcontest.awards.AwardEngine;
import io.github.laborcontest.awards.AwardInput;
import io.github.laborcontest.awards.AwardJson;
import io.github.laborcontest.awards.AwardRegistry;
import io.github.laborcontest.awards.AwardsReport;
import io.github.laborcontest.awards.Candidate;
import io.github.laborcontest.examples.report.HtmlReport;
import io.github.laborcontest.examples.report.ResultsPage;
import io.github.laborcontest.examples.report.ResultsPages;
import io.github.laborcontest.model.PeriodId;
import io.github.laborcontest.model.json.ContestJson;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.scoring.CumulativeResult;
import io.github.laborcontest.scoring.PeriodResult;
import io.github.laborcontest.scoring.Scorer;
import io.github.laborcontest.scoring.ScoringOptions;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code contest report COMPETITION [MEASUREMENTS] [--journal DIR [--as-of DATE|TIME]]}: writes the publishable results page (公示), one
 * self-contained HTML file with rankings per group, score breakdowns, award decisions with reasons
 * and inline SVG charts; cumulative by default, or one period's results with {@code --period ID}.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "生成结果公示页：自包含 HTML（分组排名、得分明细、评先评优理由、内嵌 SVG 图表），无需联网。",
            "Write the results page for publication: one self-contained HTML file (rankings per group, score"
                    + " breakdowns, award decisions with reasons, inline SVG charts) that needs no network."
        })
final class ReportCommand extends CliCommand {

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

    @Option(names = "--set", paramLabel = "FILE", description = "指标体系文件 / indicator set file (默认 default: registry)")
    Optional<Path> set = Optional.empty();

    @Option(
            names = "--period",
            paramLabel = "ID",
            defaultValue = RankCliCommand.CUMULATIVE,
            description = "公示的考评周期（月度、季度），或 cumulative 累计积分 / the period to publish (monthly,"
                    + " quarterly), or cumulative (默认 default: ${DEFAULT-VALUE})")
    String period = RankCliCommand.CUMULATIVE;

    @Option(names = "--awards", paramLabel = "FILE", description = "奖项定义（JSON/YAML 数组）/ award definitions")
    Optional<Path> awards = Optional.empty();

    @Option(
            names = "--facts",
            paramLabel = "FILE",
            description = "评奖所需的其他事实（如纪律处分）/ other facts award conditions need (e.g. disciplinary record)")
    Optional<Path> facts = Optional.empty();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            defaultValue = "results.html",
            description = "输出文件 / output file (默认 default: ${DEFAULT-VALUE})")
    Path output = Path.of("results.html");

    @Option(names = "--published-on", paramLabel = "DATE", description = "公示日期 / publication date (默认 default: today)")
    Optional<LocalDate> publishedOn = Optional.empty();

    @Option(
            names = "--objection-days",
            paramLabel = "N",
            defaultValue = "7",
            description = "公示期天数 / objection window in days (默认 default: ${DEFAULT-VALUE})")
    int objectionDays = 7;

    @Override
    public Integer call() {
        Validation<Seq<Problem>, ContestInputs> inputs = source.read(spec, competition, set, measurements);
        if (inputs.isInvalid()) {
            return invalid(inputs.getError().asJava(), OutputFormat.table);
        }
        ContestInputs in = inputs.get();
        Validation<Seq<Problem>, CumulativeResult> scored =
                Scorer.create().scoreCumulative(in.competition(), in.set(), in.measurements(), ScoringOptions.DEFAULT);
        if (scored.isInvalid()) {
            return invalid(scored.getError().asJava(), OutputFormat.table);
        }
        Optional<PeriodResult> only = Optional.empty();
        if (!RankCliCommand.CUMULATIVE.equals(period)) {
            only = scored.get().periods().stream()
                    .filter(r -> r.period().value().equals(period))
                    .findFirst();
            if (only.isEmpty()) {
                // not a period of the competition: the scorer names the problem, as `score --period` does
                Validation<Seq<Problem>, PeriodResult> alone =
                        Scorer.create().scorePeriod(in.competition(), in.set(), in.measurements(), PeriodId.of(period));
                if (alone.isInvalid()) {
                    return invalid(alone.getError().asJava(), OutputFormat.table);
                }
                throw new CommandLine.ParameterException(spec.commandLine(), "未知的考评周期 / unknown period: " + period);
            }
        }
        Validation<Seq<Problem>, Optional<AwardsReport>> decided = decideAwards(in, scored.get(), only);
        if (decided.isInvalid()) {
            return invalid(decided.getError().asJava(), OutputFormat.table);
        }
        ResultsPage page = only.isPresent()
                ? ResultsPages.ofPeriod(
                        in.competition(),
                        in.set(),
                        scored.get(),
                        only.get().period(),
                        decided.get(),
                        publishedOn.orElse(LocalDate.now()),
                        objectionDays)
                : ResultsPages.of(
                        in.competition(),
                        in.set(),
                        scored.get(),
                        decided.get(),
                        publishedOn.orElse(LocalDate.now()),
                        objectionDays);
        String html = HtmlReport.render(page, lang.locale());
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, html);
        } catch (IOException e) {
            return invalid(
                    List.of(Problem.at(CliProblem.FILE_UNWRITABLE, "$", output, e.getMessage())), OutputFormat.table);
        }
        out().println(lang.pick("已生成结果公示页：", "results page written: ")
                + output
                + lang.pick(
                        "（" + page.cards().size() + " 个参赛者，" + page.awards().size() + " 个奖项）",
                        " (" + page.cards().size() + " participants, "
                                + page.awards().size() + " awards)"));
        out().flush();
        return ContestCli.OK;
    }

    private Validation<Seq<Problem>, Optional<AwardsReport>> decideAwards(
            ContestInputs in, CumulativeResult result, Optional<PeriodResult> only) {
        if (awards.isEmpty()) {
            return Validation.valid(Optional.empty());
        }
        Validation<Seq<Problem>, AwardRegistry> registry = AwardRegistry.discover();
        if (registry.isInvalid()) {
            return Validation.invalid(registry.getError());
        }
        Path file = awards.get();
        Validation<Seq<Problem>, List<AwardDefinition>> definitions = Inputs.read(file)
                .flatMap(t ->
                        AwardJson.readDefinitions(t, ContestJson.Format.ofFileName(file.toString()), registry.get()));
        if (definitions.isInvalid()) {
            return Validation.invalid(definitions.getError());
        }
        Validation<Seq<Problem>, AwardFacts> known =
                facts.isPresent() ? AwardFacts.read(facts.get(), in.competition()) : Validation.valid(AwardFacts.NONE);
        if (known.isInvalid()) {
            return Validation.invalid(known.getError());
        }
        List<Candidate> candidates = known.get()
                .applyTo(
                        only.isPresent()
                                ? ResultsPages.candidates(in.competition(), in.set(), only.get())
                                : ResultsPages.candidates(in.competition(), in.set(), result));
        AwardsReport report = AwardEngine.create(registry.get())
                .decideAll(definitions.get(), AwardInput.of(in.competition(), candidates));
        return Validation.valid(Optional.of(report));
    }
}
