// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with outside input, as a value: what is wrong ({@link #code()}), where (a JSON
 * path such as {@code $.indicatorSet.dimensions[2].indicators[0].maxPoints}, optionally a
 * participant and a line number), and the arguments its message needs. Render it for people with
 * {@link #message(Locale)}; never parse the rendered text.
 *
 * @param code what kind of problem this is
 * @param path the JSON path of the offending field, {@code "$"} for the whole document
 * @param participant the participant the problem concerns, if any
 * @param line the 1-based line of the input, if known
 * @param args the message arguments, as text
 * @since 0.1.0
 */
@JsonPropertyOrder({"code", "path", "participant", "line", "args", "message"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Problem(
        @JsonIgnore ProblemCode code,
        String path,
        Optional<String> participant,
        Optional<Integer> line,
        List<String> args) {

    /** Checks the fields and copies {@code args}. */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(line, "line");
        args = List.copyOf(args);
    }

    /**
     * A problem at a JSON path.
     *
     * @param code the kind of problem
     * @param path the JSON path
     * @param args the message arguments; rendered with {@link String#valueOf(Object)}
     * @return the problem
     */
    public static Problem at(ProblemCode code, String path, Object... args) {
        return new Problem(code, path, Optional.empty(), Optional.empty(), texts(args));
    }

    /**
     * A problem concerning one participant.
     *
     * @param code the kind of problem
     * @param path the JSON path, or {@code "$"}
     * @param participant the participant's id
     * @param args the message arguments
     * @return the problem
     */
    public static Problem forParticipant(ProblemCode code, String path, String participant, Object... args) {
        return new Problem(code, path, Optional.of(participant), Optional.empty(), texts(args));
    }

    /**
     * A problem on one line of a line-oriented input (JSON Lines, CSV).
     *
     * @param code the kind of problem
     * @param line the 1-based line number
     * @param path the JSON path inside that line, or {@code "$"}
     * @param args the message arguments
     * @return the problem
     */
    public static Problem onLine(ProblemCode code, int line, String path, Object... args) {
        return new Problem(code, path, Optional.empty(), Optional.of(line), texts(args));
    }

    /**
     * The same problem at a path with a prefix, used when a nested document is validated on its
     * own and then reported inside its parent.
     *
     * @param prefix the parent's JSON path, such as {@code $.competitions[3]}
     * @return the problem with {@code $} in its path replaced by {@code prefix}
     */
    public Problem under(String prefix) {
        String rest = path.startsWith("$") ? path.substring(1) : "." + path;
        return new Problem(code, prefix + rest, participant, line, args);
    }

    /**
     * The same problem, located on a line of a line-oriented input.
     *
     * @param lineNumber the 1-based line number
     * @return the problem with that line
     */
    public Problem onLine(int lineNumber) {
        return new Problem(code, path, participant, Optional.of(lineNumber), args);
    }

    /**
     * The same problem, concerning a participant.
     *
     * @param participantId the participant's id
     * @return the problem with that participant
     */
    public Problem forParticipant(String participantId) {
        return new Problem(code, path, Optional.of(participantId), line, args);
    }

    /** The stable machine code, as in JSON output. */
    @JsonProperty("code")
    public String codeName() {
        return code.code();
    }

    /**
     * The message for people, with the location first.
     *
     * @param locale {@link Locale#CHINESE} (the default for these users) or {@link Locale#ENGLISH}
     * @return for example {@code "$.plan.name: 缺少竞赛方案要素“竞赛名称”"}
     */
    public String message(Locale locale) {
        StringBuilder where = new StringBuilder(path);
        line.ifPresent(l -> where.insert(
                0,
                ("en".equals(locale.getLanguage()) ? "line " : "第")
                        + l
                        + ("en".equals(locale.getLanguage()) ? " " : "行 ")));
        participant.ifPresent(p -> where.append(" [").append(p).append(']'));
        return where + ": " + code.render(locale, args.toArray());
    }

    /** The Chinese message, as in JSON output. */
    @JsonProperty("message")
    public Messages messages() {
        return new Messages(message(Locale.CHINESE), message(Locale.ENGLISH));
    }

    /**
     * A problem's message in both languages.
     *
     * @param zh the Chinese message
     * @param en the English message
     */
    public record Messages(String zh, String en) {}

    private static List<String> texts(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
