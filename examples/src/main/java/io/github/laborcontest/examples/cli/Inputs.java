// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.cli;

import io.github.laborcontest.model.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading input files into text, with a problem instead of an exception. */
final class Inputs {

    private Inputs() {}

    /**
     * Reads a UTF-8 text file.
     *
     * @param file the file
     * @return its text, or a {@link CliProblem#FILE_UNREADABLE} problem
     */
    static Validation<Seq<Problem>, String> read(Path file) {
        try {
            return Validation.valid(Files.readString(file));
        } catch (NoSuchFileException e) {
            return unreadable(file, "文件不存在 / no such file");
        } catch (CharacterCodingException e) {
            return unreadable(file, "不是 UTF-8 文本 / not UTF-8 text");
        } catch (IOException e) {
            return unreadable(file, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Validation<Seq<Problem>, String> unreadable(Path file, String reason) {
        return Validation.invalid(List.of(Problem.at(CliProblem.FILE_UNREADABLE, "$", file, reason)));
    }
}
