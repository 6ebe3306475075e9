// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.problem;

import java.util.List;
import java.util.Objects;

/**
 * An id or code that breaks the rule of {@code IdRule}, thrown by the constructors of the id types
 * (for example {@code ParticipantId}). It carries the problem's code and arguments, so that a
 * reader that knows the JSON path of the value can report it as a {@link Problem} with {@link
 * #problemAt(String)}. Its message never contains the refused text itself (which may hold line
 * breaks or terminal escapes), only the field and the offending character's code point.
 *
 * @since 0.2.0
 */
public final class InvalidIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problem code; not serialised (problem codes are enums of their modules). */
    private final transient ProblemCode code;

    /** The message arguments, as text. */
    private final List<String> args;

    /**
     * An exception for a refused id.
     *
     * @param code the problem code
     * @param message the English detail, without the refused text
     * @param args the message arguments of the problem, the field first
     */
    public InvalidIdException(ProblemCode code, String message, List<String> args) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.args = List.copyOf(args);
    }

    /**
     * The problem code, for example {@code id.control-character}.
     *
     * @return the code
     */
    public ProblemCode code() {
        return code;
    }

    /**
     * The problem at a JSON path.
     *
     * @param path the path of the refused value, for example {@code $.participant}
     * @return the problem
     */
    public Problem problemAt(String path) {
        return Problem.at(code, path, args.toArray());
    }
}
