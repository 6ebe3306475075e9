// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.awards;

import io.github.laborcontest.model.problem.ProblemCode;

/**
 * The problem codes of contest-awards: invalid award definitions and candidate lists, and
 * conflicts between award plugins. Messages are in {@code
 * io/github/laborcontest/awards/problems.properties} (Chinese) and {@code problems_en.properties}.
 *
 * @since 0.1.0
 */
public enum AwardProblem implements ProblemCode {
    /** Two definitions share an id; args: id. */
    DUPLICATE_AWARD("awards.duplicate-award"),
    /** Two plugin providers contribute the same award id; args: id, first provider, second provider. */
    DUPLICATE_PROVIDED_AWARD("awards.duplicate-provided-award"),
    /** Two plugin providers contribute the same predicate name; args: name, first provider, second provider. */
    DUPLICATE_PREDICATE("awards.duplicate-predicate"),
    /** A plugin provider could not be loaded or threw; args: provider class, detail. */
    PROVIDER_FAILED("awards.provider-failed"),
    /** A custom condition names a predicate no provider registers; args: name, known names. */
    UNKNOWN_PREDICATE("awards.unknown-predicate"),
    /** A custom predicate refused its parameters; args: name, detail. */
    BAD_PREDICATE_PARAMS("awards.bad-predicate-params"),
    /** A flag condition without a reason; args: none. */
    FLAG_REASON_MISSING("awards.flag-reason-missing"),
    /** Two candidates share a participant id; args: id. */
    DUPLICATE_CANDIDATE("awards.duplicate-candidate"),
    /** Two candidates share a rank but are not marked as shared; args: rank, other participant. */
    RANK_SHARE_INCONSISTENT("awards.rank-share-inconsistent"),
    /** The declared number of entrants is below the number of candidates; args: entrants, candidates. */
    ENTRANTS_BELOW_CANDIDATES("awards.entrants-below-candidates"),
    /** A JSON null where a value or nothing is expected (unknown values are left out); args: none. */
    NULL_VALUE("awards.null-value"),
    /** No award with this id is registered; args: id. */
    UNKNOWN_AWARD("awards.unknown-award");

    private final String code;

    AwardProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String bundleBaseName() {
        return "io.github.laborcontest.awards.problems";
    }
}
