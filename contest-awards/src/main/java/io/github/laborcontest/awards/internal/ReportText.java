// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards.internal;

import io.github.laborcontest.awards.AwardDecision;
import io.github.laborcontest.awards.AwardResult;
import io.github.laborcontest.awards.AwardsReport;
import io.github.laborcontest.awards.CriterionOutcome;
import io.github.laborcontest.model.LocalizedText;
import java.util.Locale;

/** Renders a report as text for people, in Chinese or English. */
public final class ReportText {

    private ReportText() {}

    /**
     * Renders a report.
     *
     * @param report the report
     * @param locale Chinese (default) or English
     * @return the text
     */
    public static String render(AwardsReport report, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append(en ? "Award decisions (for publication): " : "评选结果公示：")
                .append(report.competitionName())
                .append(" (")
                .append(report.competition().value())
                .append(")\n");
        sb.append(en ? "Entrants: " : "参赛数：").append(report.entrants()).append('\n');
        for (AwardResult r : report.results()) {
            sb.append('\n')
                    .append("== ")
                    .append(r.name().in(locale))
                    .append(" [")
                    .append(r.nature().label().in(locale))
                    .append("]\n");
            r.description()
                    .ifPresent(t -> sb.append(en ? "Rule: " : "规则：")
                            .append(t.in(locale))
                            .append('\n'));
            r.quota()
                    .ifPresent(q -> sb.append(en ? "Quota: " : "名额：")
                            .append(q.in(locale))
                            .append('\n'));
            r.places()
                    .ifPresent(
                            p -> sb.append(en ? "Places: " : "名额数：").append(p).append('\n'));
            StringBuilder counts = new StringBuilder();
            for (io.github.laborcontest.awards.Selection s : io.github.laborcontest.awards.Selection.values()) {
                long n = r.decisions().stream().filter(d -> d.selection() == s).count();
                if (n > 0) {
                    counts.append(counts.length() == 0 ? "" : en ? ", " : "，")
                            .append(s.label().in(locale))
                            .append(' ')
                            .append(n);
                }
            }
            if (counts.length() > 0) {
                sb.append(en ? "Outcome: " : "结果：").append(counts).append('\n');
            }
            for (AwardDecision d : r.decisions()) {
                sb.append("- ")
                        .append(d.name())
                        .append(" (")
                        .append(d.participant().value())
                        .append(")");
                d.rank()
                        .ifPresent(k -> sb.append(en ? ", rank " : "，名次 ")
                                .append(k)
                                .append(d.rankShared() ? (en ? " (shared)" : "（并列）") : ""));
                d.total().ifPresent(t -> sb.append(en ? ", total " : "，总分 ").append(t));
                sb.append(": ").append(d.selection().label().in(locale));
                if (!d.eligibility().missingFacts().isEmpty()) {
                    sb.append(en ? "; missing facts: " : "；缺少事实：")
                            .append(d.eligibility().missingFacts().stream()
                                    .map(f -> io.github.laborcontest.awards.FactNames.label(f)
                                            .map(l -> l.in(locale) + " (" + f + ")")
                                            .orElse(f))
                                    .collect(java.util.stream.Collectors.joining(en ? ", " : "、")));
                }
                d.eligibility()
                        .flagReason()
                        .ifPresent(f -> sb.append(en ? "; " : "；").append(f.in(locale)));
                sb.append('\n');
                for (LocalizedText n : d.notes()) {
                    sb.append("    * ").append(n.in(locale)).append('\n');
                }
                for (CriterionOutcome c : d.eligibility().criteria()) {
                    sb.append(c.render(locale, "    "));
                }
            }
        }
        return sb.toString();
    }
}
