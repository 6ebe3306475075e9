// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

/** How tabular output is written. */
public enum OutputFormat {
    /** Indented JSON, for programs. */
    json,
    /** An aligned text table, for people (the default). */
    table,
    /** RFC 4180 comma-separated values with a header row. */
    csv
}
