// SPDX-License-Identifier: Apache-2.0
/**
 * The publishable results page (公示): one self-contained HTML file with the rankings per group,
 * each participant's score breakdown with the reasons for deductions and vetoes, award decisions
 * with their reasons, and charts (score composition, distribution, period trend) as inline SVG.
 * It needs no network access. {@link io.github.laborcontest.examples.report.ResultsPage} is the
 * page's input model, {@link io.github.laborcontest.examples.report.ResultsPages} builds it from
 * scoring and award results, and {@link io.github.laborcontest.examples.report.HtmlReport}
 * renders it.
 */
@NullMarked
package io.github.laborcontest.examples.report;

import org.jspecify.annotations.NullMarked;
