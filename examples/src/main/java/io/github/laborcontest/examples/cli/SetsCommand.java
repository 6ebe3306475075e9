// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.model.IndicatorSet;
import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.model.registry.IndicatorSetRegistry;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code contest sets}: lists the indicator sets registered through {@code
 * IndicatorSetProvider}s on the class path (built-in and plugins).
 */
@Command(
        name = "sets",
        mixinStandardHelpOptions = true,
        description = {
            "列出类路径上注册的指标体系（内置与插件）。",
            "List the indicator sets registered on the class path (built-in and plugins)."
        })
final class SetsCommand extends CliCommand {

    @Mixin
    FormatOption format = new FormatOption();

    @Override
    public Integer call() {
        Validation<Seq<Problem>, IndicatorSetRegistry> discovered = IndicatorSetRegistry.discover();
        if (discovered.isInvalid()) {
            return invalid(discovered.getError().asJava(), format.format);
        }
        IndicatorSetRegistry registry = discovered.get();
        Table t = new Table(
                Table.col("code", "代码", "code"),
                Table.col("version", "版本", "version"),
                Table.col("kind", "竞赛类别", "kind"),
                Table.col("name", "名称", "name"),
                Table.col("totalPoints", "总分", "total"),
                Table.col("dimensions", "维度数", "dimensions"),
                Table.col("indicators", "指标数", "indicators"),
                Table.col("provider", "提供者", "provider"));
        for (IndicatorSet s : registry.sets()) {
            t.add(
                    s.code(),
                    s.version(),
                    s.kind().code(),
                    s.name(),
                    s.totalPoints(),
                    s.dimensions().size(),
                    (int) s.indicators().count(),
                    registry.providerOf(s.ref()).orElse(""));
        }
        t.print(out(), format.format, lang);
        return ContestCli.OK;
    }
}
