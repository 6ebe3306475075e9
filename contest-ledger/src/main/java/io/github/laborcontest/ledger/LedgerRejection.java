// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.ledger;

import io.github.laborcontest.model.problem.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why the ledger refused an entry; nothing was written. Carries the problems found, each with a
 * code, a JSON path and arguments, rendered in Chinese or English.
 *
 * @param entryId the refused entry's id, if it had one
 * @param code the main reason
 * @param problems every problem found (at least one)
 * @since 0.1.0
 */
public record LedgerRejection(Optional<EntryId> entryId, LedgerProblem code, List<Problem> problems) {

    /** Checks and copies. */
    public LedgerRejection {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(code, "code");
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
    }

    /**
     * A rejection with one problem at the root of the entry.
     *
     * @param id the entry's id
     * @param code the reason
     * @param args the message arguments
     * @return the rejection
     */
    public static LedgerRejection of(EntryId id, LedgerProblem code, Object... args) {
        return new LedgerRejection(Optional.of(id), code, List.of(Problem.at(code, "$", args)));
    }

    /**
     * The message for people: every problem, separated by {@code "; "}.
     *
     * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
     * @return the message
     */
    public String message(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("; "));
    }
}
