// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.problem;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * For callers who prefer exceptions to {@code Validation} values: carries every problem found,
 * for example {@code ContestJson.readPlan(text, format).toEither().getOrElseThrow(ContestInputException::new)}.
 *
 * @since 0.1.0
 */
public final class ContestInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems; a transient copy is enough for a message after serialisation. */
    private final transient List<Problem> problems;

    /**
     * Wraps the problems; the message lists them in Chinese.
     *
     * @param problems the problems, at least one
     */
    public ContestInputException(Iterable<Problem> problems) {
        this(toList(problems));
    }

    private ContestInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.message(Locale.CHINESE)).collect(Collectors.joining("\n")));
        this.problems = problems;
    }

    /** Every problem found, in input order. */
    public List<Problem> problems() {
        return problems;
    }

    private static List<Problem> toList(Iterable<Problem> problems) {
        List<Problem> list = new java.util.ArrayList<>();
        problems.forEach(list::add);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        return List.copyOf(list);
    }
}
