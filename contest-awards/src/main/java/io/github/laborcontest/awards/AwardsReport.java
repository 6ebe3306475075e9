// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.laborcontest.awards.internal.ReportText;
import io.github.laborcontest.model.CompetitionId;
import io.github.laborcontest.model.json.ContestJson;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * All award decisions of a competition, as an organiser could publish them (公示): for every award
 * and candidate the outcome and every reason, with the facts used. {@link #toJson()} is the
 * publishable document; {@link #render(Locale)} is a text for people (do not parse it).
 *
 * @param competition the competition's id
 * @param competitionName the competition's name
 * @param entrants the number of entrants of the event
 * @param results one per award, in the order the awards were given
 * @since 0.1.0
 */
@JsonPropertyOrder({"competition", "competitionName", "entrants", "results"})
public record AwardsReport(CompetitionId competition, String competitionName, int entrants, List<AwardResult> results) {

    /** Checks and copies the fields. */
    public AwardsReport {
        Objects.requireNonNull(competition, "competition");
        Objects.requireNonNull(competitionName, "competitionName");
        results = List.copyOf(results);
    }

    /**
     * The result of one award.
     *
     * @param award the award's id
     * @return its result, if it was decided
     */
    public Optional<AwardResult> result(AwardId award) {
        return results.stream().filter(r -> r.award().equals(award)).findFirst();
    }

    /**
     * The report as deterministic, indented JSON: the same report gives byte-identical text.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ContestJson.writeJson(this);
    }

    /**
     * The report as text for people, in Chinese (default) or English. Do not parse it; use {@link
     * #toJson()}.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String render(Locale locale) {
        return ReportText.render(this, locale);
    }
}
