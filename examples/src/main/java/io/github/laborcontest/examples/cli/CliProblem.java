// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.model.problem.ProblemCode;

/** The problems the command-line tool itself reports, beyond those of the library modules. */
public enum CliProblem implements ProblemCode {
    /** A file cannot be read; args: file, reason. */
    FILE_UNREADABLE("cli.file-unreadable"),
    /** A document whose kind the tool cannot tell; args: file, what was expected. */
    DOCUMENT_UNKNOWN("cli.document-unknown"),
    /** A file cannot be written; args: file, reason. */
    FILE_UNWRITABLE("cli.file-unwritable"),
    /** A journal holds no entry of the competition being scored; args: journal, competition, as of. */
    LEDGER_NO_ENTRIES("cli.ledger-no-entries"),
    /** A journal is damaged and {@code --allow-damaged} was not given; args: journal, damage. */
    LEDGER_DAMAGED("cli.ledger-damaged");

    private final String code;

    CliProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String bundleBaseName() {
        return "io.github.laborcontest.examples.cli.problems";
    }
}
