// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of commands with tabular output. */
final class FormatOption {

    @Option(
            names = "--format",
            paramLabel = "json|table|csv",
            defaultValue = "table",
            description = "输出格式 / output format: ${COMPLETION-CANDIDATES} (默认 default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.table;
}
