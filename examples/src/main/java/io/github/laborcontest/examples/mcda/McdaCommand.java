// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.mcda;

import io.github.laborcontest.model.problem.Problem;
import io.github.laborcontest.scoring.mcda.McdaJson;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code contest mcda FILE.json}: solves a decision problem in the ranking JSON contract and
 * prints the answer JSON on standard output.
 *
 * <p>Exit codes (the tool's usual ones): 0 the answer was printed; 1 the problem is invalid, and
 * standard output holds {@code {"problems":[…]}} naming each field by its JSON path (the messages
 * are also printed on standard error in the chosen language); 2 the file cannot be read; 3 an
 * internal error.
 */
public final class McdaCommand {
    /** Exit code: answer printed. */
    public static final int OK = 0;
    /** Exit code: the decision problem is invalid. */
    public static final int INVALID = 1;
    /** Exit code: the file cannot be read (bad usage). */
    public static final int UNREADABLE = 2;
    /** Exit code: an internal error. */
    public static final int INTERNAL_ERROR = 3;

    private McdaCommand() {}

    /**
     * Solves the decision problem in a file.
     *
     * @param file a UTF-8 JSON file
     * @param out standard output: the answer, or the problems as JSON
     * @param err standard error: the problems for people, in {@code lang}
     * @param lang {@link Locale#CHINESE} (default) or {@link Locale#ENGLISH}
     * @return the exit code
     */
    public static int run(Path file, PrintStream out, PrintStream err, Locale lang) {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            err.println(english(lang) ? "no such file: " + file : "文件不存在：" + file);
            return UNREADABLE;
        } catch (CharacterCodingException e) {
            err.println(english(lang) ? "not UTF-8 text: " + file : "不是 UTF-8 文本：" + file);
            return UNREADABLE;
        } catch (IOException e) {
            err.println((english(lang) ? "cannot read " : "无法读取 ") + file + ": " + e.getMessage());
            return UNREADABLE;
        }
        Either<Seq<Problem>, String> answer;
        try {
            answer = McdaJson.solve(json);
        } catch (RuntimeException e) {
            err.println((english(lang) ? "internal error: " : "内部错误：") + e);
            return INTERNAL_ERROR;
        }
        if (answer.isRight()) {
            out.println(answer.get());
            return OK;
        }
        out.println(McdaJson.writeProblems(answer.getLeft()));
        for (Problem p : answer.getLeft()) {
            err.println(p.message(lang));
        }
        return INVALID;
    }

    private static boolean english(Locale lang) {
        return "en".equals(lang.getLanguage());
    }
}
